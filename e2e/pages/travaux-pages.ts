import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";

/** The works space: list by role, piece detail, deposit form. */
export class TravauxPages {
  constructor(private readonly page: Page) {}

  async list(role: "FOURNISSEUR" | "MOE" | "MOA" | "DESTINATAIRE", numero?: string) {
    await this.page.goto(`/factures/travaux?role=${role}${numero ? `&numero=${encodeURIComponent(numero)}` : ""}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Factures de travaux" })).toBeVisible();
    await expectAccessible(this.page);
  }

  row(numero: string) {
    return this.page.getByTestId("piece-row").filter({ hasText: numero });
  }

  async openPiece(numero: string) {
    await this.row(numero).getByRole("link", { name: numero }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: `Pièce de travaux n° ${numero}` })).toBeVisible();
    await expectAccessible(this.page);
  }

  /** Fills and sends the deposit form; waits for Chorus Pro's answer. */
  async deposit(f: { cadre?: string; numero: string; siretDestinataire?: string; numeroMarche?: string; ht: string; tva: string; ttc: string }) {
    await expectAccessible(this.page);
    if (f.cadre) await this.page.getByLabel("Cadre de facturation").selectOption({ label: f.cadre });
    await this.page.getByLabel("Numéro de la pièce").fill(f.numero);
    if (f.siretDestinataire) await this.page.getByLabel("SIRET du destinataire (maître d'ouvrage payeur)").fill(f.siretDestinataire);
    if (f.numeroMarche) await this.page.getByLabel("Numéro de marché").fill(f.numeroMarche);
    await this.page.getByLabel("Montant HT").fill(f.ht);
    await this.page.getByLabel("Montant de TVA").fill(f.tva);
    await this.page.getByLabel("Montant TTC").fill(f.ttc);
    await this.page.getByRole("button", { name: "Déposer la pièce" }).click();
  }
}
