import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../a11y";
import { SANDBOX_URL } from "../env";

export type Ligne = { denomination: string; quantite: string; prix: string; taux: string; remise?: string };

/** The key-in form (/factures/emises/nouvelle) and the recipient lookup inside it. */
export class SaisiePage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/factures/emises/nouvelle${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Saisir une facture" })).toBeVisible();
    await expectAccessible(this.page);
  }

  async search(q: string) {
    await this.page.getByLabel("SIRET ou nom du destinataire").fill(q);
    await this.page.getByRole("button", { name: "Rechercher", exact: true }).click();
  }

  async chooseRecipient(q: string, name: string) {
    await this.search(q);
    await this.page.getByRole("button", { name: `Choisir : ${name}` }).click();
    await expect(this.page.getByText(`Destinataire choisi : ${name}`)).toBeVisible();
  }

  field(label: string) {
    return this.page.getByLabel(labelled(label));
  }

  line(n: number) {
    return this.page.getByRole("group", { name: `Ligne ${n}`, exact: true });
  }

  async fillLines(lines: Ligne[]) {
    for (const [i, l] of lines.entries()) {
      if (i > 0) await this.page.getByRole("button", { name: "Ajouter une ligne" }).click();
      const row = this.line(i + 1);
      await row.getByLabel("Désignation").fill(l.denomination);
      await row.getByLabel("Quantité").fill(l.quantite);
      await row.getByLabel("Prix unitaire HT").fill(l.prix);
      if (l.remise) await row.getByLabel("Remise HT").fill(l.remise);
      await row.getByLabel("Taux de TVA").selectOption(l.taux);
    }
  }

  /** Uploads a file through the form's upload field (progress, then the file in the list). */
  async attach(label: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel(label, { exact: true }).setInputFiles(file);
  }

  attachments() {
    return this.page.getByRole("list", { name: "Pièces jointes complémentaires" });
  }

  submitButton() {
    return this.page.getByRole("button", { name: "Envoyer à Chorus Pro" });
  }

  async expectDeposited() {
    await expect(this.page.getByText("Facture déposée dans Chorus Pro")).toBeVisible({ timeout: 45_000 });
    const link = this.page.getByRole("link", { name: "Voir la facture" });
    await expect(link).toHaveAttribute("href", /\/factures\/emises\/\d+$/);
    return Number((await link.getAttribute("href"))?.split("/").pop());
  }

  /** The Chorus Pro side, read straight from the sandbox: how many invoices carry this number. */
  static async countInSandbox(numeroFacture: string): Promise<number> {
    const manifest = (await (await fetch(`${SANDBOX_URL}/__sandbox/manifest`)).json()) as { technicalAccounts: { login: string; password: string; idStructureCPP: number }[] };
    const ta = manifest.technicalAccounts.find((t) => t.idStructureCPP === 27000001)!;
    const token = (await (await fetch(`${SANDBOX_URL}/api/oauth/token`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&client_id=portail-sandbox&client_secret=sandbox-secret-portail&scope=openid",
    })).json()) as { access_token: string };
    const res = await fetch(`${SANDBOX_URL}/cpro/factures/v1/rechercher/fournisseur`, {
      method: "POST",
      headers: { authorization: `Bearer ${token.access_token}`, "cpro-account": Buffer.from(`${ta.login}:${ta.password}`).toString("base64"), "content-type": "application/json;charset=utf-8", accept: "application/json;charset=utf-8" },
      body: JSON.stringify({ numeroFacture, rechercheFactureParFournisseur: { pageResultatDemandee: 1, nbResultatsParPage: 50 } }),
    });
    const body = (await res.json()) as { listeFactures?: { numeroFacture: string }[] };
    return (body.listeFactures ?? []).filter((f) => f.numeroFacture === numeroFacture).length;
  }

  static async siretOf(idStructureCPP: number): Promise<string> {
    const manifest = (await (await fetch(`${SANDBOX_URL}/__sandbox/manifest`)).json()) as { structures: { idStructureCPP: number; identifiantStructure: string }[] };
    return manifest.structures.find((s) => s.idStructureCPP === idStructureCPP)!.identifiantStructure;
  }
}

// Required fields carry a visual « * » after their label text.
export const labelled = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\*?$`);

export const uniqueNumber = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`.slice(0, 20);

export const TROIS_LIGNES: Ligne[] = [
  { denomination: "Ramettes de papier", quantite: "10", prix: "4,99", taux: "TVA20" },
  { denomination: "Livres", quantite: "3", prix: "12,50", taux: "TVA5.5", remise: "1" },
  { denomination: "Transport", quantite: "1", prix: "15", taux: "TVA10" },
];
