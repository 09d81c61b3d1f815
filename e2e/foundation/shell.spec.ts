import { test, expect } from "../fixtures";

test("an account with several structures switches between them", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("multi");
  const switcher = page.getByLabel("Structure", { exact: true });
  await expect(switcher).toBeVisible();
  const options = await switcher.locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(1);
  await switcher.selectOption({ label: options[1]! });
  // The choice is saved by a server action in a cookie: wait for it before navigating.
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === "structure")).toBe(true);
  await page.goto("/structures");
  await expect(page.getByText(`Structure : ${options[1]!}`)).toBeVisible();
});

test("switches the interface to English and back", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Issued invoices" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("link", { name: "Factures émises", exact: true })).toBeVisible();
});

test("the skip link takes keyboard users to the content", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("gestionnaire");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
});

test("health answers with the mode, the database and Chorus Pro", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", mode: "sandbox", db: "ok", chorus: "ok" });
});

test("sends security headers", async ({ request }) => {
  const res = await request.get("/login");
  const h = res.headers();
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-powered-by"]).toBeUndefined();
});
