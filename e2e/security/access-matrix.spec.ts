import { test, expect } from "../fixtures";
import { SANDBOX_URL } from "../env";
import { PERSONAS, type Persona } from "../pages/login-page";
import { ACCESS_MATRIX, ROUTE_MATRIX, isExempt, type Role } from "./access-matrix";
import { loadAccountIds } from "./known-accounts";
import { MATRIX_ACCOUNTS } from "./matrix/admin";
import { callAction, callRoute, listApiRoutes, listServerActions, routeVerdict, verdictOf, type ActionRef } from "./server-actions";
import { signedInPage } from "./sessions";

type Manifest = { users: { persona: Persona | null; rattachements: { idStructureCPP: number; roles: Role[] }[] }[]; structures: { idStructureCPP: number }[] };

const keyOf = (a: ActionRef) => `${a.file}#${a.name}`;

// Rows that target real accounts (matrix/admin.ts) need their ids: read once per worker as admin@.
test.beforeAll(async ({ browser }, info) => {
  const admin = await signedInPage(browser, info.project.use.baseURL, "admin");
  try {
    await loadAccountIds(admin.page, MATRIX_ACCOUNTS);
  } finally {
    await admin.close();
  }
});

test("every server action and route handler of the build has a row in the access matrix", () => {
  const missingActions = listServerActions().map(keyOf).filter((k) => !(k in ACCESS_MATRIX));
  const missingRoutes = listApiRoutes().filter((r) => !(r in ROUTE_MATRIX));
  expect({ missingActions, missingRoutes }, "add them to e2e/security/matrix/<feature>.ts").toEqual({ missingActions: [], missingRoutes: [] });
});

for (const persona of PERSONAS) {
  test(`access matrix as ${persona}: own structures by role, and a foreign structure`, async ({ page, request, loginPage }) => {
    test.setTimeout(180_000);
    const manifest = (await (await request.get(`${SANDBOX_URL}/__sandbox/manifest`)).json()) as Manifest;
    const me = manifest.users.find((u) => u.persona === persona)!;
    const mine = new Set(me.rattachements.map((r) => r.idStructureCPP));
    const foreign = manifest.structures.map((s) => s.idStructureCPP).find((id) => !mine.has(id))!;
    const cells = [...me.rattachements.map((r) => ({ id: r.idStructureCPP, roles: r.roles })), { id: foreign, roles: [] as Role[] }];
    await loginPage.goto();
    await loginPage.signInAs(persona);

    const failures: string[] = [];
    for (const ref of listServerActions()) {
      const row = ACCESS_MATRIX[keyOf(ref)];
      if (!row || isExempt(row)) continue;
      for (const cell of cells) {
        const expected = cell.roles.some((r) => row.roles.includes(r)) ? "allowed" : "denied";
        const body = await callAction(page.request, ref, [row.build(cell.id)]);
        if (verdictOf(body) !== expected) failures.push(`${keyOf(ref)} on ${cell.id}: expected ${expected} (${body.slice(0, 160)})`);
      }
    }
    for (const [route, rows] of Object.entries(ROUTE_MATRIX)) {
      for (const row of rows) {
        if (isExempt(row)) continue;
        for (const cell of cells) {
          const expected = cell.roles.some((r) => row.roles.includes(r)) ? "allowed" : "denied";
          const got = routeVerdict(await callRoute(page.request, row, cell.id));
          if (got !== expected) failures.push(`${row.method} ${route} (${row.url(cell.id)}) on ${cell.id}: expected ${expected}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
}

test("a signed-out caller is refused by every action and route", async ({ request }) => {
  const failures: string[] = [];
  for (const ref of listServerActions()) {
    const row = ACCESS_MATRIX[keyOf(ref)];
    if (!row || isExempt(row)) continue;
    const body = await callAction(request, ref, [row.build(26000001)]);
    if (verdictOf(body) !== "denied") failures.push(`${keyOf(ref)}: ${body.slice(0, 160)}`);
  }
  for (const [route, rows] of Object.entries(ROUTE_MATRIX)) {
    for (const row of rows) {
      if (isExempt(row)) continue;
      if (routeVerdict(await callRoute(request, row, 26000001)) !== "denied") failures.push(`${row.method} ${route}`);
    }
  }
  expect(failures).toEqual([]);
});
