import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { test, expect } from "../fixtures";
import { RecuesListPage } from "../pages/recues-list";
import { receiveInvoice, uniqueNumber } from "../pages/recues-seed";

test("Factures reçues — téléchargement d'une sélection en une archive", async ({ page, loginPage }) => {
  const numeros = [uniqueNumber("DL"), uniqueNumber("DL")];
  await Promise.all(numeros.map((numero) => receiveInvoice({ numero })));
  await loginPage.goto();
  await loginPage.signInAs("gestionnaire");
  const list = new RecuesListPage(page);
  await list.goto("?taille=100");
  for (const n of numeros) await list.select(n);
  const [zip] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger la sélection" }).click()]);
  const files = unzipSync(new Uint8Array(await readFile((await zip.path())!)));
  expect(Object.keys(files)).toHaveLength(2);
  await expect(page.getByText(/2 fichier|2 facture/).first()).toBeVisible();
});
