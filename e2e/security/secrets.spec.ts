import fs from "node:fs";
import path from "node:path";
import { test, expect } from "../fixtures";
import { DATA_DIR, SANDBOX_URL } from "../env";
import { PERSONAS } from "../pages/login-page";

type Manifest = {
  pisteClients: { client_secret: string }[];
  technicalAccounts: { login: string; password: string }[];
};

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test("no secret reaches the browser: static bundles and served HTML", async ({ page, request, loginPage }) => {
  const manifest = (await (await request.get(`${SANDBOX_URL}/__sandbox/manifest`)).json()) as Manifest;
  const keys = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "keys.json"), "utf8")) as { authSecret: string; encryptionKey: string };
  const secrets = [
    ...manifest.pisteClients.map((c) => c.client_secret),
    ...manifest.technicalAccounts.flatMap((t) => [t.password, Buffer.from(`${t.login}:${t.password}`).toString("base64")]),
    keys.authSecret,
    keys.encryptionKey,
  ].filter((s) => s.length >= 6);
  expect(secrets.length).toBeGreaterThan(4);

  const staticFiles = filesUnder(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static"));
  expect(staticFiles.length).toBeGreaterThan(0);
  for (const file of staticFiles) {
    const content = fs.readFileSync(file, "latin1");
    for (const s of secrets) expect(content.includes(s), `${s.slice(0, 3)}… in ${file}`).toBe(false);
  }

  const pages = ["/login", "/", "/factures/emises", "/factures/recues", "/factures/a-valider", "/factures/travaux", "/structures", "/admin"];
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
