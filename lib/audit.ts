import { headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { logger } from "@/lib/log";

export type AuditOutcome = "success" | "denied" | "error" | "pending";

export type AuditEntry = {
  action: string;
  outcome: AuditOutcome;
  accountId?: string | null;
  accountEmail?: string | null;
  idStructureCPP?: number | null;
  subjectType?: string | null;
  subjectId?: string | null;
  detail?: Record<string, unknown> | null;
};

async function requestMeta(): Promise<{ ip: string | null; requestId: string | null }> {
  try {
    const h = await headers();
    return { ip: clientIp(h), requestId: h.get("x-request-id") };
  } catch {
    // Outside a request (worker, scripts): no headers.
    return { ip: null, requestId: null };
  }
}

export function clientIp(h: Headers): string {
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

// An audit failure must never hide the outcome of the action itself: it is logged instead.
export async function writeAudit(entry: AuditEntry): Promise<void> {
  try {
    const meta = await requestMeta();
    await getDb()
      .insert(auditLog)
      .values({ ...entry, ...meta });
  } catch (err) {
    logger.error({ err, action: entry.action }, "audit write failed");
  }
}
