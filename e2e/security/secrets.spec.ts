import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "../fixtures";
import { DATA_DIR, SANDBOX_URL } from "../env";
import { PERSONAS } from "../pages/login-page";
import { actionRef, callAction } from "./server-actions";

type Manifest = {
  pisteClients: { client_secret: string }[];
  technicalAccounts: { login: string; password: string; idStructureCPP: number }[];
};

async function secretsOf(request: APIRequestContext) {
  const manifest = (await (await request.get(`${SANDBOX_URL}/__sandbox/manifest`)).json()) as Manifest;
  const keys = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "keys.json"), "utf8")) as { authSecret: string; encryptionKey: string };
  const secrets = [
    ...manifest.pisteClients.map((c) => c.client_secret),
    ...manifest.technicalAccounts.flatMap((t) => [t.password, Buffer.from(`${t.login}:${t.password}`).toString("base64")]),
    keys.authSecret,
    keys.encryptionKey,
  ].filter((s) => s.length >= 6);
  return { manifest, secrets };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test("no secret reaches the browser: static bundles and served HTML", async ({ page, request, loginPage }) => {
  test.setTimeout(240_000);
  const { secrets } = await secretsOf(request);
  expect(secrets.length).toBeGreaterThan(4);

  const staticFiles = filesUnder(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static"));
  expect(staticFiles.length).toBeGreaterThan(0);
  for (const file of staticFiles) {
    const content = fs.readFileSync(file, "latin1");
    for (const s of secrets) expect(content.includes(s), `${s.slice(0, 3)}… in ${file}`).toBe(false);
  }

  // Pages a persona may not open answer 403 without the secret either: every page for every persona.
  const pages = [
    "/login", "/", "/factures/emises", "/factures/recues", "/factures/a-valider", "/factures/travaux", "/structures", "/structures/services",
    "/admin", "/admin/comptes", "/admin/comptes-techniques", "/admin/sante", "/admin/journal",
  ];
  for (const persona of PERSONAS) {
    await page.context().clearCookies();
    await loginPage.goto();
    await loginPage.signInAs(persona);
    for (const p of pages) {
      const res = await page.request.get(p);
      const html = await res.text();
      for (const s of secrets) expect(html.includes(s), `secret in ${p} as ${persona}`).toBe(false);
    }
  }
});

test("saving a technical account never sends its password back, accepted or refused", async ({ page, request, loginPage }) => {
  const { manifest, secrets } = await secretsOf(request);
  const acme = manifest.technicalAccounts.find((t) => t.idStructureCPP === 27000001)!;
  await loginPage.goto();
  await loginPage.signInAs("admin");
  const save = actionRef("app/(portal)/admin/comptes-techniques/actions.ts", "saveTechnicalAccountAction");
  // The right password (stored again, unchanged), a wrong one, and one zod refuses (too long).
  const attempts = [acme.password, `${acme.password}-faux`, "x".repeat(201)];
  const bodies: string[] = [];
  for (const password of attempts) bodies.push(await callAction(page.request, save, [{ idStructureCPP: 27000001, login: acme.login, password }]));
  expect(bodies[0]).toContain('"ok":true');
  expect(bodies[1]).toContain('"ok":false');
  expect(bodies[2]).toContain('"code":"invalid"');
  for (const [i, body] of bodies.entries()) {
    for (const s of [...secrets, ...attempts]) expect(body.includes(s), `password or secret in the answer to attempt ${i + 1}`).toBe(false);
  }
  // Nor the pages that show the technical account afterwards.
  const html = await (await page.request.get("/admin/comptes-techniques")).text();
  for (const s of [...secrets, ...attempts]) expect(html.includes(s)).toBe(false);
});
