// Every sandbox choice resting on a fact the contract tags INFERRED (or a gap), kept in one place so that a
// confirmation against the real API changes one line. Each entry says what it decides.

export const INFERRED = {
  // INFERRED (LIFECYCLE §7, §9): recycling is being withdrawn by the reform; "historic" profile keeps it on.
  recyclingEnabled: true,
  // INFERRED (LIFECYCLE §2.3): permissive traiter/recue matrix by default; strict variant available.
  strictTraiterMatrix: false,
  // INFERRED (LIFECYCLE §9): an A9 refused by its validator is still forwarded to the public recipient.
  a9RefusedIsForwarded: true,
  // INFERRED (CONTRACT §4.4): idUtilisateurCourant is optional; when absent the current user is the first user
  // attached to the technical account's structure.
  currentUserFallback: "first-user-of-structure" as const,
  // INFERRED (CONTRACT §2): some clients send no body for parameterless operations; treat it as {}.
  emptyBodyIsEmptyObject: true,
  // INFERRED: health-check needs a bearer but no cpro-account (it answers for the platform, not an account).
  healthCheckNeedsAccount: false,
  // INFERRED (CONTRACT §7 "full allowed list: gap"): attachment extensions accepted by ajouter/fichier.
  attachmentExtensions: [
    "pdf", "jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp", "txt", "csv", "xml", "rtf", "odt", "ods", "odp",
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "p7s", "htm", "html", "msg", "eml",
  ] as readonly string[],
  // INFERRED (CONTRACT §6.5): flux states walked by the emulator, in order, before the final state.
  fluxPendingStates: ["IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP", "IN_EN_COURS_TRAITEMENT_CPP"] as const,
  // INFERRED: a recipient sees an invoice once it has been made available (MISE_A_DISPOSITION reached once).
  recipientSeesFrom: "MISE_A_DISPOSITION" as const,
  // INFERRED: default search order when triColonne is absent = most recent deposit first.
  defaultSort: { column: "DateDepot", sens: "Descendant" } as const,
  // INFERRED (Chorus Pro EN 16931 usage): service code = BT-10 BuyerReference, EJ = BT-13 order reference.
  fluxServiceCodeField: "BuyerReference",
  fluxEngagementField: "OrderReference / BuyerOrderReferencedDocument",
  // INFERRED (CONTRACT §4.0): EJ number is carried by references.numeroBonCommande in soumettre.
  engagementField: "numeroBonCommande",
  // INFERRED: roleUtilisateur of monCompte/recuperer/rattachements for each portal role (values: gap).
  roleUtilisateur: { admin: "GESTIONNAIRE_PRINCIPAL", default: "UTILISATEUR" } as const,
  // INFERRED (CONTRACT §4.1): telecharger/groupe format PIVOT answers one XML per invoice instead of a PDF.
  pivotIsXml: true,
  // INFERRED: tolerance when checking totals (one cent per line, EN 16931 rounding per VAT breakdown).
  amountToleranceCents: 1,
  // INFERRED (CONTRACT §4.0): Java pagination artefacts (champsDeTri, ordreTriGenerique…) are ignored; GO's
  // "triSense" and "Ascendant " (trailing space) are accepted on input, never emitted.
  lenientPagination: true,
  // INFERRED: codeInterfaceDepotFlux reported by consulterCRDetaille (official example "FSO1110A").
  codeInterfaceDepotFlux: "FSO1110A",
  // INFERRED: telecharger/groupe by the recipient marks factureTelechargeeParDestinataire and logs the action.
  downloadMarksRecipientAction: true,
  // INFERRED: a technical account whose password expired gets 401 with this WWW-Authenticate error token.
  expiredPasswordError: "expired_password",
  // INFERRED (no published quota): default PISTE rate per client and per second.
  defaultRateLimitPerSecond: 2000,
  // --- FacturesTravaux (CONTRACT §4.5, LIFECYCLE §5) ---
  // INFERRED (LIFECYCLE §9): PISTE paths keep the legacy names under /cpro/facturesTravaux/v1/; soumettre and
  // prendre en compte (paths: gap) are "soumettre" and "prendreencompte", the motif list "recuperer/motifsrefus".
  travauxPaths: { soumettre: "soumettre", prendreEnCompte: "prendreencompte", motifsRefus: "recuperer/motifsrefus" },
  // INFERRED: request/response field names of the works operations whose bodies were not found reuse the SEEN
  // ones (idFactureTravaux, commentaire, motif…) — see sandbox/README.md "FacturesTravaux".
  travauxIdField: "idFactureTravaux",
  // INFERRED: success libellé of every works operation = the one SEEN on suspendre/demander/completer.
  travauxOkLibelle: "TRA_MSG_00.000",
  // INFERRED (LIFECYCLE §5.2 "S then P"): the platform step DEPOSEE → arrival status is synchronous (both rows in
  // the history), so that the next actor can act at once.
  travauxArrivalSync: true,
  // INFERRED: A10/A11/A13/A14 name the titulaire (mandataire) as validator; the piece waits in A_VALIDER_MOE
  // ("to validate before the MOE") until the validator takes it into account, then goes to MISE_A_DISPOSITION_MOE.
  travauxValidatorStatus: "A_VALIDER_MOE",
  // INFERRED: a validator refusal other than MAUVAIS_VALIDEUR ends the piece in REFUSEE_1.
  travauxValidatorRefusal: "REFUSEE_1",
  // INFERRED (KB-MONTANT: the 19/02/2025 motif's code is unknown): motif codes denoting an amount error.
  travauxAmountMotifs: ["ERREUR_MONTANT", "MONTANT_ERR", "ERR_MONTANT"] as readonly string[],
  // INFERRED: when the opener names no MOA the recipient is the MOA; no MOE → the MOA structure's MOE.
  travauxMoaDefaultsToRecipient: true,
  // INFERRED: a signed DG (A8) must carry the DG's amounts (the supplier signs, with or without reserves, but
  // does not change them); other pieces may rectify amounts (LIFECYCLE §5.2) and the change is logged.
  travauxSameAmountsAfter: { A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR: true } as Record<string, boolean>,
  // --- Structures / Organisations / Engagements / PPF ---
  // INFERRED: structure uuid = md5("structure:<idStructureCPP>"), service uuid = md5("service:<idService>").
  uuidScheme: "md5(kind:id)",
  // INFERRED: PATCH parametres-edi and POST /services are allowed only on the technical account's own structure.
  orgaWriteOwnStructureOnly: true,
  // INFERRED: rechercher/espaces answers one space per service of the structure (espaces are not documented).
  espaces: { PRIVEE: [[1, "Factures émises"]], PUBLIQUE: [[2, "Factures reçues"]], travaux: [[3, "Factures de travaux"]] } as Record<string, [number, string][]>,
  // INFERRED: engagement item fields (only the request is SEEN, OCA).
  engagementItemFields: ["idEngagementJuridique", "numeroEngagementJuridique", "etatCourantEngagementJuridique", "structureReceptriceEngagementJuridique"],
  // INFERRED: PPF annuaire paths served under /ppf/annuaire-public/v1 (real server path); bearer only, no
  // cpro-account; default page size 100 when "limite" is absent, 206 when more results exist than returned.
  ppfBasePath: "/ppf/annuaire-public/v1",
  ppfDefaultLimit: 100,
  // --- Bank details and structure attachments (CONTRACT §4.1 fournisseur block, §4.2 pj, §6.3) ---
  // INFERRED (gap: how an IBAN is split): in an invoice's fournisseur block, type IBAN carries
  // coordBancairesFournisseurCodePays = the 2 letters, coordBancairesFournisseurCleIban = the 2 check digits and
  // coordBancairesFournisseurCompteBancaire = the BBAN (the rest), as the Chorus Pro bank-details form asks them;
  // a French BBAN also fills codeBanque, codeGuichet and cleRib (its parts).
  ibanWireSplit: "codePays + cleIban + compteBancaire(BBAN)",
  // INFERRED (gap: the soumettre error table was not obtained): fournisseur.codeCoordonneesBancairesFournisseur must
  // be the idCoordonneeBancaire of one of the supplier structure's valid accounts (coordbanc/valides); any other id
  // (another structure's, an unknown one) is refused with COORD_BANCAIRES_INCONNUES and nothing is created. When
  // present, the account is stored on the invoice and consulter answers its coordBancaires* fields; when absent,
  // the invoice names no account.
  coordBancairesFournisseurChecked: true,
  // INFERRED: rechercher/pj/structure lists the caller's own structure only (another one → empty, 20000);
  // pieceJointeTypeCode is the PJ typeObjet (STRUCTURE, CB — the values GO lists) and pieceJointeObjetId the id
  // of that object (idStructureCPP, idCoordonneeBancaire), which is how a RIB is tied to its account.
  structurePjTypes: { STRUCTURE: [1, "Pièce jointe de la structure"], CB: [2, "Coordonnées bancaires"] } as Record<string, [number, string]>,
  // INFERRED (gap: one file or a ZIP): telecharger/pieceJointe with objetPieceJointe STRUCTURE_PIECEJOINTE or
  // STRUCTURE_COORDONNEE_BANCAIRE answers a ZIP of every attachment of that kind of the structure (entries named
  // by pieceJointeDesignation), even when there is one — as telecharger/groupe always zips. Only the structure's
  // own technical account gets them; any other structure → PJ_UNKNOWN (no leak).
  structurePjDownloadIsZip: true,
} as const;
