export type Role = "fournisseur" | "valideur" | "gestionnaire" | "moe" | "moa" | "admin";

/** A server action: the roles that may call it on a structure they are attached to, and its argument. */
export type ActionRow = { roles: Role[]; build: (idStructureCPP: number) => unknown } | { exempt: string };

/**
 * A route handler: the roles that may call it on a structure, and the request to make for a
 * structure (URL and optional JSON body). Denied = HTTP 401/403 (or a redirect to /login).
 */
export type RouteRow =
  | { roles: Role[]; method: "GET" | "POST" | "DELETE"; url: (idStructureCPP: number) => string; body?: (idStructureCPP: number) => unknown }
  | { exempt: string };

/** Each feature lists its actions ("<file>#<export>") and routes ("/api/…" as in the build). */
export type MatrixPart = { actions: Record<string, ActionRow>; routes: Record<string, RouteRow[]> };
