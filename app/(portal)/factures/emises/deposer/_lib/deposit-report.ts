import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/current-user";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { consulterCompteRenduDetaille, rechercherFacturesFournisseur, type CompteRenduDetaille, type FactureEmise } from "@/lib/chorus-pro";
import { getDb } from "@/lib/db/client";
import { fluxDeposits, uploads } from "@/lib/db/schema";
import { getOutboxEntry, type OutboxEntry } from "@/lib/outbox/queue";

const FINAL = ["IN_INTEGRE", "IN_INTEGRE_PARTIEL", "IN_REJETE", "IN_INCIDENTE", "QP_IRRECEVABLE"];

export type DepositView = {
  id: string;
  fileName: string;
  syntaxeFlux: string;
  numeroFluxDepot: string | null;
  etat: string | null;
  final: boolean;
  outbox: Pick<OutboxEntry, "status" | "lastError"> | null;
  report: CompteRenduDetaille | null;
  invoices: FactureEmise[];
  lastCheckedAt: Date | null;
};

/**
 * A deposit of one of the user's supplier structures, with its report brought up to date from
 * consulterCRDetaille while it is not final (the last report is kept in flux_deposits).
 */
export async function loadDeposit(user: CurrentUser, id: string): Promise<DepositView | null> {
  const structures = user.rattachements.filter((r) => r.roles.includes("fournisseur")).map((r) => r.idStructureCPP);
  if (structures.length === 0 || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = getDb();
  const [row] = await db.select({ d: fluxDeposits, fileName: uploads.fileName }).from(fluxDeposits)
    .innerJoin(uploads, eq(uploads.id, fluxDeposits.uploadId))
    .where(and(eq(fluxDeposits.id, id), inArray(fluxDeposits.idStructureCPP, structures))).limit(1);
  if (!row) return null;
  const d = row.d;
  const entry = d.outboxId ? await getOutboxEntry(d.outboxId) : null;
  const rattachement = user.rattachements.find((r) => r.idStructureCPP === d.idStructureCPP);
  let report = (d.report ?? null) as CompteRenduDetaille | null;
  let etat = d.etat;
  let lastCheckedAt = d.lastCheckedAt;
  const numero = d.numeroFluxDepot ?? (entry?.result as { numeroFluxDepot?: string } | null)?.numeroFluxDepot ?? null;
  let invoices: FactureEmise[] = [];
  if (numero && rattachement) {
    const ctx = await chorusContextFor(rattachement);
    if (!etat || !FINAL.includes(etat)) {
      report = await consulterCompteRenduDetaille(ctx, { numeroFluxDepot: numero, syntaxeFlux: d.syntaxeFlux });
      etat = report.etatCourantDepotFlux ?? etat;
      lastCheckedAt = new Date();
      await db.update(fluxDeposits).set({ etat, report, numeroFluxDepot: numero, lastCheckedAt }).where(eq(fluxDeposits.id, d.id));
    }
    if (etat === "IN_INTEGRE" || etat === "IN_INTEGRE_PARTIEL") {
      const page = await rechercherFacturesFournisseur(ctx, { numeroFluxDepot: numero, idFournisseur: d.idStructureCPP, rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 100 } });
      invoices = page.items;
    }
  }
  return {
    id: d.id, fileName: row.fileName, syntaxeFlux: d.syntaxeFlux, numeroFluxDepot: numero, etat, final: !!etat && FINAL.includes(etat),
    outbox: entry ? { status: entry.status, lastError: entry.lastError } : null, report, invoices, lastCheckedAt,
  };
}
