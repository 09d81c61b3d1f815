// Sandbox-only control routes (/__sandbox/...): manifest, namespaces, reset, stats, faults, tokens, config.
import { z } from "zod";
import { faultsBody } from "../http/faults";
import type { BaseCtx, Reply, Router } from "../http/router";
import { BusinessError } from "../model/errors";
import { manifest } from "../model/manifest";
import type { Services } from "./index";

const nsBody = z.object({ seed: z.number().int().optional(), invoices: z.number().int().min(0).max(200_000).optional() }).loose();

export function register(router: Router, s: Services): void {
  const { registry } = s;
  const ctl = (method: "GET" | "POST" | "DELETE", path: string, handler: (ctx: BaseCtx) => Reply) =>
    router.add({ method, path, api: "control", auth: "none", handler });
  const nsOf = (name: string | null) => {
    const ns = registry.namespaces.get(name || "default");
    if (!ns) throw new BusinessError("PARAM_INVALID", `namespace ${name} inconnu`);
    return ns;
  };

  ctl("GET", "/__sandbox/health", () => ({ json: { status: "ok", namespaces: registry.namespaces.size } }));
  ctl("GET", "/__sandbox/manifest", ({ query }) => ({ json: manifest(nsOf(query.get("namespace")), registry.pisteClients) }));
  ctl("POST", "/__sandbox/namespaces", ({ body }) => {
    const b = nsBody.parse(body ?? {});
    const ns = registry.createNamespace(registry.newNamespaceName(), b.seed, b.invoices);
    return { status: 201, json: manifest(ns, registry.pisteClients) };
  });
  ctl("POST", "/__sandbox/reset", ({ body }) => {
    const b = z.object({ namespace: z.string().optional() }).loose().parse(body ?? {});
    if (b.namespace) nsOf(b.namespace);
    registry.reset(b.namespace);
    return { json: { reset: b.namespace ?? "all" } };
  });
  ctl("GET", "/__sandbox/stats", () => ({ json: s.stats.snapshot(registry.tokensIssued) }));
  ctl("POST", "/__sandbox/faults", ({ body }) => ({ json: { faults: s.faults.set(faultsBody.parse(body)) } }));
  ctl("DELETE", "/__sandbox/faults", () => {
    s.faults.clear();
    return { json: { faults: [] } };
  });
  ctl("POST", "/__sandbox/tokens/revoke", ({ body }) => {
    const b = z.object({ access_token: z.string().optional() }).loose().parse(body ?? {});
    return { json: { revoked: registry.revoke(b.access_token) } };
  });
  ctl("POST", "/__sandbox/config", ({ body }) => {
    const b = z.object({ asyncDelayMs: z.number().int().min(0).optional(), tokenTtlS: z.number().int().min(1).optional(), rateLimit: z.number().int().min(1).optional() }).parse(body ?? {});
    if (b.asyncDelayMs !== undefined) registry.config.asyncDelayMs = b.asyncDelayMs;
    if (b.tokenTtlS !== undefined) registry.config.tokenTtlS = b.tokenTtlS;
    if (b.rateLimit !== undefined) s.limiter.perSecond = b.rateLimit;
    return { json: { asyncDelayMs: registry.config.asyncDelayMs, tokenTtlS: registry.config.tokenTtlS, rateLimit: s.limiter.perSecond } };
  });
}
