import { test, expect } from "../fixtures";
import { SANDBOX_URL } from "../env";
import { PERSONAS, type Persona } from "../pages/login-page";
import { ACCESS_MATRIX, isExempt, type Role } from "./access-matrix";
import { callAction, listServerActions, verdictOf, type ActionRef } from "./server-actions";

type Manifest = { users: { persona: Persona | null; rattachements: { idStructureCPP: number; roles: Role[] }[] }[]; structures: { idStructureCPP: number }[] };

const keyOf = (a: ActionRef) => `${a.file}#${a.name}`;

test("every server action of the build has a row in the access matrix", () => {
  const missing = listServerActions().map(keyOf).filter((k) => !(k in ACCESS_MATRIX));
  expect(missing, "add these actions to e2e/security/access-matrix.ts").toEqual([]);
});

for (const persona of PERSONAS) {
  test(`access matrix as ${persona}: own structures by role, and a foreign structure`, async ({ page, request, loginPage }) => {
    const manifest = (await (await request.get(`${SANDBOX_URL}/__sandbox/manifest`)).json()) as Manifest;
    const me = manifest.users.find((u) => u.persona === persona)!;
    const mine = new Set(me.rattachements.map((r) => r.idStructureCPP));
    const foreign = manifest.structures.map((s) => s.idStructureCPP).find((id) => !mine.has(id))!;
    await loginPage.goto();
    await loginPage.signInAs(persona);

    const failures: string[] = [];
    for (const ref of listServerActions()) {
      const row = ACCESS_MATRIX[keyOf(ref)];
      if (!row || isExempt(row)) continue;
      const cells = [...me.rattachements.map((r) => ({ id: r.idStructureCPP, roles: r.roles })), { id: foreign, roles: [] as Role[] }];
      for (const cell of cells) {
        const expected = cell.roles.some((r) => row.roles.includes(r)) ? "allowed" : "denied";
        const arg = row.build(cell.id);
        const body = await callAction(page.request, ref, [arg]);
        const got = verdictOf(body);
        if (got !== expected) failures.push(`${keyOf(ref)} on ${cell.id}: expected ${expected}, got ${got} (${body.slice(0, 160)})`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test("a signed-out caller is refused by every structured action", async ({ request }) => {
  const failures: string[] = [];
  for (const ref of listServerActions()) {
    const row = ACCESS_MATRIX[keyOf(ref)];
    if (!row || isExempt(row)) continue;
    const body = await callAction(request, ref, [row.build(26000001)]);
    if (verdictOf(body) !== "denied") failures.push(`${keyOf(ref)}: ${body.slice(0, 160)}`);
  }
  expect(failures).toEqual([]);
});
