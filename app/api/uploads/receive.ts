import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import type { UploadKind } from "@/lib/uploads/limits";
import { writeUploadStream, type StoredFile } from "@/lib/uploads/store";

/** A refusal of the request itself (not of the file's content). */
export class UploadRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Received = { file: StoredFile; fileName: string };

/**
 * Streams the request body to disk: one multipart file field, or the raw body when the client
 * sends the file as is (name in the query). Never holds the file in memory.
 */
export async function receiveUpload(req: Request, opts: { dataDir: string; kind: UploadKind; rawName?: string }): Promise<Received> {
  if (!req.body) throw new UploadRequestError(400, "La requête ne contient aucun fichier.");
  const source = Readable.fromWeb(req.body as unknown as NodeWebStream<Uint8Array>);
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    if (!opts.rawName) throw new UploadRequestError(400, "Le nom du fichier manque (paramètre name).");
    try {
      return { file: await writeUploadStream(source, { dataDir: opts.dataDir, kind: opts.kind }), fileName: opts.rawName };
    } finally {
      source.destroy();
    }
  }
  return new Promise<Received>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: { "content-type": type }, defParamCharset: "utf8", limits: { files: 1, fields: 10, fieldSize: 1024 } });
    } catch {
      return reject(new UploadRequestError(400, "Le corps de la requête n'est pas un formulaire multipart valide."));
    }
    let pending: Promise<Received> | null = null;
    const stop = (err: unknown) => { source.unpipe(bb); source.destroy(); reject(err); };
    bb.on("file", (_field, stream, info) => {
      if (pending) { stream.resume(); return; }
      pending = writeUploadStream(stream, { dataDir: opts.dataDir, kind: opts.kind }).then((file) => ({ file, fileName: info.filename ?? "" }));
      // A refused file stops reading the request at once (the rest is never uploaded to disk).
      pending.catch(stop);
    });
    bb.on("error", () => stop(new UploadRequestError(400, "Le formulaire envoyé est illisible (envoi interrompu ?). Réessayez.")));
    bb.on("close", () => {
      if (!pending) return reject(new UploadRequestError(400, "La requête ne contient aucun fichier."));
      pending.then(resolve, reject);
    });
    source.on("error", () => stop(new UploadRequestError(400, "L'envoi du fichier a été interrompu. Réessayez.")));
    source.pipe(bb);
  });
}
