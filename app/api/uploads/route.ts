import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { uploads } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { sniffType } from "@/lib/uploads/sniff-type";
import { checkStoredUpload, MAX_UPLOAD_BYTES, MIME_TYPES, removeStoredFile, tooLargeMessage, UploadTooLargeError } from "@/lib/uploads/store";
import { receiveUpload, UploadRequestError } from "./receive";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Multipart boundaries and part headers around the file: a few hundred bytes in practice.
const MULTIPART_SLACK = 16 * 1024;

const Query = z.object({
  kind: z.enum(["attachment", "pdf", "flux"], { error: "Type d'envoi inconnu (attendu : attachment, pdf ou flux)." }),
  structure: z.coerce.number({ error: "Structure manquante." }).int().positive({ error: "Structure manquante." }),
  name: z.string().max(1000).optional(),
});

const json = (status: number, body: object) => NextResponse.json(body, { status });

/**
 * POST /api/uploads?kind=flux|pdf|attachment&structure=<idStructureCPP>[&name=<raw body name>]
 * Streams the file to DATA_DIR/uploads, checks it by content, records it for the structure.
 */
export async function POST(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return json(401, { error: "Votre session a expiré. Reconnectez-vous pour continuer." });
  const q = Query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!q.success) return json(400, { error: q.error.issues[0]?.message ?? "Requête invalide." });
  const { kind, structure, name } = q.data;
  const audit = { action: "uploads.create", accountId: user.id, accountEmail: user.email, idStructureCPP: structure };
  if (!canActOn(user, structure, ["fournisseur"])) {
    await writeAudit({ ...audit, outcome: "denied", detail: { required: ["fournisseur"] } });
    return json(403, { error: "Vous n'avez pas le rôle fournisseur sur cette structure : vous ne pouvez pas y déposer de fichier." });
  }
  // Refused before reading a byte of the body when the browser announces the size.
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES[kind] + MULTIPART_SLACK) {
    await writeAudit({ ...audit, outcome: "denied", detail: { reason: "too_large", declared } });
    return json(413, { error: tooLargeMessage(kind) });
  }
  let received;
  try {
    received = await receiveUpload(req, { dataDir: env.DATA_DIR, kind, rawName: name });
  } catch (err) {
    if (err instanceof UploadTooLargeError) return json(413, { error: err.message });
    if (err instanceof UploadRequestError) return json(err.status, { error: err.message });
    logger.error({ err }, "upload failed");
    return json(500, { error: "L'envoi du fichier a échoué de façon inattendue. Réessayez ; si cela persiste, contactez l'administrateur." });
  }
  const { file, fileName } = received;
  const issues = await checkStoredUpload(file, fileName, kind);
  if (issues.length > 0) {
    await removeStoredFile(file.absolutePath);
    await writeAudit({ ...audit, outcome: "denied", detail: { reason: "checks", codes: issues.map((i) => i.code) } });
    const lying = issues.some((i) => i.code === "CPP-CONTENU-EXTENSION");
    return json(lying ? 415 : 400, { error: issues.map((i) => i.message).join(" "), issues });
  }
  const mimeType = MIME_TYPES[sniffType(file.head)];
  const [row] = await getDb().insert(uploads).values({
    accountId: user.id, idStructureCPP: structure, kind, fileName, mimeType, size: file.size, sha256: file.sha256, storagePath: file.storagePath,
  }).returning({ id: uploads.id });
  await writeAudit({ ...audit, outcome: "success", subjectType: "upload", subjectId: row?.id ?? null, detail: { kind, size: file.size } });
  return json(201, { id: row?.id, fileName, size: file.size, kind });
}
