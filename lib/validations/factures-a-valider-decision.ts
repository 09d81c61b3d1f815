// The validator's decision (traiter/factureAValider), shared by the detail form, the review queue
// and the server action. Messages are French and sit beside the field they concern.
import { z } from "zod";

export const DECISIONS = ["VALIDATION", "REFUS"] as const;
export type Decision = (typeof DECISIONS)[number];

export const COMMENT_MAX = 255;

export const DecisionInput = z.object({
  idFacture: z.number().int().positive(),
  idStructureCPP: z.number().int().positive(),
  // One per decision: a double click or a retry never queues the write twice.
  requestId: z.uuid(),
  decision: z.enum(DECISIONS, { error: "Choisissez de valider ou de refuser la facture." }),
  motifRefus: z.string().trim().max(50).optional(),
  complementInfo: z.string().trim().max(COMMENT_MAX, { error: `Le commentaire ne doit pas dépasser ${COMMENT_MAX} caractères.` }).optional(),
}).superRefine((v, ctx) => {
  if (v.decision !== "REFUS") return;
  if (!v.motifRefus) ctx.addIssue({ code: "custom", path: ["motifRefus"], message: "Choisissez le motif du refus." });
  if (!v.complementInfo) ctx.addIssue({ code: "custom", path: ["complementInfo"], message: "Expliquez le refus au fournisseur : le commentaire est obligatoire." });
});
export type DecisionInput = z.infer<typeof DecisionInput>;

export const DecisionStatusInput = z.object({
  idStructureCPP: z.number().int().positive(),
  outboxId: z.uuid(),
});
