import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { uploads } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { resolveStoragePath } from "@/lib/uploads/store";

/** A refusal meant for the person (authedAction shows userMessage as is). */
export class DepotError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

/** An upload of this account for this structure, or a French refusal (never another's file). */
export async function ownUpload(id: string, accountId: string, idStructureCPP: number, kind: "pdf" | "flux" | "attachment") {
  const [row] = await getDb().select().from(uploads)
    .where(and(eq(uploads.id, id), eq(uploads.accountId, accountId), eq(uploads.idStructureCPP, idStructureCPP), eq(uploads.kind, kind))).limit(1);
  if (!row) throw new DepotError("Ce fichier est introuvable : envoyez-le à nouveau.");
  return { ...row, absolutePath: resolveStoragePath(env.DATA_DIR, row.storagePath) };
}
