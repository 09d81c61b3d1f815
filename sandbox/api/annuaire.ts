// PPF annuaire public (SW-PPF 1.11.0) under INFERRED.ppfBasePath: bearer only (no cpro-account), search
// answers 200 / 206 (reduced) / 204 (empty), errors as the swagger's `erreur` (application/problem+json).
import type { BaseCtx, Reply, Router } from "../http/router";
import { PpfError, rows, search, type SearchBody } from "../model/annuaire";
import { INFERRED } from "../model/inferred";
import type { NamespaceStore } from "../model/store";
import type { Services } from "./index";

const B = INFERRED.ppfBasePath;
type H = (ctx: BaseCtx, ns: NamespaceStore) => Reply;

export function register(router: Router, { registry }: Services): void {
  // No cpro-account here: the PPF directory is global; the sandbox serves the default namespace's structures.
  const nsOf = () => registry.namespaces.get("default") ?? [...registry.namespaces.values()][0]!;
  const lang = (ctx: BaseCtx) => (String(ctx.req.headers["accept-language"] ?? "fr").toLowerCase().startsWith("en") ? "en" : "fr");
  const add = (method: "GET" | "POST", path: string, h: H) => router.add({
    method, path: B + path, api: "annuaire", auth: "bearer", errorStyle: "ppf",
    handler: (ctx: BaseCtx): Reply => {
      try {
        const r = h(ctx, nsOf());
        return { ...r, headers: { "content-language": lang(ctx), ...r.headers } };
      } catch (e) {
        if (!(e instanceof PpfError)) throw e;
        return { status: e.statut, json: e.body(ctx.req.url ?? B), headers: { "content-type": "application/problem+json;charset=utf-8", "content-language": lang(ctx) } };
      }
    },
  });
  const body = (ctx: BaseCtx): SearchBody => {
    const b = ctx.body;
    if (typeof b !== "object" || b === null || Array.isArray(b)) throw new PpfError(400, "Requête invalide", "Le corps doit être un objet JSON");
    const s = b as SearchBody;
    if ((s.limite !== undefined && !Number.isInteger(s.limite)) || (s.ignorer !== undefined && !Number.isInteger(s.ignorer))) throw new PpfError(400, "Requête invalide", "limite et ignorer sont des entiers");
    return s;
  };
  const answer = (b: SearchBody, all: Record<string, unknown>[]): Reply => {
    const r = search(all, b, INFERRED.ppfDefaultLimit);
    if (!r.total) return { status: 204 };
    return { status: r.page.length < r.total ? 206 : 200, json: { recherche: b, nombre_total_resultats: r.total, resultats: r.page } };
  };

  router.add({ method: "GET", path: `${B}/healthcheck`, api: "annuaire", auth: "none", handler: () => ({ status: 200 }) });
  add("POST", "/siren/recherche", (ctx, ns) => { const b = body(ctx); return answer(b, rows(ns, "siren")); });
  add("POST", "/siret/recherche", (ctx, ns) => { const b = body(ctx); return answer(b, rows(ns, "siret", b.inclure)); });
  add("POST", "/code-routage/recherche", (ctx, ns) => { const b = body(ctx); return answer(b, rows(ns, "code-routage", b.inclure)); });
  add("GET", "/siren/code-insee:{siren}", (ctx, ns) => {
    const siren = ctx.params.siren ?? "";
    if (!/^\d{9}$/.test(siren)) throw new PpfError(400, "Requête invalide", "Le SIREN doit comporter 9 chiffres");
    const hit = rows(ns, "siren").find((r) => r.siren === siren);
    if (!hit) throw new PpfError(404, "Ressource introuvable", `SIREN ${siren} inconnu`);
    return { json: hit };
  });
  add("GET", "/siret/code-insee:{siret}", (ctx, ns) => {
    const siret = ctx.params.siret ?? "";
    if (!/^\d{14}$/.test(siret)) throw new PpfError(400, "Requête invalide", "Le SIRET doit comporter 14 chiffres");
    const hit = rows(ns, "siret", (ctx.query.get("inclure") ?? "").split(",")).find((r) => r.siret === siret);
    if (!hit) throw new PpfError(404, "Ressource introuvable", `SIRET ${siret} inconnu`);
    return { json: hit };
  });
}
