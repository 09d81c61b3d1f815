import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// Serious and critical axe violations fail the test; the message lists them readably.
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("domcontentloaded");
  // Next.js streams the metadata: the <title> may arrive after the content.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}
