import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { invoiceDrafts } from "@/lib/db/schema";
import { saisieFactureSchema, type SaisieFacture } from "@/lib/validations/saisie-facture";

// Every query is scoped to the account AND the structure: an id from the browser never reaches
// another supplier's draft.
export type DraftOwner = { accountId: string; idStructureCPP: number };
export type DraftRow = typeof invoiceDrafts.$inferSelect;

const owned = (o: DraftOwner, id: string) => and(eq(invoiceDrafts.id, id), eq(invoiceDrafts.accountId, o.accountId), eq(invoiceDrafts.idStructureCPP, o.idStructureCPP));

export async function getDraft(o: DraftOwner, id: string): Promise<DraftRow | null> {
  const [row] = await getDb().select().from(invoiceDrafts).where(owned(o, id)).limit(1);
  return row ?? null;
}

/** The form data of a stored draft; a draft saved by an older form still opens (defaults fill in). */
export function draftData(row: DraftRow): SaisieFacture | null {
  const parsed = saisieFactureSchema.safeParse(row.data);
  return parsed.success ? parsed.data : null;
}

export async function listDrafts(o: DraftOwner) {
  return getDb()
    .select({ id: invoiceDrafts.id, numeroFacture: invoiceDrafts.numeroFacture, status: invoiceDrafts.status, updatedAt: invoiceDrafts.updatedAt, data: invoiceDrafts.data })
    .from(invoiceDrafts)
    .where(and(eq(invoiceDrafts.accountId, o.accountId), eq(invoiceDrafts.idStructureCPP, o.idStructureCPP), inArray(invoiceDrafts.status, ["draft", "failed", "queued"])))
    .orderBy(desc(invoiceDrafts.updatedAt))
    .limit(50);
}

export async function insertDraft(o: DraftOwner, data: SaisieFacture): Promise<DraftRow> {
  const [row] = await getDb().insert(invoiceDrafts).values({ ...o, data, numeroFacture: data.numeroFacture || null }).returning();
  if (!row) throw new Error("draft insert returned no row");
  return row;
}

/** Saves the form unless the draft has left for Chorus Pro (queued or sent drafts are frozen). */
export async function updateDraft(o: DraftOwner, id: string, data: SaisieFacture): Promise<DraftRow | null> {
  const [row] = await getDb()
    .update(invoiceDrafts)
    .set({ data, numeroFacture: data.numeroFacture || null, updatedAt: new Date() })
    .where(and(owned(o, id), inArray(invoiceDrafts.status, ["draft", "failed"])))
    .returning();
  return row ?? null;
}

export async function setDraftStatus(o: DraftOwner, id: string, set: { status: string; outboxId?: string; identifiantFactureCPP?: number | null }) {
  await getDb().update(invoiceDrafts).set({ ...set, updatedAt: new Date() }).where(owned(o, id));
}

export async function deleteDraftRow(o: DraftOwner, id: string): Promise<boolean> {
  const rows = await getDb().delete(invoiceDrafts).where(and(owned(o, id), inArray(invoiceDrafts.status, ["draft", "failed"]))).returning({ id: invoiceDrafts.id });
  return rows.length > 0;
}
