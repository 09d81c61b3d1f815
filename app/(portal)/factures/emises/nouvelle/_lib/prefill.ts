import "server-only";
import { consulterFactureFournisseur, type ChorusContext } from "@/lib/chorus-pro";
import { CADRES, MODES_PAIEMENT, TYPES_TVA, emptySaisie, saisieFactureSchema, type SaisieFacture } from "@/lib/validations/saisie-facture";

const oneOf = <T extends string>(values: readonly T[], v: string | undefined, fallback: T): T => (values as readonly string[]).includes(v ?? "") ? (v as T) : fallback;
const s = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/**
 * A new invoice prefilled from a sent one (recycling no longer exists in the reform: a rejected
 * invoice is reissued). Everything is copied except the number, which must be new, and the date.
 * consulter/fournisseur only answers for the caller's own invoices, so the id cannot reach another's.
 */
export async function prefillFrom(ctx: ChorusContext, identifiantFactureCPP: number, today: string): Promise<{ data: SaisieFacture; numeroOrigine: string }> {
  const f = await consulterFactureFournisseur(ctx, { identifiantFactureCPP });
  const base = emptySaisie(today);
  const refs = f.references;
  const data = saisieFactureSchema.parse({
    ...base,
    destinataire: { siret: s(f.destinataire?.codeDestinataire), idStructureCPP: f.destinataire?.idDestinataire ?? null, nom: s(f.destinataire?.designationDestinataire ?? f.destinataire?.libelleDestinataire), codeServiceExecutant: s(f.destinataire?.codeServiceExecutant) },
    typeFacture: refs?.typeFacture === "AVOIR" ? "AVOIR" : "FACTURE",
    numeroFactureOrigine: s(refs?.numeroFactureOrigine),
    cadre: oneOf(CADRES, f.cadreDeFacturation?.codeCadreFacturation, "A1_FACTURE_FOURNISSEUR"),
    codeStructureValideur: s(f.cadreDeFacturation?.codeValideur1),
    modePaiement: oneOf(MODES_PAIEMENT, refs?.modePaiement, "VIREMENT"),
    // The same account as the invoice it reissues; the form checks it is still a valid one.
    idCoordonneeBancaire: f.fournisseur?.coordonneesBancaires?.idCoordonneeBancaire ?? null,
    typeTva: oneOf(TYPES_TVA, refs?.typeTva, "TVA_SUR_DEBIT"),
    motifExonerationTva: s(refs?.motifExonerationTva),
    numeroEngagement: s(refs?.numeroBonCommande),
    numeroMarche: s(refs?.numeroMarche),
    lignes: (f.lignesDePoste?.lignePoste ?? []).map((l) => ({
      reference: s(l.lignePosteReference), denomination: s(l.lignePosteDenomination), quantite: s(l.lignePosteQuantite), unite: s(l.lignePosteUniteLibelle ?? l.lignePosteUniteCode),
      prixUnitaireHT: s(l.lignePosteMontantUnitaireHT), remiseHT: l.lignePosteMontantRemiseHT && Number(l.lignePosteMontantRemiseHT) !== 0 ? s(l.lignePosteMontantRemiseHT) : "", tauxTva: s(l.lignePosteTauxTva) || "TVA20",
    })),
  });
  if (data.lignes.length === 0) data.lignes = base.lignes;
  return { data, numeroOrigine: s(f.numeroFacture) };
}
