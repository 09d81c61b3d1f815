import "server-only";
import { awaitOutcome } from "@/lib/outbox/queue";

export type WriteOutcome = { status: "sent" | "pending" | "failed"; message?: string; libelle?: string; result?: unknown };

/** Waits a few seconds for the worker; a write still queued after that is not an error. */
export async function outcomeOf(id: string, ms = 8_000): Promise<WriteOutcome> {
  const e = await awaitOutcome(id, ms);
  if (!e || (e.status !== "sent" && e.status !== "failed")) return { status: "pending" };
  if (e.status === "sent") return { status: "sent", result: e.result };
  return { status: "failed", message: e.lastError?.userMessage, ...(e.lastError?.libelle ? { libelle: e.lastError.libelle } : {}) };
}
