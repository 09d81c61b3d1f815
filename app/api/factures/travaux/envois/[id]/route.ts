import { and, eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import { writeAudit } from "@/lib/audit";
import { getDb } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import { getOutboxEntry } from "@/lib/outbox/queue";

// GET /api/factures/travaux/envois/<outboxId>?structure=<idStructureCPP>: where a works write stands
// (« En attente d'envoi », sent, refused), polled by the forms after the action returned.
const Params = z.object({ id: z.uuid(), structure: z.coerce.number().int().positive() });

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Votre session a expiré. Reconnectez-vous pour continuer." }, { status: 401 });
  const parsed = Params.safeParse({ id: (await params).id, structure: new URL(req.url).searchParams.get("structure") });
  if (!parsed.success) return NextResponse.json({ error: "Demande invalide : identifiant d'envoi ou structure manquant." }, { status: 400 });
  const { id, structure } = parsed.data;
  const base = { action: "facturesTravaux.envoi", accountId: user.id, accountEmail: user.email, idStructureCPP: structure, subjectType: "outbox", subjectId: id };
  if (!canActOn(user, structure, ["fournisseur", "moe", "moa"])) {
    await writeAudit({ ...base, outcome: "denied" });
    return NextResponse.json({ error: "Vous n'avez pas les droits nécessaires sur cette structure." }, { status: 403 });
  }
  const entry = await getOutboxEntry(id);
  // Only the caller's own writes for that structure: any other id answers "unknown" (no leak).
  if (!entry || !(await ownedBy(id, user.id, structure))) return NextResponse.json({ error: "Envoi inconnu." }, { status: 404 });
  const result = entry.result as { idFactureTravaux?: number; statutFactureTravaux?: string } | null;
  return NextResponse.json({
    status: entry.status, message: entry.status === "failed" ? entry.lastError?.userMessage ?? "Chorus Pro a refusé l'action." : undefined,
    idFactureTravaux: result?.idFactureTravaux, statutFactureTravaux: result?.statutFactureTravaux,
  });
}

async function ownedBy(id: string, accountId: string, idStructureCPP: number): Promise<boolean> {
  const rows = await getDb().select({ id: outbox.id }).from(outbox).where(and(eq(outbox.id, id), eq(outbox.accountId, accountId), eq(outbox.idStructureCPP, idStructureCPP))).limit(1);
  return rows.length > 0;
}
