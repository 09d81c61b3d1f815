import fs from "node:fs";
import path from "node:path";
import { ttfbUnderLoad } from "./load";
import { PortalClient } from "./portal-client";
import { round, timeIt } from "./stats";

const EMAIL = "gestionnaire@sandbox.test";
const BULK = 50;
const STRUCTURE = 26000001;

/** The build's id of a server action (what the browser sends in the Next-Action header). */
function actionId(file: string, name: string): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!hit) throw new Error(`server action ${file}#${name} not in the build`);
  return hit[0];
}

/** Calls traiterFacturesAction over HTTP as the browser does, with the signed-in session. */
async function traiter(client: PortalClient, id: string, idFactures: number[]): Promise<string> {
  // PortalClient keeps its cookies private to TypeScript only; the bench reuses its session.
  const cookie = (client as unknown as { cookieHeader(): string }).cookieHeader();
  const res = await fetch(new URL("/factures/recues", client.baseUrl), {
    method: "POST",
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", cookie },
    body: JSON.stringify([{ idStructureCPP: STRUCTURE, idFactures, nouveauStatut: "MISE_EN_PAIEMENT", requestId: crypto.randomUUID() }]),
  });
  return res.text();
}

/**
 * Issue 6: the received-invoice list under load, and a bulk mise en paiement on 50 invoices
 * compared with 50 single actions sent one after the other (each waits for Chorus Pro's answer).
 */
export async function benchRecues(baseUrl: string): Promise<Record<string, number | string>> {
  if (!/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(baseUrl)) throw new Error("benchRecues: local portal only");
  const list = "/factures/recues";
  const one = await ttfbUnderLoad(baseUrl, EMAIL, list, 1, 30);
  const twenty = await ttfbUnderLoad(baseUrl, EMAIL, list, 20, 5);

  const client = new PortalClient(baseUrl);
  await client.signIn(EMAIL, "sandbox");
  // The ids route refuses searches of more than 500 invoices: narrow by amount until it answers.
  let ids: number[] = [];
  for (const ttcMax of [100_000, 20_000, 5_000, 2_000, 1_000, 500]) {
    const res = await client.get(`/api/factures/recues/ids?structure=${STRUCTURE}&statut=MISE_A_DISPOSITION&ttcMax=${ttcMax}`);
    if (res.ok) {
      ids = ((await res.json()) as { ids?: number[] }).ids ?? [];
      break;
    }
  }
  if (ids.length < BULK * 2) {
    return { ...ttfb(one, twenty), "bulk ratio": `skipped: ${ids.length} invoices in MISE_A_DISPOSITION, ${BULK * 2} needed` };
  }
  const action = actionId("app/(portal)/factures/recues/actions.ts", "traiterFacturesAction");
  const bulkMs = await timeIt(() => traiter(client, action, ids.slice(0, BULK)));
  const singles = ids.slice(BULK, BULK * 2);
  const singleMs = await timeIt(async () => {
    for (const id of singles) await traiter(client, action, [id]);
  });
  return {
    ...ttfb(one, twenty),
    [`bulk action on ${BULK} invoices (ms)`]: round(bulkMs, 0),
    [`${BULK} single actions one by one (ms)`]: round(singleMs, 0),
    "bulk / singles time ratio": round(bulkMs / singleMs, 3),
  };
}

function ttfb(one: { p50: number; p95: number; n: number }, twenty: { p50: number; p95: number; n: number }) {
  return {
    "received list TTFB p50 / p95, 1 user (ms)": `${one.p50} / ${one.p95} (n=${one.n})`,
    "received list TTFB p50 / p95, 20 users (ms)": `${twenty.p50} / ${twenty.p95} (n=${twenty.n})`,
  };
}
