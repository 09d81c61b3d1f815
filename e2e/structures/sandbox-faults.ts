// Sandbox helpers of the structures specs: the Référentiel des Organisations uuid of a structure
// (its REST paths use it) and a one-shot fault on one of those paths.
import { SANDBOX_URL } from "../env";

type Manifest = {
  pisteClients: { client_id: string; client_secret: string }[];
  technicalAccounts: { login: string; password: string; idStructureCPP: number }[];
  structures: { idStructureCPP: number; identifiantStructure: string }[];
};

async function manifest(): Promise<Manifest> {
  return (await (await fetch(`${SANDBOX_URL}/__sandbox/manifest`)).json()) as Manifest;
}

/** GET /cpro/organisations/v1/structures/{siret} with the structure's own technical account → uuid. */
export async function organisationUuidOf(idStructureCPP: number): Promise<string> {
  const m = await manifest();
  const client = m.pisteClients[0]!;
  const token = (await (await fetch(`${SANDBOX_URL}/api/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: client.client_id, client_secret: client.client_secret, scope: "openid" }),
  })).json()) as { access_token: string };
  const ta = m.technicalAccounts.find((t) => t.idStructureCPP === idStructureCPP)!;
  const siret = m.structures.find((s) => s.idStructureCPP === idStructureCPP)!.identifiantStructure;
  const res = await fetch(`${SANDBOX_URL}/cpro/organisations/v1/structures/${siret}`, {
    headers: { authorization: `Bearer ${token.access_token}`, "cpro-account": Buffer.from(`${ta.login}:${ta.password}`).toString("base64"), accept: "application/json;charset=utf-8" },
  });
  const body = (await res.json()) as { uuid?: string };
  if (!body.uuid) throw new Error(`no organisation uuid for ${idStructureCPP}: ${JSON.stringify(body).slice(0, 200)}`);
  return body.uuid;
}

/** The next request on `path` (exact pathname) waits `latencyMs` before being handled; then the fault is gone. */
export async function delayOnce(path: string, latencyMs: number): Promise<void> {
  const res = await fetch(`${SANDBOX_URL}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ path, latencyMs, count: 1 }) });
  if (!res.ok) throw new Error(`fault refused: ${res.status} ${await res.text()}`);
}
