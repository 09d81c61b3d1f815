import { gzipSync } from "node:zlib";
import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";
import { siretOf, uniqueNumber, validUbl } from "../pages/depot-fixtures";
import { DepotPage } from "../pages/depot-page";

// Batches as .tar.gz, built here at run time (no binary in the repository): a tiny ustar writer.

type Item = { name: string; data?: string; type?: string };

function tarHeader(name: string, size: number, type: string): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, "utf8");
  h.write("0000644\0", 100);
  h.write("0000000\0", 108);
  h.write("0000000\0", 116);
  h.write(size.toString(8).padStart(11, "0") + "\0", 124);
  h.write("00000000000\0", 136);
  h.write("        ", 148);
  h.write(type, 156);
  h.write("ustar\u000000", 257);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148);
  return h;
}

function tarGz(items: Item[]): Buffer {
  const parts: Buffer[] = [];
  for (const item of items) {
    const data = Buffer.from(item.data ?? "");
    parts.push(tarHeader(item.name, data.length, item.type ?? "0"), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}

const upload = (page: import("@playwright/test").Page, name: string, data: Buffer) =>
  page.request.post(`/api/uploads?kind=flux&structure=27000001&name=${encodeURIComponent(name)}`, { data, headers: { "content-type": "application/octet-stream" } });

test.beforeEach(async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs("fournisseur");
});

test("a .tar.gz of two UBL invoices is listed, checked, deposited as one flux and followed until integrated", async ({ page }) => {
  const depot = new DepotPage(page);
  const [seller, buyer] = [await siretOf(27000001), await siretOf(26000004)];
  const [a, b] = [uniqueNumber("TGA"), uniqueNumber("TGB")];
  const archive = tarGz([
    { name: "lot/", type: "5" },
    { name: `lot/${a}.xml`, data: validUbl({ seller, buyer, numero: a }) },
    { name: `lot/${b}.xml`, data: validUbl({ seller, buyer, numero: b, ht: "250.00" }) },
  ]);
  await depot.gotoFlux();
  await depot.choose(`lot-${a}.tar.gz`, archive, "application/gzip");
  await expect(depot.received()).toBeVisible();
  await expect(page.getByText("Lot .tar.gz de 2 facture(s), déposé en un seul flux.")).toBeVisible();
  await expect(page.getByText("IN_DP_E1_UBL_INVOICE")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(a) })).toContainText("Aucune erreur");
  await expect(page.getByRole("row", { name: new RegExp(b) })).toContainText("Aucune erreur");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Déposer dans Chorus Pro" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suivi du dépôt" })).toBeVisible();
  await expect(page.getByTestId("deposit-state")).toHaveText("Flux intégré", { timeout: 30_000 });
  await expect(page.getByRole("link", { name: a })).toBeVisible();
  await expect(page.getByRole("link", { name: b })).toBeVisible();
  await expectAccessible(page);
});

test("a .tgz batch is accepted and reaches Chorus Pro under its .tar.gz name", async ({ page }) => {
  const depot = new DepotPage(page);
  const numero = uniqueNumber("TGZ");
  const archive = tarGz([{ name: `${numero}.xml`, data: validUbl({ seller: await siretOf(27000001), buyer: await siretOf(26000004), numero }) }]);
  await depot.gotoFlux();
  await depot.choose(`${numero}.tgz`, archive, "application/gzip");
  await expect(page.getByText("Lot .tar.gz de 1 facture(s), déposé en un seul flux.")).toBeVisible();
  await page.getByRole("button", { name: "Déposer dans Chorus Pro" }).click();
  // The sandbox, like Chorus Pro, knows no .tgz: integration proves the name was rewritten.
  await expect(page.getByTestId("deposit-state")).toHaveText("Flux intégré", { timeout: 30_000 });
  await expect(page.getByRole("link", { name: numero })).toBeVisible();
});

test("a malicious .tar.gz is refused with a French message, in the page and by the server", async ({ page }) => {
  const depot = new DepotPage(page);
  const xml = validUbl({ seller: "12345678900012", buyer: "12345678900013", numero: "EVIL" });
  await depot.gotoFlux();
  await depot.choose("piege.tar.gz", tarGz([{ name: "../../etc/cron.d/facture.xml", data: xml }]), "application/gzip");
  await expect(depot.fileError()).toContainText("nom de fichier dangereux");
  await expect(depot.fileError()).toContainText("Recréez l'archive");
  await expect(page.getByRole("button", { name: "Déposer dans Chorus Pro" })).toHaveCount(0);
  await expectAccessible(page);

  const cases: [string, Buffer, RegExp][] = [
    ["lien.tar.gz", tarGz([{ name: "f.xml", data: xml }, { name: "passwd.xml", type: "2" }]), /lien ou un fichier spécial/],
    ["tronque.tar.gz", tarGz([{ name: "f.xml", data: xml }]).subarray(0, 60), /endommagée ou incomplète/],
    ["seul.tar.gz", gzipSync(xml), /ne contient pas d'archive tar/],
    ["lot.tar.gz", tarGz([{ name: "lot.zip", data: "PK\u0003\u0004" }]), /une autre archive/],
  ];
  for (const [name, data, message] of cases) {
    const res = await upload(page, name, data);
    expect(res.status(), name).toBe(400);
    expect((await res.json()).error, name).toMatch(message);
  }
});
