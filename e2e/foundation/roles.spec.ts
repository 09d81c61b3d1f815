import { test, expect } from "../fixtures";
import type { Persona } from "../pages/login-page";
import { SPACE_URLS, type SpaceKey } from "../pages/shell";

const EXPECTED: Record<Exclude<Persona, "multi">, SpaceKey[]> = {
  fournisseur: ["emises", "travaux", "structures"],
  valideur: ["a-valider", "structures"],
  gestionnaire: ["travaux", "recues", "structures"],
  moe: ["travaux", "structures"],
  // The sandbox's MOA persona is also the recipient (gestionnaire) of its structure.
  moa: ["travaux", "recues", "structures"],
  admin: ["emises", "travaux", "structures", "admin"],
};

for (const [persona, spaces] of Object.entries(EXPECTED) as [Exclude<Persona, "multi">, SpaceKey[]][]) {
  test(`${persona} sees only the spaces of its role and is refused the others`, async ({ page, loginPage, shell }) => {
    await loginPage.goto();
    await loginPage.signInAs(persona);
    expect(await shell.visibleSpaces()).toEqual(spaces);
    for (const space of spaces) await shell.open(space);
    const refused = (Object.keys(SPACE_URLS) as SpaceKey[]).filter((s) => !spaces.includes(s));
    for (const space of refused) {
      const response = await page.goto(SPACE_URLS[space]);
      expect(response?.status(), space).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
    }
  });
}
