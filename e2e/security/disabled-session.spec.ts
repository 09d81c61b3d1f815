import { test, expect } from "../fixtures";
import { ACCESS_MATRIX, ROUTE_MATRIX, isExempt } from "./access-matrix";
import { loadAccountIds } from "./known-accounts";
import { MATRIX_ACCOUNTS } from "./matrix/admin";
import { actionRef, callAction, callRoute, listServerActions, refusedByAction } from "./server-actions";
import { signedInPage } from "./sessions";

// The signed-out row of the matrix only proves that proxy.ts redirects: it turns away every request
// without a session cookie before any action runs. A session cookie whose account was disabled
// afterwards still decrypts, so the proxy lets it through: here each action and route must refuse
// it ITSELF (getCurrentUser reloads the account on every request). One throw-away account holding
// every role on ACME, so that a missing user check would show up as an allowed call.
const ACME = 27000001;
const COMPTES = "app/(portal)/admin/comptes/actions.ts";
const ALL_ROLES = ["fournisseur", "valideur", "gestionnaire", "moe", "moa", "admin"];

test("a session whose account was disabled after sign-in is refused by every action and route on its own", async ({ page, loginPage, browser }, info) => {
  test.setTimeout(240_000);
  await loginPage.goto();
  await loginPage.signInAs("admin");
  await loadAccountIds(page, MATRIX_ACCOUNTS);
  const email = `desactive-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.test`;
  const password = "session-desactivee-2026";
  const created = await callAction(page.request, actionRef(COMPTES, "createAccountAction"), [{ idStructureCPP: ACME, email, name: "Session désactivée", password, roles: ALL_ROLES }]);
  const accountId = /"ok":true,"data":\{"id":"([0-9a-f-]{36})"/.exec(created)?.[1];
  expect(accountId, created.slice(0, 300)).toBeTruthy();

  const victim = await signedInPage(browser, info.project.use.baseURL, { email, password });
  try {
    await expect(victim.page.getByTestId("current-user")).toBeVisible();
    const off = await callAction(page.request, actionRef(COMPTES, "setAccountDisabledAction"), [{ idStructureCPP: ACME, accountId, disabled: true }]);
    expect(off, off.slice(0, 300)).toContain('"ok":true');

    const failures: string[] = [];
    let calls = 0;
    for (const ref of listServerActions()) {
      const row = ACCESS_MATRIX[`${ref.file}#${ref.name}`];
      if (!row || isExempt(row)) continue;
      const body = await callAction(victim.page.request, ref, [row.build(ACME)]);
      calls++;
      if (!refusedByAction(body)) failures.push(`${ref.file}#${ref.name}: ${body.slice(0, 160)}`);
    }
    for (const [route, rows] of Object.entries(ROUTE_MATRIX)) {
      for (const row of rows) {
        if (isExempt(row)) continue;
        const r = await callRoute(victim.page.request, row, ACME);
        calls++;
        // Its own 401, not the proxy's redirect.
        if (r.status !== 401) failures.push(`${row.method} ${route}: HTTP ${r.status} ${r.location}`);
      }
    }
    expect(calls).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  } finally {
    await victim.close();
  }
});
