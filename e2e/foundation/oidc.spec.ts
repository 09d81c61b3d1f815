import { spawn, type ChildProcess } from "node:child_process";
import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { DATA_DIR, SANDBOX_URL } from "../env";
import { startOidcIssuer, type OidcIssuer } from "../support/oidc-issuer";

// OpenID Connect sign-in against a real (local, minimal) issuer: a second portal on the same
// build, same database, sandbox and DATA_DIR as the main e2e portal (so the same AUTH_SECRET and
// demo accounts), with OIDC_* pointing at e2e/support/oidc-issuer.ts. Nothing of the portal is
// mocked. Serial: both tests share the issuer and that portal.
test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_PORTAL_PORT ?? 3100) + 91;
// Browsed as localhost, not 127.0.0.1: Next.js's NextURL rewrites a 127.x host to "localhost" in
// route handlers (so Auth.js's callback sees localhost) while the sign-in server action builds
// the redirect_uri from AUTH_URL / the Host header; one name everywhere keeps them equal, as a
// real deployment's single public hostname does.
const base = `http://localhost:${PORT}`;
const CLIENT_ID = "portail-e2e";
const CLIENT_SECRET = "secret-du-portail-e2e";
let issuer: OidcIssuer;
let portal: ChildProcess;
let portalLog = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  issuer = await startOidcIssuer({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    user: { sub: "pc-fournisseur-0001", email: "Fournisseur@sandbox.test", name: "Nom chez le fournisseur d'identité" },
  });
  portal = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      CHORUS_ENV: "sandbox",
      SANDBOX_URL,
      DATA_DIR,
      // The main e2e portal's database (scripts/with-postgres.sh), where its start created the demo accounts.
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      OIDC_ISSUER: issuer.url,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_NAME: "ProConnect",
      AUTH_URL: base,
      // The main portal already runs the outbox worker on this database.
      OUTBOX_WORKER: "off",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    portalLog = (portalLog + chunk.toString()).slice(-20_000);
  };
  portal.stdout?.on("data", keep);
  portal.stderr?.on("data", keep);
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`OIDC portal did not start:\n${portalLog}`);
});

test.afterAll(async () => {
  portal?.kill("SIGTERM");
  await issuer?.close();
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach("oidc-diagnostics", {
      body: `issuer refusals:\n${issuer.refusals.join("\n")}\n\nportal log:\n${portalLog}`,
      contentType: "text/plain",
    });
  }
});

test("signs in with ProConnect as the portal account with the same email", async ({ page, browser }) => {
  // The name the portal shows for this account, from a password sign-in in another context.
  const other = await browser.newContext({ baseURL: base, locale: "fr-FR" });
  const pw = await other.newPage();
  await pw.goto("/login");
  await pw.getByRole("button", { name: "Se connecter en tant que fournisseur@sandbox.test" }).click();
  const portalName = (await pw.getByTestId("current-user").textContent())?.trim();
  await other.close();
  expect(portalName).toBeTruthy();

  const issuerHits: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith(issuer.url)) issuerHits.push(new URL(r.url()).pathname);
  });
  const exchangesBefore = issuer.exchanges.length;
  await page.goto(`${base}/login`);
  const button = page.getByRole("button", { name: "Se connecter avec ProConnect" });
  await expect(button).toBeVisible();
  await expectAccessible(page);
  await button.click();

  await expect(page.getByTestId("current-user")).toHaveText(portalName!);
  expect(new URL(page.url()).origin).toBe(base);
  expect(issuerHits).toContain("/authorize");
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Factures émises" })).toBeVisible();

  // The session is the portal account's, not the issuer's identity.
  const session = await (await page.request.get(`${base}/api/auth/session`)).json();
  expect(session.user.email).toBe("fournisseur@sandbox.test");
  expect(session.user.name).toBe(portalName);
  expect(session.user.name).not.toBe("Nom chez le fournisseur d'identité");

  // The code was exchanged once, with a verified PKCE code_verifier.
  expect(issuer.exchanges.slice(exchangesBefore)).toEqual([expect.objectContaining({ pkceVerified: true, email: "Fournisseur@sandbox.test" })]);
  expect(issuer.refusals).toEqual([]);

  // The space works with that session.
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Factures émises" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures émises" })).toBeVisible();
});

test("refuses an issuer identity that has no portal account", async ({ page }) => {
  issuer.setUser({ sub: "pc-inconnu-0002", email: `inconnu-${Date.now()}@exemple.test`, name: "Personne Inconnue" });
  const exchangesBefore = issuer.exchanges.length;
  await page.goto(`${base}/login`);
  await page.getByRole("button", { name: "Se connecter avec ProConnect" }).click();

  await expect(page).toHaveURL(new RegExp(`^${base}/login\\?.*error=AccessDenied`));
  await expect(page.getByRole("status").filter({ hasText: "Aucun compte du portail n'est associé à cette identité" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveCount(0);
  // The issuer did authenticate the person: the refusal is the portal's.
  expect(issuer.exchanges.length).toBe(exchangesBefore + 1);
  const session = await (await page.request.get(`${base}/api/auth/session`)).json();
  expect(session?.user).toBeUndefined();
  await expectAccessible(page);
});
