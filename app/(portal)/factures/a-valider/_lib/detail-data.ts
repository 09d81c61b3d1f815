import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import { recupererMotifsRefusFactureAValider } from "@/lib/chorus-pro";
import { logger } from "@/lib/log";

export type Motif = { code: string; libelle: string };

/** Refusal motifs for a cadre (transverses recuperer/motifs/refus/Facture/AValider); [] when unavailable. */
export async function loadMotifs(rattachement: Rattachement, cadre: string | undefined): Promise<Motif[]> {
  try {
    const ctx = await chorusContextFor(rattachement);
    const list = await recupererMotifsRefusFactureAValider(ctx, cadre ? { codeCadreFacturationAValider: cadre } : {});
    return list.flatMap((m) => (m.codeMotif ? [{ code: m.codeMotif, libelle: m.libelleMotif ?? m.codeMotif }] : []));
  } catch (err) {
    logger.warn({ err }, "factures à valider: refusal motifs unavailable");
    return [];
  }
}
