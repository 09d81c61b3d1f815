"use server";

import { authedAction } from "@/lib/actions/result";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { rechercherDestinataires, referentiel, type SoumettreFactureInput } from "@/lib/chorus-pro";
import { awaitOutcome, enqueue } from "@/lib/outbox/queue";
import type { AjouterFichierUploadPayload } from "@/lib/outbox/file-senders";
import { PdfDepositInput } from "../_lib/pdf-schema";
import { DepotError, ownUpload } from "../_lib/uploads";

export type PdfDepositState =
  | { stage: "attaching" }
  | { stage: "queued" }
  | { stage: "sent"; identifiantFactureCPP: number | null; numeroFacture: string; statut: string | null };

/**
 * ajouter/fichier (the PDF, streamed from disk) then soumettre DEPOT_PDF_API referencing it.
 * Each write has its own dedup key: calling again after « attaching » continues where it stopped.
 */
export const submitPdfAction = authedAction(
  { action: "depot.pdf.submit", roles: ["fournisseur"], schema: PdfDepositInput, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "upload", id: i.uploadId }) },
  async ({ user, rattachement, input }): Promise<PdfDepositState> => {
    const upload = await ownUpload(input.uploadId, user.id, input.idStructureCPP, "pdf");
    const ctx = await chorusContextFor(rattachement);
    const found = await rechercherDestinataires(ctx, { identifiant: input.siretDestinataire, parametresRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 5 } });
    const dest = found.items.find((d) => d.siret === input.siretDestinataire);
    if (!dest?.idStructureCPP) throw new DepotError(`Aucune structure publique active ne porte le SIRET ${input.siretDestinataire} dans Chorus Pro : vérifiez-le dans l'annuaire.`);
    const exigences = await referentiel.exigences(ctx, { idStructureCPP: dest.idStructureCPP, identifiant: input.siretDestinataire });
    if (exigences.codeServiceOuEngagement && !input.codeServiceExecutant && !input.numeroEngagement) throw new DepotError("Ce destinataire exige un code service ou un numéro d'engagement.");
    if (!exigences.codeServiceOuEngagement && exigences.codeService && !input.codeServiceExecutant) throw new DepotError("Ce destinataire exige un code service exécutant.");
    if (!exigences.codeServiceOuEngagement && exigences.numeroEngagement && !input.numeroEngagement) throw new DepotError("Ce destinataire exige un numéro d'engagement juridique.");

    const common = { idStructureCPP: input.idStructureCPP, technicalAccountId: ctx.technicalAccountId, accountId: user.id, idUtilisateurCourant: rattachement.idUtilisateurCourant };
    let pieceJointeId = upload.pieceJointeId;
    if (!pieceJointeId) {
      const payload: AjouterFichierUploadPayload = { uploadId: upload.id, storagePath: upload.storagePath, pieceJointeNom: upload.fileName, pieceJointeTypeMime: "application/pdf", pieceJointeExtension: "PDF" };
      const { id } = await enqueue({ ...common, kind: "transverses.ajouterFichier.upload", payload, dedupKey: `pdf-pj:${upload.id}`, subjectType: "upload", subjectId: upload.id });
      const entry = await awaitOutcome(id, 6_000);
      if (entry?.status === "failed") throw new DepotError(entry.lastError?.userMessage ?? "Chorus Pro a refusé le PDF.");
      pieceJointeId = (entry?.result as { pieceJointeId?: number } | null)?.pieceJointeId ?? null;
      if (!pieceJointeId) return { stage: "attaching" };
    }
    const soumission: SoumettreFactureInput = {
      modeDepot: "DEPOT_PDF_API", numeroFactureSaisi: input.numeroFacture, dateFacture: input.dateFacture,
      destinataire: { codeDestinataire: input.siretDestinataire, codeServiceExecutant: input.codeServiceExecutant },
      fournisseur: { idFournisseur: input.idStructureCPP },
      cadreDeFacturation: { codeCadreFacturation: "A1_FACTURE_FOURNISSEUR" },
      references: { deviseFacture: "EUR", typeFacture: "FACTURE", typeTva: "TVA_SUR_DEBIT", modePaiement: "VIREMENT", numeroBonCommande: input.numeroEngagement },
      montantTotal: { montantHtTotal: input.montantHT, montantTVA: input.montantTVA, montantTtcTotal: input.montantTTC, montantAPayer: input.montantTTC },
      pieceJointePrincipale: { pieceJointePrincipaleDesignation: upload.fileName, pieceJointePrincipaleId: pieceJointeId },
    };
    const { id } = await enqueue({ ...common, kind: "factures.soumettre", payload: soumission, dedupKey: `pdf-submit:${upload.id}`, subjectType: "upload", subjectId: upload.id });
    const entry = await awaitOutcome(id, 6_000);
    if (entry?.status === "failed") throw new DepotError(entry.lastError?.userMessage ?? "Chorus Pro a refusé la facture.");
    if (entry?.status !== "sent") return { stage: "queued" };
    const r = entry.result as { identifiantFactureCPP?: number; numeroFacture?: string; statutFacture?: string } | null;
    return { stage: "sent", identifiantFactureCPP: r?.identifiantFactureCPP ?? null, numeroFacture: r?.numeroFacture ?? input.numeroFacture, statut: r?.statutFacture ?? null };
  },
);
