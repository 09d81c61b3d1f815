// The ONE table of codeRetour / libellé / HTTP status the sandbox answers with.
// CONTRACT §4.0: the official annex of error messages was not obtained, so apart from the rows tagged SEEN
// the numbers are INFERRED (per-operation numbering in the 20000 range, libellé "<DOMAIN>_MSG_<nn>.<nnn> - texte").
// HTTP status per CONTRACT §4.0 recommendation: 200 + codeRetour≠0 for empty searches, 400 + envelope for
// invalid input/state, 413 for sizes.

export const ERRORS = {
  // SEEN: success libellés (GO fixtures, MFP; COMM show-detailed-report).
  OK_FACTURES: { codeRetour: 0, libelle: "GCU_MSG_01_000", http: 200 },
  OK_TRANSVERSES: { codeRetour: 0, libelle: "TRA_MSG_00.000", http: 200 },
  // SEEN [PASTELL]: empty search = 20000 / TRA_MSG_00.015 with HTTP 200. INFERRED: same code for every facture search.
  SEARCH_EMPTY: { codeRetour: 20000, libelle: "TRA_MSG_00.015 - Aucun élément trouvé pour les critères de recherche.", http: 200 },
  // SEEN [CPP2017 Gobal.cs / LIFECYCLE §8].
  DP_UNKNOWN: { codeRetour: 20000, libelle: "GDP_MSG_11.008 - La demande de paiement est inconnue.", http: 400 },
  DP_NOT_ALLOWED: { codeRetour: 20001, libelle: "GDP_MSG_11.005 - L'utilisateur n'est pas habilité à agir sur la demande de paiement.", http: 400 },
  COMPLETER_NOT_SUSPENDUE: { codeRetour: 20002, libelle: "GDP_MSG_11.033 - Le statut de la demande de paiement n'est pas Suspendue.", http: 400 },
  // INFERRED (LIFECYCLE §8): one dedicated code for every other forbidden transition.
  STATE_FORBIDDEN: { codeRetour: 20010, libelle: "GDP_MSG_11.001 - Action impossible dans l'état actuel de la demande de paiement.", http: 400 },
  MOTIF_REQUIRED: { codeRetour: 20011, libelle: "GDP_MSG_11.040 - Le motif est obligatoire pour ce statut.", http: 400 },
  MOTIF_REFUS_REQUIRED: { codeRetour: 20012, libelle: "GDP_MSG_11.041 - Le motif de refus est obligatoire.", http: 400 },
  ACTION_UNKNOWN: { codeRetour: 20013, libelle: "GDP_MSG_11.042 - Action de traitement inconnue.", http: 400 },
  // SEEN-3P [KROSOFT]: unknown flux.
  FLUX_UNKNOWN: { codeRetour: 20001, libelle: "POQ_MSG_01.003 - Flux introuvable.", http: 400 },
  // SEEN-3P [OMNIBILL]: flux too large; HTTP 413 per the brief.
  FLUX_TOO_LARGE: { codeRetour: 20001, libelle: "GDP_MSG_11.022 - La taille du fichier dépasse la limite autorisée.", http: 413 },
  FLUX_SYNTAXE_INVALID: { codeRetour: 20002, libelle: "GDP_MSG_11.023 - Syntaxe de flux non supportée.", http: 400 },
  // SEEN [SW-FACT descriptions]: sizes → HTTP 413.
  PDF_TOO_LARGE: { codeRetour: 20003, libelle: "GDP_MSG_11.024 - Le fichier PDF dépasse la taille maximale de 10 Mo.", http: 413 },
  PDF_INVALID: { codeRetour: 20004, libelle: "GDP_MSG_11.025 - Le fichier n'est pas un PDF valide.", http: 400 },
  TELECHARGER_TOO_LARGE: { codeRetour: 20005, libelle: "GDP_MSG_11.026 - La taille du dossier de facturation dépasse 120 Mo.", http: 413 },
  TELECHARGER_TOO_MANY: { codeRetour: 20006, libelle: "GDP_MSG_11.027 - Nombre maximal de factures par téléchargement dépassé.", http: 400 },
  // SEEN [COMM add-file-in-system]: attachment over 10 MB = 20003.
  PJ_TOO_LARGE: { codeRetour: 20003, libelle: "TRA_MSG_00.020 - La pièce jointe dépasse la taille maximale de 10 Mo.", http: 400 },
  PJ_NAME_TOO_LONG: { codeRetour: 20004, libelle: "TRA_MSG_00.021 - Le nom de la pièce jointe dépasse 50 caractères.", http: 400 },
  PJ_EXTENSION: { codeRetour: 20005, libelle: "TRA_MSG_00.022 - Extension de pièce jointe non autorisée.", http: 400 },
  PJ_UNKNOWN: { codeRetour: 20006, libelle: "TRA_MSG_00.023 - Pièce jointe inconnue.", http: 400 },
  // Submission checks (soumettre, flux, recycler) — codes INFERRED.
  DESTINATAIRE_INCONNU: { codeRetour: 20101, libelle: "GCU_MSG_01.101 - Le destinataire est inconnu.", http: 400 },
  DESTINATAIRE_INACTIF: { codeRetour: 20102, libelle: "GCU_MSG_01.102 - Le destinataire n'est pas actif.", http: 400 },
  SERVICE_OBLIGATOIRE: { codeRetour: 20103, libelle: "GCU_MSG_01.103 - Le code service est obligatoire pour ce destinataire.", http: 400 },
  EJ_OBLIGATOIRE: { codeRetour: 20104, libelle: "GCU_MSG_01.104 - Le numéro d'engagement est obligatoire pour ce destinataire.", http: 400 },
  SERVICE_OU_EJ_OBLIGATOIRE: { codeRetour: 20105, libelle: "GCU_MSG_01.105 - Le code service ou le numéro d'engagement est obligatoire pour ce destinataire.", http: 400 },
  SERVICE_INCONNU: { codeRetour: 20106, libelle: "GCU_MSG_01.106 - Le service exécutant est inconnu pour ce destinataire.", http: 400 },
  SERVICE_INACTIF: { codeRetour: 20107, libelle: "GCU_MSG_01.107 - Le service exécutant n'est pas actif.", http: 400 },
  MONTANTS_INCOHERENTS: { codeRetour: 20108, libelle: "GCU_MSG_01.108 - Les montants de la facture sont incohérents.", http: 400 },
  NUMERO_DEJA_UTILISE: { codeRetour: 20109, libelle: "GCU_MSG_01.109 - Le numéro de facture est déjà utilisé pour ce fournisseur.", http: 400 },
  VALIDEUR_OBLIGATOIRE: { codeRetour: 20110, libelle: "GCU_MSG_01.110 - La structure valideur est obligatoire pour ce cadre de facturation.", http: 400 },
  VALIDEUR_INCONNU: { codeRetour: 20111, libelle: "GCU_MSG_01.111 - La structure valideur est inconnue.", http: 400 },
  A2_MONTANT_A_PAYER: { codeRetour: 20112, libelle: "GCU_MSG_01.112 - Le montant à payer doit être nul pour une facture déjà payée.", http: 400 },
  FOURNISSEUR_INVALIDE: { codeRetour: 20113, libelle: "GCU_MSG_01.113 - Le fournisseur ne correspond pas au compte technique.", http: 400 },
  SERVICE_FOURNISSEUR_INCONNU: { codeRetour: 20114, libelle: "GCU_MSG_01.114 - Le service fournisseur est inconnu.", http: 400 },
  // INFERRED (INFERRED.coordBancairesFournisseurChecked): soumettre naming an account that is not one of the supplier's valid ones.
  COORD_BANCAIRES_INCONNUES: { codeRetour: 20115, libelle: "GCU_MSG_01.115 - Les coordonnées bancaires ne correspondent à aucun compte valide du fournisseur.", http: 400 },
  // FacturesTravaux (LIFECYCLE §5). SEEN [PASTELL; COMM search-works-invoice]: empty search = 20007 / GFT_MSG_01.075.
  GFT_SEARCH_EMPTY: { codeRetour: 20007, libelle: "GFT_MSG_01.075 - Aucune facture de travaux ne correspond aux critères de recherche.", http: 200 },
  // INFERRED: the codes below (no annex obtained); libellés follow the GFT_MSG pattern of the SEEN row.
  TRAVAUX_CADRE_INVALIDE: { codeRetour: 20201, libelle: "GFT_MSG_01.101 - Cadre de facturation de travaux invalide.", http: 400 },
  PIECE_PRECEDENTE_OBLIGATOIRE: { codeRetour: 20202, libelle: "GFT_MSG_01.102 - La pièce précédente du dossier de facturation est obligatoire pour ce cadre.", http: 400 },
  PIECE_HORS_SEQUENCE: { codeRetour: 20203, libelle: "GFT_MSG_01.103 - Cette pièce ne peut pas suivre la pièce précédente indiquée (ordre des pièces du dossier).", http: 400 },
  PIECE_DEJA_ASSOCIEE: { codeRetour: 20204, libelle: "GFT_MSG_01.104 - La pièce précédente a déjà une pièce suivante.", http: 400 },
  MONTANT_PIECE_PRECEDENTE: { codeRetour: 20205, libelle: "GFT_MSG_01.105 - Les montants doivent reprendre ceux de la pièce précédente.", http: 400 },
  REFUS_MONTANT_INTERDIT: { codeRetour: 20206, libelle: "GFT_MSG_01.106 - Une erreur de montant ne permet pas de refuser une pièce de travaux : corrigez le montant dans la pièce suivante.", http: 400 },
  MOTIF_REFUS_TRAVAUX_INCONNU: { codeRetour: 20207, libelle: "GFT_MSG_01.107 - Motif de refus inconnu ou non applicable à cette étape.", http: 400 },
  MOE_INCONNUE: { codeRetour: 20208, libelle: "GFT_MSG_01.108 - La maîtrise d'œuvre est inconnue.", http: 400 },
  MOA_INCONNUE: { codeRetour: 20209, libelle: "GFT_MSG_01.109 - La maîtrise d'ouvrage est inconnue.", http: 400 },
  COMMENTAIRE_OBLIGATOIRE: { codeRetour: 20210, libelle: "GFT_MSG_01.110 - Le commentaire est obligatoire.", http: 400 },
  DOSSIER_INCONNU: { codeRetour: 20211, libelle: "GFT_MSG_01.111 - Le dossier de facturation est inconnu.", http: 400 },
  // Engagements juridiques: INFERRED (same "no result" code as the other searches).
  EJ_SEARCH_EMPTY: { codeRetour: 20000, libelle: "TRA_MSG_00.015 - Aucun engagement juridique trouvé pour les critères de recherche.", http: 200 },
  // Generic input / user errors (INFERRED).
  PARAM_INVALID: { codeRetour: 20098, libelle: "GCU_MSG_01.001 - Paramètre invalide", http: 400 },
  USER_UNKNOWN: { codeRetour: 20099, libelle: "GCU_MSG_01.002 - L'utilisateur courant n'est pas rattaché à la structure du compte technique.", http: 400 },
  STRUCTURE_INCONNUE: { codeRetour: 20100, libelle: "TRA_MSG_00.010 - Structure inconnue.", http: 400 },
  SIRET_INCONNU: { codeRetour: 20100, libelle: "TRA_MSG_00.011 - SIRET inconnu.", http: 400 },
  // Gateway (not business errors; JSON bodies are sandbox choices).
  MALFORMED_JSON: { codeRetour: 400, libelle: "Requête mal formulée : JSON invalide.", http: 400 },
  UNSUPPORTED_MEDIA: { codeRetour: 415, libelle: "Format de la requête non supporté : application/json attendu.", http: 415 },
  NOT_ACCEPTABLE: { codeRetour: 406, libelle: "Format de réponse non acceptable : application/json uniquement.", http: 406 },
  PAYLOAD_TOO_LARGE: { codeRetour: 413, libelle: "Requête trop volumineuse.", http: 413 },
  TOO_MANY_REQUESTS: { codeRetour: 429, libelle: "Trop de requêtes.", http: 429 },
  UNAUTHORIZED: { codeRetour: 401, libelle: "Problème d'authentification", http: 401 },
  NOT_FOUND: { codeRetour: 404, libelle: "API non trouvée", http: 404 },
  METHOD_NOT_ALLOWED: { codeRetour: 405, libelle: "Méthode non autorisée", http: 405 },
  INTERNAL: { codeRetour: 500, libelle: "Erreur interne du serveur", http: 500 },
} as const satisfies Record<string, { codeRetour: number; libelle: string; http: number }>;

export type ErrorKey = keyof typeof ERRORS;

/** Thrown by handlers and the model; the server turns it into the codeRetour/libelle envelope. */
export class BusinessError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly detail?: string,
  ) {
    super(`${ERRORS[key].libelle}${detail ? ` (${detail})` : ""}`);
  }
  get http(): number {
    return ERRORS[this.key].http;
  }
  envelope(): { codeRetour: number; libelle: string } {
    const e = ERRORS[this.key];
    return { codeRetour: e.codeRetour, libelle: this.detail ? `${e.libelle} ${this.detail}` : e.libelle };
  }
}

/** Référentiel des Organisations errors: HTTP status + `{error, message, detail}` items (CONTRACT §5.1).
 * SEEN: NotFoundReference, ParamsInvalidUuidStructures. INFERRED: the others' names and statuses. */
export const ORGA_ERRORS = {
  NotFoundReference: { http: 400, message: "Aucun élément trouvé" },
  ParamsInvalidUuidStructures: { http: 400, message: "L'identifiant n'est ni un UUID, ni un SIRET, ni un numéro de TVA intracommunautaire" },
  ParamsInvalid: { http: 400, message: "Paramètres invalides" },
  CodeServiceAlreadyExists: { http: 400, message: "Le code service existe déjà pour cette structure" },
  Forbidden: { http: 403, message: "Action non autorisée pour ce compte technique" },
} as const;
export type OrgaErrorKey = keyof typeof ORGA_ERRORS;

/** Thrown by organisations handlers; answered as an array body (no codeRetour envelope). */
export class OrgaError extends Error {
  constructor(readonly key: OrgaErrorKey, readonly detail = "") { super(ORGA_ERRORS[key].message); }
  reply() { return { status: ORGA_ERRORS[this.key].http, json: [{ error: this.key, message: ORGA_ERRORS[this.key].message, detail: this.detail }] }; }
}

export function ok(key: "OK_FACTURES" | "OK_TRANSVERSES" = "OK_FACTURES"): { codeRetour: number; libelle: string } {
  return { codeRetour: ERRORS[key].codeRetour, libelle: ERRORS[key].libelle };
}
