"use server";

import type { z } from "zod";
import { authedAction } from "@/lib/actions/result";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { CurrentUser, Rattachement } from "@/lib/auth/current-user";
import { consulterFactureTravaux } from "@/lib/chorus-pro";
import { cadreInfo } from "@/lib/travaux/cadres";
import type { TravauxAction } from "@/lib/travaux/rules";
import {
  CommentaireInput, CompleterInput, PieceActionInput, RecyclerInput, RefuserInput, ServiceMoeInput, ValideurInput,
} from "@/lib/validations/travaux";
import { guardedPiece, sendThroughOutbox, TravauxError } from "./guard";

// Every works action: coarse role check on the structure (authedAction), then the rules table against
// the piece's state fetched now (guardedPiece), then the write through the outbox.
type Base = { idStructureCPP: number; idFactureTravaux: number; requestId: string };
const ROLES = ["fournisseur", "moe", "moa"] as const;
const opts = <S extends z.ZodType<Base>>(action: string, schema: S) => ({
  action, roles: ROLES, schema,
  structureOf: (i: z.infer<S>) => i.idStructureCPP,
  subjectOf: (i: z.infer<S>) => ({ type: "factureTravaux", id: String(i.idFactureTravaux) }),
});

async function run(user: CurrentUser, r: Rattachement, input: Base, action: TravauxAction, kind: string, payload: (p: Awaited<ReturnType<typeof guardedPiece>>) => object) {
  const ctx = await chorusContextFor(r);
  const piece = await guardedPiece(ctx, r, input.idFactureTravaux, action);
  return sendThroughOutbox({
    kind, idStructureCPP: r.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id, idUtilisateurCourant: r.idUtilisateurCourant,
    payload: { idFactureTravaux: input.idFactureTravaux, ...payload(piece) }, dedupKey: `travaux:${action}:${input.requestId}`,
    subjectType: "factureTravaux", subjectId: String(input.idFactureTravaux),
  });
}

export const prendreEnCompteAction = authedAction(opts("facturesTravaux.prendreEnCompte", PieceActionInput), ({ user, rattachement, input }) =>
  run(user, rattachement, input, "prendreEnCompte", "facturesTravaux.prendreEnCompte", () => ({})));

export const refuserAction = authedAction(opts("facturesTravaux.refuser", RefuserInput), ({ user, rattachement, input }) =>
  run(user, rattachement, input, "refuser", "facturesTravaux.refuser", () => ({ codeMotif: input.codeMotif, commentaire: input.commentaire })));

export const demanderCompletionAction = authedAction(opts("facturesTravaux.suspendreDemanderCompleter", CommentaireInput), ({ user, rattachement, input }) =>
  run(user, rattachement, input, "demanderCompletion", "facturesTravaux.suspendreDemanderCompleter", () => ({ commentaire: input.commentaire })));

export const demanderRecyclageAction = authedAction(opts("facturesTravaux.demanderRecyclage", CommentaireInput), ({ user, rattachement, input }) =>
  run(user, rattachement, input, "demanderRecyclage", "facturesTravaux.demanderRecyclage", () => ({ commentaire: input.commentaire })));

/** completer (supplier's pieces) or completermoe (the MOE's own pieces): the piece's cadre picks the operation. */
export const completerAction = authedAction(opts("facturesTravaux.completer", CompleterInput), async ({ user, rattachement, input }) => {
  const ctx = await chorusContextFor(rattachement);
  const piece = await consulterFactureTravaux(ctx, { idFactureTravaux: input.idFactureTravaux });
  const byMoe = cadreInfo(piece.cadreFacturation)?.depositor === "moe";
  return run(user, rattachement, input, byMoe ? "completerMoe" : "completer", byMoe ? "facturesTravaux.completerMoe" : "facturesTravaux.completer", () => ({ commentaire: input.commentaire }));
});

export const completerServiceMoeAction = authedAction(opts("facturesTravaux.completerServiceMoe", ServiceMoeInput), ({ user, rattachement, input }) =>
  run(user, rattachement, input, "completerServiceMoe", "facturesTravaux.completerServiceMoe", () => ({ codeServiceMoe: input.codeServiceMoe })));

export const corrigerValideurAction = authedAction(opts("facturesTravaux.corrigerValideur", ValideurInput), ({ user, rattachement, input }) =>
  run(user, rattachement, input, "corrigerValideur", "facturesTravaux.corrigerValideur", () => ({ identifiantStructureValideur: input.siretValideur })));

export const recyclerAction = authedAction(opts("facturesTravaux.recycler", RecyclerInput), ({ user, rattachement, input }) =>
  run(user, rattachement, input, "recycler", "facturesTravaux.recycler", (p) => {
    if (input.siretDestinataire && input.siretDestinataire === p.destinataire?.identifiantStructure && !input.codeServiceExecutant && !input.siretMoe && !input.numeroBonCommande) {
      throw new TravauxError("Le destinataire indiqué est celui de la pièce : indiquez le bon destinataire, service ou maîtrise d'œuvre.");
    }
    return {
      identifiantDestinataire: input.siretDestinataire, codeServiceExecutant: input.codeServiceExecutant,
      identifiantMoe: input.siretMoe, numeroBonCommande: input.numeroBonCommande,
    };
  }));
