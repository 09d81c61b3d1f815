import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { readSample, siretOf, uniqueNumber, validUbl } from "../pages/depot-fixtures";
import { DepotPage } from "../pages/depot-page";

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

test("a valid UBL flux is checked, deposited, followed until integrated, with a link to the invoice", async ({ page }) => {
  const depot = new DepotPage(page);
  const numero = uniqueNumber("FLX");
  const xml = validUbl({ seller: await siretOf(27000001), buyer: await siretOf(26000004), numero });
  await depot.gotoFlux();
  await depot.choose(`${numero}.xml`, Buffer.from(xml), "application/xml");
  await expect(depot.received()).toBeVisible();
  await expect(page.getByText("IN_DP_E1_UBL_INVOICE")).toBeVisible();
  await expect(page.getByText("Aucune erreur")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Déposer dans Chorus Pro" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suivi du dépôt" })).toBeVisible();
  await expect(page.getByTestId("deposit-state")).toHaveText("Flux intégré", { timeout: 30_000 });
  await expect(page.getByRole("link", { name: numero })).toBeVisible();
  await expectAccessible(page);
});

test("a CEN sample whose buyer is unknown to Chorus Pro is stopped before deposit, in French, beside the element", async ({ page }) => {
  const depot = new DepotPage(page);
  await depot.gotoFlux();
  await depot.choose("ubl-tc434-example1.xml", readSample("en16931-ubl/ubl-tc434-example1.xml"), "application/xml");
  await expect(page.getByText("IN_DP_E1_UBL_INVOICE")).toBeVisible();
  await expect(page.getByText(/erreur\(s\)/)).toBeVisible();
  await expect(page.getByText(/SIRET/).first()).toBeVisible();
  await expect(page.getByText(/Élément : /).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Déposer dans Chorus Pro" })).toHaveCount(0);
});

test("a file lying about its type is refused by content", async ({ page }) => {
  const depot = new DepotPage(page);
  await depot.gotoFlux();
  await depot.choose("facture.xml", Buffer.from("%PDF-1.4\n%%EOF\n"), "application/xml");
  await expect(depot.fileError()).toContainText("ne correspond pas à son extension .xml");
  const res = await page.request.post("/api/uploads?kind=flux&structure=27000001&name=facture.pdf", { data: Buffer.from("<Invoice/>"), headers: { "content-type": "application/octet-stream" } });
  expect(res.status()).toBe(415);
});

test("an empty file is refused, in the browser and by the server", async ({ page }) => {
  const depot = new DepotPage(page);
  await depot.gotoFlux();
  await depot.choose("vide.xml", Buffer.alloc(0), "application/xml");
  await expect(depot.fileError()).toContainText("Le fichier est vide");
  const res = await page.request.post("/api/uploads?kind=flux&structure=27000001&name=vide.xml", { data: Buffer.alloc(0), headers: { "content-type": "application/octet-stream" } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error).toContain("vide");
});

test("a 31 MB flux is refused before the upload completes", async ({ page }) => {
  const depot = new DepotPage(page);
  await depot.gotoFlux();
  const big = Buffer.alloc(31_000_000, 0x20);
  await depot.choose("lot.zip", big, "application/zip");
  await expect(depot.fileError()).toContainText("30 Mo");
  // The server refuses on the announced size, before reading the body.
  const res = await page.request.post("/api/uploads?kind=flux&structure=27000001&name=lot.zip", { data: big, headers: { "content-type": "application/octet-stream" } });
  expect(res.status()).toBe(413);
  expect((await res.json()).error).toContain("30 Mo");
});

test("an XML with an external entity is refused", async ({ page }) => {
  const depot = new DepotPage(page);
  await depot.gotoFlux();
  const xml = '<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Invoice>&xxe;</Invoice>';
  await depot.choose("xxe.xml", Buffer.from(xml), "application/xml");
  await expect(depot.fileError()).toContainText("DOCTYPE");
});

test("a name of 200 characters is refused", async ({ page }) => {
  const depot = new DepotPage(page);
  await depot.gotoFlux();
  const name = `${"f".repeat(196)}.xml`;
  await depot.choose(name, Buffer.from("<Invoice/>"), "application/xml");
  await expect(depot.fileError()).toContainText("50 caractères");
  const res = await page.request.post(`/api/uploads?kind=flux&structure=27000001&name=${name}`, { data: Buffer.from("<Invoice/>"), headers: { "content-type": "application/octet-stream" } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error).toContain("50 caractères");
});

test("a supplier cannot upload for a structure it is not attached to", async ({ page }) => {
  const res = await page.request.post("/api/uploads?kind=flux&structure=27000002&name=f.xml", { data: Buffer.from("<Invoice/>"), headers: { "content-type": "application/octet-stream" } });
  expect(res.status()).toBe(403);
});

test("an unknown deposit report answers 404 (no loading boundary above it)", async ({ page }) => {
  const res = await page.goto("/factures/emises/deposer/flux/00000000-0000-4000-8000-000000000000");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expectAccessible(page);
});
