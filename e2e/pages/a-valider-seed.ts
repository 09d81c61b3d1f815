// Test data for the Factures à valider specs, created straight in the sandbox the way another
// Chorus Pro client would: each test submits its own A9/A12 invoices with unique numbers.
import { SANDBOX_URL } from "../env";

type Manifest = {
  pisteClients: { client_id: string; client_secret: string }[];
  technicalAccounts: { login: string; password: string; idStructureCPP: number }[];
  structures: { idStructureCPP: number; identifiantStructure: string }[];
};

export const ACME = 27000001;
export const BATI = 27000002;
export const TITULAIRE = 27000004;
export const COMMUNE = 26000001;
export const SANS_CONTRAINTE = 26000004;

let manifest: Promise<Manifest> | null = null;
const getManifest = () => (manifest ??= fetch(`${SANDBOX_URL}/__sandbox/manifest`).then((r) => r.json() as Promise<Manifest>));

export async function siretOf(idStructureCPP: number): Promise<string> {
  return (await getManifest()).structures.find((s) => s.idStructureCPP === idStructureCPP)!.identifiantStructure;
}

/** One Chorus Pro call with the technical account of `idStructureCPP` (codeRetour ≠ 0 throws). */
export async function sandboxCall<T>(path: string, idStructureCPP: number, body: unknown): Promise<T> {
  const m = await getManifest();
  const client = m.pisteClients[0]!;
  const token = (await (await fetch(`${SANDBOX_URL}/api/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: client.client_id, client_secret: client.client_secret, scope: "openid" }),
  })).json()) as { access_token: string };
  const ta = m.technicalAccounts.find((t) => t.idStructureCPP === idStructureCPP)!;
  const res = await fetch(`${SANDBOX_URL}${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token.access_token}`,
      "cpro-account": Buffer.from(`${ta.login}:${ta.password}`).toString("base64"),
      "content-type": "application/json;charset=utf-8",
      accept: "application/json;charset=utf-8",
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T & { codeRetour: number; libelle?: string };
  if (json.codeRetour !== 0) throw new Error(`${path}: ${json.codeRetour} ${json.libelle}`);
  return json;
}

export function uniqueNumber(prefix = "VAL"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase();
}

/** An invoice from `supplier` to a recipient without routing constraint, validated by `validator` (A9 by default). */
export async function submitForValidation(opts: { numero: string; supplier?: number; validator?: number; cadre?: "A9_FACTURE_SOUSTRAITANT" | "A12_FACTURE_COTRAITANT" | "A1_FACTURE_FOURNISSEUR"; ht?: number }): Promise<number> {
  const cadre = opts.cadre ?? "A9_FACTURE_SOUSTRAITANT";
  const ht = opts.ht ?? 100;
  const tva = Math.round(ht * 20) / 100;
  const supplier = opts.supplier ?? ACME;
  const r = await sandboxCall<{ identifiantFactureCPP: number }>("/cpro/factures/v1/soumettre", supplier, {
    modeDepot: "SAISIE_API", numeroFactureSaisi: opts.numero, dateFacture: "2026-11-20",
    destinataire: { codeDestinataire: await siretOf(SANS_CONTRAINTE) }, fournisseur: { idFournisseur: supplier },
    cadreDeFacturation: { codeCadreFacturation: cadre, ...(cadre === "A1_FACTURE_FOURNISSEUR" ? {} : { codeStructureValideur: await siretOf(opts.validator ?? TITULAIRE) }) },
    references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT" },
    lignePoste: [{ lignePosteNumero: 1, lignePosteDenomination: "Travaux sous-traités", lignePosteQuantite: 1, lignePosteMontantUnitaireHT: ht, lignePosteTauxTva: "TVA20" }],
    ligneTva: [{ ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: ht, ligneTvaMontantTvaParTaux: tva }],
    montantTotal: { montantHtTotal: ht, montantTVA: tva, montantTtcTotal: ht + tva, montantAPayer: ht + tva },
  });
  return r.identifiantFactureCPP;
}
