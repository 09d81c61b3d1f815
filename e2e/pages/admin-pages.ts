import { expect, type Page } from "@playwright/test";
import { SANDBOX_URL } from "../env";

/** The administration space. */
export class AdminPages {
  constructor(private readonly page: Page) {}

  async goto(path: "" | "/comptes" | "/comptes-techniques" | "/journal" | "/sante") {
    await this.page.goto(`/admin${path}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  }

  form(name: string | RegExp) {
    return this.page.getByRole("form", { name });
  }

  /** Sandbox credentials of a structure's technical account (from the control manifest). */
  async technicalAccountOf(idStructureCPP: number): Promise<{ login: string; password: string }> {
    const res = await this.page.request.get(`${SANDBOX_URL}/__sandbox/manifest`);
    const m = (await res.json()) as { technicalAccounts: { login: string; password: string; idStructureCPP: number }[] };
    const ta = m.technicalAccounts.find((t) => t.idStructureCPP === idStructureCPP);
    if (!ta) throw new Error(`no technical account for ${idStructureCPP}`);
    return ta;
  }
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.test`;
