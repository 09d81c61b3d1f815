import "server-only";
import { recupererModesReglement, recupererTauxTva, type ChorusContext } from "@/lib/chorus-pro";
import type { Referentiels } from "@/lib/queries/saisie";

// The référentiels change a few times a year: one copy per process for an hour is plenty.
const TTL_MS = 60 * 60_000;
let cached: { at: number; value: Referentiels } | null = null;

export async function loadReferentiels(ctx: ChorusContext): Promise<Referentiels> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const [taux, modes] = await Promise.all([recupererTauxTva(ctx, { codeLangue: "FR" }), recupererModesReglement(ctx, {})]);
  const value: Referentiels = {
    tauxTva: taux.map((t) => ({ code: t.codeTauxTva, libelle: t.libelleTauxTva ?? t.codeTauxTva, rate: String(t.valeurTauxTva ?? "0") })),
    modesPaiement: modes.map((m) => m.modePaiement),
  };
  cached = { at: Date.now(), value };
  return value;
}
