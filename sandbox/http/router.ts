// A small router of our own: exact paths in a Map (O(1) for the classic POST APIs) plus "{param}" patterns
// for REST-style APIs (organisations, PPF annuaire) that the next engineer will add.
import type { IncomingMessage } from "node:http";
import type { BodyLimitKey } from "../model/limits";
import type { Registry } from "../model/registry";
import type { NamespaceStore } from "../model/store";
import type { Structure, TechnicalAccount } from "../model/types";

export interface Reply {
  status?: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export interface BaseCtx {
  req: IncomingMessage;
  body: unknown;
  params: Record<string, string>;
  query: URLSearchParams;
  registry: Registry;
  /** PISTE client_id of the bearer token, when the route is authenticated. */
  clientId?: string;
}

export interface CproCtx extends BaseCtx {
  ns: NamespaceStore;
  account: TechnicalAccount;
  structure: Structure;
}

type Handler<C> = (ctx: C) => Reply | Promise<Reply>;

interface RouteCommon {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  /** Stats/fault grouping and error style: "factures", "transverses", "oauth", "control"… */
  api: string;
  /** JSON (default), form-encoded (OAuth) or no body. */
  bodyType?: "json" | "form" | "none";
  bodyLimit?: BodyLimitKey;
  /** 401 body style: the organisations API answers {"ErrorCode":"401","Description":"[invalid field]"}. */
  errorStyle?: "classic" | "organisations" | "ppf";
}

export type RouteDef =
  | (RouteCommon & { auth: "cpro"; handler: Handler<CproCtx> })
  | (RouteCommon & { auth: "bearer" | "none"; handler: Handler<BaseCtx> });

export type Match = { def: RouteDef; params: Record<string, string> } | { allowed: string[] } | undefined;

export class Router {
  private readonly exact = new Map<string, Map<string, RouteDef>>();
  private readonly patterns: { parts: string[]; byMethod: Map<string, RouteDef> }[] = [];

  add(def: RouteDef): void {
    if (def.path.includes("{")) {
      const parts = def.path.split("/");
      let entry = this.patterns.find((p) => p.parts.join("/") === parts.join("/"));
      if (!entry) this.patterns.push((entry = { parts, byMethod: new Map() }));
      entry.byMethod.set(def.method, def);
      return;
    }
    let byMethod = this.exact.get(def.path);
    if (!byMethod) this.exact.set(def.path, (byMethod = new Map()));
    if (byMethod.has(def.method)) throw new Error(`route registered twice: ${def.method} ${def.path}`);
    byMethod.set(def.method, def);
  }

  /** Convenience for the classic Chorus Pro operations: POST + JSON + cpro-account. */
  cpro(api: string, path: string, handler: Handler<CproCtx>, opts: Partial<RouteCommon> = {}): void {
    this.add({ method: "POST", path, api, auth: "cpro", handler, ...opts });
  }

  match(method: string, pathname: string): Match {
    const byMethod = this.exact.get(pathname);
    if (byMethod) {
      const def = byMethod.get(method);
      return def ? { def, params: {} } : { allowed: [...byMethod.keys()] };
    }
    const segs = pathname.split("/");
    for (const p of this.patterns) {
      if (p.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      const ok = p.parts.every((part, i) => {
        const seg = segs[i] ?? "";
        const m = /^(.*)\{([^}]+)\}$/.exec(part);
        if (!m) return part === seg;
        if (!seg.startsWith(m[1] ?? "") || seg.length === (m[1] ?? "").length) return false;
        params[m[2] ?? ""] = decodeURIComponent(seg.slice((m[1] ?? "").length));
        return true;
      });
      if (!ok) continue;
      const def = p.byMethod.get(method);
      return def ? { def, params } : { allowed: [...p.byMethod.keys()] };
    }
    return undefined;
  }

  list(): RouteDef[] {
    return [...[...this.exact.values()].flatMap((m) => [...m.values()]), ...this.patterns.flatMap((p) => [...p.byMethod.values()])];
  }
}
