// Helpers of the integration tests (real sandbox over HTTP, started by test/global-setup.ts).
// Test-only: imported by *.int.test.ts files, never by the gateway.
import { encryptSecret } from "@/lib/crypto";
import type { ChorusContext } from "./types";

export interface SandboxManifest {
  namespace: string;
  pisteClients: Array<{ client_id: string; client_secret: string }>;
  technicalAccounts: Array<{ login: string; password: string; idStructureCPP: number; identifiantStructure: string }>;
  structures: Array<{ idStructureCPP: number; identifiantStructure: string; typeIdentifiantStructure?: string; designationStructure: string; typeStructure: "PUBLIQUE" | "PRIVEE" }>;
  users: Array<{ idUtilisateur: number; persona: string | null; rattachements: Array<{ idStructureCPP: number; roles: string[]; technicalAccountLogin: string }> }>;
}

export const sandboxUrl = () => {
  const url = process.env.SANDBOX_URL;
  if (!url) throw new Error("SANDBOX_URL unset: run through npm run test:integration");
  return url.replace(/\/+$/, "");
};

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandboxUrl()}${path}`, {
    method, headers: body === undefined ? {} : { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const newNamespace = () => control<SandboxManifest>("POST", "/__sandbox/namespaces", {});
/** The manifest of an existing namespace ("default" when none is named: the PPF annuaire serves that one). */
export const sandboxManifest = (namespace?: string) => control<SandboxManifest>("GET", `/__sandbox/manifest${namespace ? `?namespace=${encodeURIComponent(namespace)}` : ""}`);
export const sandboxStats = () => control<{ tokensIssued: number; requests: { byOperation: Record<string, number>; byStatus: Record<string, number> } }>("GET", "/__sandbox/stats");
export interface Fault { path?: string; probability?: number; latencyMs?: number; status?: 429 | 500 | 502 | 503 | 504; timeout?: boolean; revokeToken?: boolean; count?: number }
export const setFaults = (faults: Fault[], seed?: number) => control("POST", "/__sandbox/faults", { faults, seed });
export const clearFaults = () => control("DELETE", "/__sandbox/faults");

/** The supplier of the "fournisseur" persona, its technical account, and a recipient without constraints. */
export function supplierSetup(m: SandboxManifest) {
  const user = m.users.find((u) => u.persona === "fournisseur") ?? m.users[0];
  const rattachement = user?.rattachements[0];
  const account = m.technicalAccounts.find((a) => a.login === rattachement?.technicalAccountLogin) ?? m.technicalAccounts[0];
  const recipient = m.structures.find((s) => s.typeStructure === "PUBLIQUE" && /SANS CONTRAINTE/i.test(s.designationStructure))
    ?? m.structures.find((s) => s.typeStructure === "PUBLIQUE");
  if (!user || !account || !recipient) throw new Error("manifest lacks a supplier, account or recipient");
  const ctx: ChorusContext = { technicalAccount: { login: account.login, passwordEnc: encryptSecret(account.password) }, idUtilisateurCourant: user.idUtilisateur };
  return { user, account, recipient, ctx, idFournisseur: rattachement?.idStructureCPP ?? account.idStructureCPP };
}

/** The context of the technical account of one structure, acting as one of its users when given. */
export function contextFor(m: SandboxManifest, idStructureCPP: number, idUtilisateur?: number): ChorusContext {
  const a = m.technicalAccounts.find((t) => t.idStructureCPP === idStructureCPP);
  if (!a) throw new Error(`no technical account for ${idStructureCPP} in the manifest`);
  return { technicalAccount: { login: a.login, passwordEnc: encryptSecret(a.password) }, ...(idUtilisateur === undefined ? {} : { idUtilisateurCourant: idUtilisateur }) };
}

/** The SIRET (identifiantStructure) of a structure of the manifest. */
export function siretOf(m: SandboxManifest, idStructureCPP: number): string {
  const s = m.structures.find((x) => x.idStructureCPP === idStructureCPP);
  if (!s) throw new Error(`no structure ${idStructureCPP} in the manifest`);
  return s.identifiantStructure;
}

export function invoice(numero: string, idFournisseur: number, codeDestinataire: string) {
  return {
    modeDepot: "SAISIE_API" as const, numeroFactureSaisi: numero, dateFacture: "2026-04-03",
    destinataire: { codeDestinataire }, fournisseur: { idFournisseur },
    cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" as const },
    references: { deviseFacture: "EUR", typeFacture: "FACTURE" as const, typeTva: "TVA_SUR_DEBIT" as const, modePaiement: "VIREMENT" as const },
    lignePoste: [{ lignePosteNumero: 1, lignePosteDenomination: "Prestation", lignePosteQuantite: "1", lignePosteMontantUnitaireHT: "100.00", lignePosteTauxTva: "TVA20" }],
    ligneTva: [{ ligneTvaTaux: "TVA20", ligneTvaMontantBaseHtParTaux: "100.00", ligneTvaMontantTvaParTaux: "20.00" }],
    montantTotal: { montantHtTotal: "100.00", montantTVA: "20.00", montantTtcTotal: "120.00", montantAPayer: "120.00" },
  };
}
