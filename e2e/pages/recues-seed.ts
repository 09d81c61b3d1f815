// Test data for the Factures reçues specs, created straight in the sandbox: each test submits its
// own invoices (ACME → COMMUNE DE SABLE-SUR-MER, service FACTURES_PUBLIQUES) with unique numbers
// and waits until they are made available to the recipient.
import { SANDBOX_URL } from "../env";

type Manifest = {
  pisteClients: { client_id: string; client_secret: string }[];
  technicalAccounts: { login: string; password: string; idStructureCPP: number }[];
  structures: { idStructureCPP: number; identifiantStructure: string }[];
};

export const ACME = 27000001;
export const COMMUNE = 26000001;
export const SANS_CONTRAINTE = 26000004;

let manifest: Promise<Manifest> | null = null;
const getManifest = () => (manifest ??= fetch(`${SANDBOX_URL}/__sandbox/manifest`).then((r) => r.json() as Promise<Manifest>));

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
      authorization: `Bearer ${token.access_token}`, "cpro-account": Buffer.from(`${ta.login}:${ta.password}`).toString("base64"),
      "content-type": "application/json;charset=utf-8", accept: "application/json;charset=utf-8",
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T & { codeRetour: number; libelle?: string };
  if (json.codeRetour !== 0) throw new Error(`${path}: ${json.codeRetour} ${json.libelle}`);
  return json;
}

export function uniqueNumber(prefix = "RC"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase();
}

/** Submits an invoice to `recipient` (the commune by default) and waits for MISE_A_DISPOSITION. */
export async function receiveInvoice(opts: { numero: string; recipient?: number; ht?: number }): Promise<number> {
  const m = await getManifest();
  const recipient = opts.recipient ?? COMMUNE;
  const siret = m.structures.find((s) => s.idStructureCPP === recipient)!.identifiantStructure;
  const ht = opts.ht ?? 100;
  const tva = Math.round(ht * 20) / 100;
  const r = await sandboxCall<{ identifiantFactureCPP: number }>("/cpro/factures/v1/soumettre", ACME, {
    modeDepot: "SAISIE_API", numeroFactureSaisi: opts.numero, dateFacture: "2026-11-20",
    destinataire: { codeDestinataire: siret, ...(recipient === COMMUNE ? { codeServiceExecutant: "FACTURES_PUBLIQUES" } : {}) },
    fournisseur: { idFournisseur: ACME }, cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
    references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT" },
    lignePoste: [{ lignePosteNumero: 1, lignePosteDenomination: "Prestation de test", lignePosteQuantite: 1, lignePosteMontantUnitaireHT: ht, lignePosteTauxTva: "TVA20" }],
    ligneTva: [{ ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: ht, ligneTvaMontantTvaParTaux: tva }],
    montantTotal: { montantHtTotal: ht, montantTVA: tva, montantTtcTotal: ht + tva, montantAPayer: ht + tva },
  });
  const id = r.identifiantFactureCPP;
  for (let attempt = 0; attempt < 60; attempt++) {
    const h = await sandboxCall<{ statutCourantCode?: string }>("/cpro/factures/v1/consulter/historique", recipient, { idFacture: id }).catch(() => null);
    if (h?.statutCourantCode === "MISE_A_DISPOSITION") return id;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error(`invoice ${id} never reached MISE_A_DISPOSITION`);
}

/** Sets a status as the recipient would through another client (e.g. SUSPENDUE for a search test). */
export async function setStatus(idFacture: number, nouveauStatut: string, motif?: string): Promise<void> {
  await sandboxCall("/cpro/factures/v1/traiter/recue", COMMUNE, { idFacture, nouveauStatut, ...(motif ? { motif } : {}) });
}

export async function statusOf(idFacture: number): Promise<string | undefined> {
  return (await sandboxCall<{ statutCourantCode?: string }>("/cpro/factures/v1/consulter/historique", COMMUNE, { idFacture })).statutCourantCode;
}
