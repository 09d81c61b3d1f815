import "server-only";
import { NextResponse } from "next/server";
import { getCurrentUser, type CurrentUser, type Rattachement } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { writeAudit, type AuditEntry } from "@/lib/audit";
import { isChorusProError, type ChorusContext } from "@/lib/chorus-pro";
import { logger } from "@/lib/log";
import { sniffType } from "@/lib/uploads/sniff-type";

export type Failure = { status: number; code: string; message: string };

export function jsonError({ status, code, message }: Failure): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}

type Allowed = { user: CurrentUser; rattachement: Rattachement; ctx: ChorusContext; audit: (outcome: AuditEntry["outcome"], detail?: Record<string, unknown>) => Promise<void> };

/**
 * What every download route does first (a route handler is a public endpoint): the user, the
 * structure asked for (a number), the fournisseur role on it, then the gateway context. Refusals
 * answer JSON 401/403/400 in French and leave an audit line.
 */
export async function guardSupplier(structureParam: string | null, action: string, subject: { type: string; id: string } | null): Promise<Allowed | Failure> {
  const user = await getCurrentUser();
  if (!user) return { status: 401, code: "unauthenticated", message: "Votre session a expiré. Reconnectez-vous pour continuer." };
  const idStructureCPP = structureParam && /^\d{1,15}$/.test(structureParam) ? Number(structureParam) : null;
  const base = { action, accountId: user.id, accountEmail: user.email, idStructureCPP, subjectType: subject?.type ?? null, subjectId: subject?.id ?? null };
  if (idStructureCPP === null) {
    await writeAudit({ ...base, outcome: "denied", detail: { reason: "structure" } });
    return { status: 400, code: "invalid", message: "La structure pour laquelle vous agissez est absente ou invalide." };
  }
  const rattachement = canActOn(user, idStructureCPP, ["fournisseur"]);
  if (!rattachement) {
    await writeAudit({ ...base, outcome: "denied", detail: { required: ["fournisseur"] } });
    return { status: 403, code: "forbidden", message: "Vous n'avez pas les droits de fournisseur sur cette structure." };
  }
  const audit = (outcome: AuditEntry["outcome"], detail?: Record<string, unknown>) => writeAudit({ ...base, outcome, ...(detail ? { detail } : {}) });
  try {
    return { user, rattachement, ctx: await chorusContextFor(rattachement), audit };
  } catch (err) {
    return upstreamFailure(err, audit);
  }
}

export function isFailure(x: Allowed | Failure): x is Failure {
  return "status" in x;
}

const NOT_FOUND_KINDS = new Set(["business", "not_found", "bad_request"]);

/** An upstream error → the person's message; an unknown invoice reads as "introuvable" (no leak). */
export async function upstreamFailure(err: unknown, audit: Allowed["audit"], notFoundMessage?: string): Promise<Failure> {
  const userMessage = err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string" ? err.userMessage : null;
  await audit("error", { message: userMessage ?? "unexpected" });
  if (notFoundMessage && isChorusProError(err) && NOT_FOUND_KINDS.has(err.kind)) return { status: 404, code: "not_found", message: notFoundMessage };
  if (userMessage) return { status: 502, code: "upstream", message: userMessage };
  logger.error({ err }, "download route failed");
  return { status: 500, code: "unexpected", message: "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l'administrateur." };
}

export function fileResponse(bytes: Uint8Array, name: string, type: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": type,
      "content-length": String(bytes.length),
      // RFC 6266: an ASCII fallback plus the exact name for browsers that read filename*.
      "content-disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

const TYPES = { pdf: "application/pdf", zip: "application/zip", gzip: "application/gzip", xml: "application/xml", unknown: "application/octet-stream" } as const;
const EXTS = { pdf: "pdf", zip: "zip", gzip: "gz", xml: "xml", unknown: "bin" } as const;

/** The file type from its first bytes (never from a name Chorus Pro or a person chose). */
export function sniff(bytes: Uint8Array): { type: string; ext: string } {
  const kind = sniffType(bytes.subarray(0, 64));
  return { type: TYPES[kind], ext: EXTS[kind] };
}
