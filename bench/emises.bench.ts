import { ttfbUnderLoad } from "./load";
import { firstLoadJsKb } from "./portal.bench";
import { PortalClient } from "./portal-client";
import { round } from "./stats";

const JS_BUDGET_KB = 180;

/** Issue 5: the supplier's invoice list (20 rows) under load, and the first-load JS of the list and the form. */
export async function benchEmises(baseUrl: string): Promise<Record<string, number | string>> {
  const path = "/factures/emises";
  const one = await ttfbUnderLoad(baseUrl, "fournisseur@sandbox.test", path, 1, 30);
  const twenty = await ttfbUnderLoad(baseUrl, "fournisseur@sandbox.test", path, 20, 5);
  const c = new PortalClient(baseUrl);
  await c.signIn("fournisseur@sandbox.test", "sandbox");
  const listKb = await firstLoadJsKb(c, path);
  const formKb = await firstLoadJsKb(c, "/factures/emises/nouvelle");
  return {
    "list TTFB p50 / p95, 1 user (ms)": `${one.p50} / ${one.p95} (n=${one.n})`,
    "list TTFB p50 / p95, 20 users (ms)": `${twenty.p50} / ${twenty.p95} (n=${twenty.n})`,
    "list first-load JS (KB gzip)": round(listKb, 1),
    "form first-load JS (KB gzip)": round(formKb, 1),
    "first-load JS budget (KB)": JS_BUDGET_KB,
    "within budget": listKb <= JS_BUDGET_KB && formKb <= JS_BUDGET_KB ? "yes" : "NO",
  };
}
