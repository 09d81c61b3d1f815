import type { Page } from "@playwright/test";

// Portal ids of demo accounts (database uuids, different on every run), for matrix rows that must
// target a real account. Loaded once per worker by the spec before any row is built.
const ids = new Map<string, string>();

export function accountIdOf(email: string): string {
  const id = ids.get(email);
  if (!id) throw new Error(`account id of ${email} not loaded: call loadAccountIds() in a beforeAll first`);
  return id;
}

/** Reads the ids from the account list of `page`, signed in as an admin of a structure of each account. */
export async function loadAccountIds(page: Page, emails: readonly string[]): Promise<void> {
  const html = await (await page.request.get("/admin/comptes")).text();
  for (const email of emails) {
    const escaped = email.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const id = new RegExp(`compte=([0-9a-f-]{36})"[^>]*>${escaped}</a>`).exec(html)?.[1];
    if (!id) throw new Error(`${email} is not in the account list of this admin`);
    ids.set(email, id);
  }
}
