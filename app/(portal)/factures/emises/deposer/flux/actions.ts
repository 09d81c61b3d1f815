"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { authedAction } from "@/lib/actions/result";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { getDb } from "@/lib/db/client";
import { fluxDeposits } from "@/lib/db/schema";
import { awaitOutcome, enqueue } from "@/lib/outbox/queue";
import type { DeposerFluxUploadPayload } from "@/lib/outbox/file-senders";
import { chorusFileName } from "@/lib/uploads/check-upload-name";
import { checkFlux, fluxIsDepositable } from "../_lib/flux-checks";
import { DepotError, ownUpload } from "../_lib/uploads";

const Input = z.object({
  uploadId: z.uuid({ error: "Fichier inconnu : envoyez-le à nouveau." }),
  idStructureCPP: z.number().int().positive(),
});

export const checkFluxAction = authedAction(
  { action: "depot.flux.check", roles: ["fournisseur"], schema: Input, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "upload", id: i.uploadId }) },
  async ({ user, rattachement, input }) => {
    const upload = await ownUpload(input.uploadId, user.id, input.idStructureCPP, "flux");
    return checkFlux(await chorusContextFor(rattachement), upload.absolutePath, upload.fileName);
  },
);

/** Checks again (the browser's word is not enough), records the deposit, queues it. */
export const depositFluxAction = authedAction(
  { action: "depot.flux.deposit", roles: ["fournisseur"], schema: Input, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "upload", id: i.uploadId }) },
  async ({ user, rattachement, input }) => {
    const upload = await ownUpload(input.uploadId, user.id, input.idStructureCPP, "flux");
    const ctx = await chorusContextFor(rattachement);
    const check = await checkFlux(ctx, upload.absolutePath, upload.fileName);
    if (!fluxIsDepositable(check) || !check.syntaxeFlux) throw new DepotError("Le flux contient des erreurs : corrigez-les avant de le déposer.");
    const db = getDb();
    const [existing] = await db.select({ id: fluxDeposits.id }).from(fluxDeposits).where(eq(fluxDeposits.uploadId, upload.id)).limit(1);
    const depositId = existing?.id ?? (await db.insert(fluxDeposits).values({
      accountId: user.id, idStructureCPP: input.idStructureCPP, uploadId: upload.id, syntaxeFlux: check.syntaxeFlux,
    }).returning({ id: fluxDeposits.id }))[0]?.id;
    if (!depositId) throw new Error("flux deposit not recorded");
    // A batch goes as ONE flux (as a .zip does): Chorus Pro opens the archive, the syntax is the
    // one every invoice inside shares, and a .tgz is named .tar.gz, the extension Chorus knows.
    const payload: DeposerFluxUploadPayload = { uploadId: upload.id, storagePath: upload.storagePath, nomFichier: chorusFileName(upload.fileName), syntaxeFlux: check.syntaxeFlux };
    const { id: outboxId } = await enqueue({
      kind: "factures.deposerFlux.upload", idStructureCPP: input.idStructureCPP, technicalAccountId: ctx.technicalAccountId,
      accountId: user.id, idUtilisateurCourant: rattachement.idUtilisateurCourant, payload,
      // One deposit per uploaded file: a double click never deposits it twice.
      dedupKey: `flux:${upload.id}`, subjectType: "flux_deposit", subjectId: depositId,
    });
    await db.update(fluxDeposits).set({ outboxId }).where(eq(fluxDeposits.id, depositId));
    await awaitOutcome(outboxId, 3_000);
    return { depositId };
  },
);
