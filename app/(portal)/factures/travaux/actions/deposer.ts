"use server";

import { authedAction } from "@/lib/actions/result";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { consulterFactureTravaux } from "@/lib/chorus-pro";
import { cadreInfo, nextCadres, openingCadres, sequenceError } from "@/lib/travaux/cadres";
import { amountErrors } from "@/lib/travaux/checks";
import { actingRole, refusalReason } from "@/lib/travaux/rules";
import { PieceFormInput } from "@/lib/validations/travaux";
import { pieceState, sendThroughOutbox, TravauxError } from "./guard";

/**
 * soumettre a works piece: with no previous piece it opens a billing file (suppliers only); with one
 * it is the next piece of that file, deposited by the party whose turn it is, in the order of the
 * cadres (LIFECYCLE §5.2–§5.3). Everything is checked before anything is queued: nothing half-done.
 */
export const deposerPieceAction = authedAction({
  action: "facturesTravaux.soumettre", roles: ["fournisseur", "moe", "moa"], schema: PieceFormInput,
  structureOf: (i) => i.idStructureCPP,
  subjectOf: (i) => (i.idPiecePrecedente ? { type: "factureTravaux", id: String(i.idPiecePrecedente) } : null),
}, async ({ user, rattachement, input }) => {
  const ctx = await chorusContextFor(rattachement);
  const caller = { idStructureCPP: rattachement.idStructureCPP, roles: rattachement.roles };
  let previous: Awaited<ReturnType<typeof consulterFactureTravaux>> | undefined;
  if (input.idPiecePrecedente !== undefined) {
    previous = await consulterFactureTravaux(ctx, { idFactureTravaux: input.idPiecePrecedente });
    const state = pieceState(previous);
    const seq = sequenceError(input.cadre, { cadre: previous.cadreFacturation, idPieceSuivante: previous.idPieceSuivante });
    if (seq) throw new TravauxError(seq);
    const reason = refusalReason("deposerSuivante", state, caller);
    if (reason) throw new TravauxError(reason);
    const role = actingRole(state);
    if (!role || !nextCadres(previous.cadreFacturation, role).includes(input.cadre)) throw new TravauxError("Votre rôle dans ce dossier ne permet pas de déposer une pièce de ce cadre à cette étape.");
  } else {
    if (cadreInfo(input.cadre)?.after) throw new TravauxError(sequenceError(input.cadre, undefined) ?? "Pièce précédente obligatoire.");
    if (!rattachement.roles.includes("fournisseur") || !openingCadres("fournisseur").includes(input.cadre)) {
      throw new TravauxError("Seul un fournisseur (titulaire, sous-traitant ou cotraitant) ouvre un dossier de facturation de travaux.");
    }
  }
  const amounts = { montantHT: input.montantHT, montantTVA: input.montantTVA, montantTTC: input.montantTTC };
  const errs = amountErrors(amounts, input.cadre, previous);
  const first = Object.values(errs)[0];
  if (first) throw new TravauxError(first);
  const result = await sendThroughOutbox({
    kind: "facturesTravaux.soumettre", idStructureCPP: rattachement.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id,
    idUtilisateurCourant: rattachement.idUtilisateurCourant, dedupKey: `travaux:soumettre:${input.requestId}`,
    subjectType: "factureTravaux", subjectId: input.idPiecePrecedente ? String(input.idPiecePrecedente) : input.numero,
    payload: {
      numeroFactureSaisi: input.numero, dateFacture: input.dateFacture, modeDepot: "SAISIE_API",
      cadreDeFacturation: { codeCadreFacturation: input.cadre, ...(input.siretValideur ? { codeStructureValideur: input.siretValideur } : {}) },
      ...(input.idPiecePrecedente !== undefined ? { idPiecePrecedente: input.idPiecePrecedente } : {}),
      ...(input.siretDestinataire ? { destinataire: { codeDestinataire: input.siretDestinataire, ...(input.codeServiceExecutant ? { codeServiceExecutant: input.codeServiceExecutant } : {}) } } : {}),
      ...(input.siretMoe ? { moe: { identifiantMoe: input.siretMoe } } : {}),
      references: { numeroMarche: input.numeroMarche, numeroBonCommande: input.numeroBonCommande },
      montantTotal: { montantHtTotal: input.montantHT, montantTVA: input.montantTVA, montantTtcTotal: input.montantTTC },
      ...(input.commentaire ? { commentaire: input.commentaire } : {}),
    },
  });
  return result;
});
