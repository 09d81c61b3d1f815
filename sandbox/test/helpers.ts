// Test helpers: a sandbox in-process on a random port, spoken to over real HTTP only.
import { startSandbox, type RunningSandbox, type StartOptions } from "../server";

export const SECRET = "sandbox-secret-portail";
export const IDS = { commune: 26000001, ministere: 26000002, hopital: 26000003, libre: 26000004, inactif: 26000005, departement: 26000006, acme: 27000001, bati: 27000002, moe: 27000003, titulaire: 27000004, sousTraitant: 27000005, expire: 27000008 };

export interface Manifest {
  namespace: string;
  pisteClients: { client_id: string; client_secret: string }[];
  technicalAccounts: { login: string; password: string; idStructureCPP: number; identifiantStructure: string; dateExpirationMotPasse: string }[];
  structures: { idStructureCPP: number; identifiantStructure: string; typeStructure: string; designationStructure: string }[];
  users: { idUtilisateur: number; persona: string | null; rattachements: { idStructureCPP: number; roles: string[]; technicalAccountLogin: string }[] }[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary wire JSON
export interface Res { status: number; json: any; headers: Headers }

export async function token(url: string, clientId = "portail-sandbox", secret = SECRET): Promise<string> {
  const r = await fetch(`${url}/api/oauth/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: secret, scope: "openid" }) });
  const j = (await r.json()) as { access_token: string };
  return j.access_token;
}

export function accountHeader(m: Manifest, idStructure: number): string {
  const a = m.technicalAccounts.find((x) => x.idStructureCPP === idStructure);
  if (!a) throw new Error(`no account for ${idStructure}`);
  return Buffer.from(`${a.login}:${a.password}`).toString("base64");
}

export class Api {
  constructor(readonly url: string, readonly bearer: string, readonly account: string) {}

  async post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const r = await fetch(this.url + path, {
      method: "POST",
      headers: { authorization: `Bearer ${this.bearer}`, "cpro-account": this.account, "content-type": "application/json;charset=utf-8", accept: "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, json: text ? JSON.parse(text) : undefined, headers: r.headers };
  }
}

export interface Env { sb: RunningSandbox; m: Manifest; bearer: string; as(idStructure: number): Api; ident(idStructure: number): string }

export async function boot(opts: StartOptions = {}): Promise<Env> {
  const sb = await startSandbox({ port: 0, asyncDelayMs: 0, persistFile: "", ...opts });
  const m = (await (await fetch(`${sb.url}/__sandbox/manifest`)).json()) as Manifest;
  const bearer = await token(sb.url);
  return {
    sb, m, bearer,
    as: (id) => new Api(sb.url, bearer, accountHeader(m, id)),
    ident: (id) => m.structures.find((s) => s.idStructureCPP === id)!.identifiantStructure,
  };
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A valid soumettre body for ACME → commune (service code required there). */
export function soumettreBody(env: Env, overrides: Record<string, unknown> = {}) {
  return {
    idUtilisateurCourant: 1001, modeDepot: "SAISIE_API", numeroFactureSaisi: `T-${Math.random().toString(36).slice(2, 10)}`, dateFacture: "2026-11-20",
    destinataire: { codeDestinataire: env.ident(IDS.commune), codeServiceExecutant: "FACTURES_PUBLIQUES" },
    fournisseur: { idFournisseur: IDS.acme },
    cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
    references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT" },
    lignePoste: [{ lignePosteNumero: 1, lignePosteDenomination: "Ramettes", lignePosteQuantite: 4, lignePosteUnite: "lot", lignePosteMontantUnitaireHT: 25, lignePosteTauxTva: "TVA20" }],
    ligneTva: [{ ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: 100, ligneTvaMontantTvaParTaux: 20 }],
    montantTotal: { montantHtTotal: 100, montantTVA: 20, montantTtcTotal: 120, montantAPayer: 120 },
    ...overrides,
  };
}
