// What every space's test seeding shares: calls straight to the sandbox (the upstream), the way
// another Chorus Pro client would, with the technical account of the structure acting. Each test
// creates its own invoices with unique numbers, so tests run in parallel.
import { SANDBOX_URL } from "../env";

type Manifest = {
  pisteClients: { client_id: string; client_secret: string }[];
  technicalAccounts: { login: string; password: string; idStructureCPP: number }[];
  structures: { idStructureCPP: number; identifiantStructure: string }[];
};

// Structures of the sandbox's default seed.
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

export function uniqueNumber(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase();
}

type Submission = {
  numero: string;
  supplier: number;
  destinataire: Record<string, string>;
  cadreDeFacturation: Record<string, string>;
  denomination: string;
  ht?: number;
};

/** Submits (SAISIE_API) a one-line invoice at 20 % VAT; answers its identifiantFactureCPP. */
export async function submitOneLine({ numero, supplier, destinataire, cadreDeFacturation, denomination, ht = 100 }: Submission): Promise<number> {
  const tva = Math.round(ht * 20) / 100;
  const r = await sandboxCall<{ identifiantFactureCPP: number }>("/cpro/factures/v1/soumettre", supplier, {
    modeDepot: "SAISIE_API", numeroFactureSaisi: numero, dateFacture: "2026-11-20",
    destinataire, fournisseur: { idFournisseur: supplier }, cadreDeFacturation,
    references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT" },
    lignePoste: [{ lignePosteNumero: 1, lignePosteDenomination: denomination, lignePosteQuantite: 1, lignePosteMontantUnitaireHT: ht, lignePosteTauxTva: "TVA20" }],
    ligneTva: [{ ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: ht, ligneTvaMontantTvaParTaux: tva }],
    montantTotal: { montantHtTotal: ht, montantTVA: tva, montantTtcTotal: ht + tva, montantAPayer: ht + tva },
  });
  return r.identifiantFactureCPP;
}
