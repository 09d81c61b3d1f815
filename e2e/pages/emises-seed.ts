// Test data for the Factures émises specs, created straight in the sandbox (the upstream), the
// way another Chorus Pro client would: each test submits its own invoices with unique numbers.
import { SANDBOX_URL } from "../env";

type Manifest = {
  pisteClients: { client_id: string; client_secret: string }[];
  technicalAccounts: { login: string; password: string; idStructureCPP: number }[];
  structures: { idStructureCPP: number; identifiantStructure: string }[];
};

export const ACME = 27000001;
export const BATI = 27000002;
export const SANS_CONTRAINTE = 26000004;

let manifest: Promise<Manifest> | null = null;
const getManifest = () => (manifest ??= fetch(`${SANDBOX_URL}/__sandbox/manifest`).then((r) => r.json() as Promise<Manifest>));

async function call<T>(path: string, idStructureCPP: number, body: unknown): Promise<T> {
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

export function uniqueNumber(prefix = "E2E"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase();
}

/** Submits an invoice (SAISIE_API) from `supplier` to the recipient without routing constraint. */
export async function submitInvoice(opts: { numero: string; supplier?: number; ht?: number }): Promise<number> {
  const m = await getManifest();
  const siret = m.structures.find((s) => s.idStructureCPP === SANS_CONTRAINTE)!.identifiantStructure;
  const ht = opts.ht ?? 100;
  const tva = Math.round(ht * 20) / 100;
  const r = await call<{ identifiantFactureCPP: number }>("/cpro/factures/v1/soumettre", opts.supplier ?? ACME, {
    modeDepot: "SAISIE_API", numeroFactureSaisi: opts.numero, dateFacture: "2026-11-20",
    destinataire: { codeDestinataire: siret }, fournisseur: { idFournisseur: opts.supplier ?? ACME },
    cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
    references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT" },
    lignePoste: [{ lignePosteNumero: 1, lignePosteDenomination: "Prestation de test", lignePosteQuantite: 1, lignePosteMontantUnitaireHT: ht, lignePosteTauxTva: "TVA20" }],
    ligneTva: [{ ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: ht, ligneTvaMontantTvaParTaux: tva }],
    montantTotal: { montantHtTotal: ht, montantTVA: tva, montantTtcTotal: ht + tva, montantAPayer: ht + tva },
  });
  return r.identifiantFactureCPP;
}

/** The recipient rejects the invoice with a reason (waits for the platform to make it available). */
export async function rejectInvoice(idFacture: number, motif: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await call("/cpro/factures/v1/traiter/recue", SANS_CONTRAINTE, { idFacture, nouveauStatut: "REJETEE", motif });
      return;
    } catch (err) {
      if (attempt > 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
