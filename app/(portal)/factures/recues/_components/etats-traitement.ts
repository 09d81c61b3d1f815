import "server-only";
import { recupererEtatsTraitement, type ChorusContext } from "@/lib/chorus-pro";
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";
import { offeredActions, type Traitement } from "@/lib/validations/factures-recues-traitement";

// recuperer/etats/traitement is a referential (same answer for every user of a technical account):
// kept a few minutes so that a page of 100 rows costs one call per distinct status, not per row.
type Ctx = ChorusContext & { technicalAccountId: string };
const TTL_MS = 5 * 60_000;
const cache = new Map<string, { at: number; value: Promise<string[]> }>();

function allowedTargets(ctx: ChorusContext & { technicalAccountId: string }, statut: StatutFacture): Promise<string[]> {
  const key = `${ctx.technicalAccountId}:${statut}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = recupererEtatsTraitement(ctx, { statutCourant: statut }).then((l) => l.map((x) => x.statutPossiblePourTraitement).filter((s): s is StatutFacture => s !== undefined));
  // A failed call is not kept: the next page asks again.
  value.catch(() => cache.delete(key));
  cache.set(key, { at: Date.now(), value });
  return value;
}

/** The portal's actions for an invoice in this status (empty when none, or when upstream says none). */
export async function actionsFor(ctx: Ctx, statut: StatutFacture | undefined): Promise<Traitement[]> {
  if (!statut) return [];
  try {
    return offeredActions(statut, await allowedTargets(ctx, statut));
  } catch {
    // The referential answers an error for statuses with no processing (LIFECYCLE §2.3): none offered.
    return [];
  }
}

/** The actions per status for a set of statuses (one call per distinct status). */
export async function actionsByStatus(ctx: Ctx, statuts: readonly (StatutFacture | undefined)[]): Promise<Partial<Record<StatutFacture, Traitement[]>>> {
  const distinct = [...new Set(statuts.filter((s): s is StatutFacture => s !== undefined))];
  const lists = await Promise.all(distinct.map((s) => actionsFor(ctx, s)));
  return Object.fromEntries(distinct.map((s, i) => [s, lists[i] ?? []]));
}
