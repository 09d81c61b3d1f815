// Messages of the "admin" namespace (French is the reference; en.ts has the same keys).
export const adminFr = {
  title: "Administration",
  tabs: { accueil: "Vue d'ensemble", comptes: "Comptes du portail", techniques: "Comptes techniques", journal: "Journal d'audit", sante: "Santé de la passerelle" },
  scope: "Vous administrez : {list}. Il n'existe pas de super-administrateur : chaque administrateur ne gère que les structures dont il est administrateur.",
  structure: "Structure", choose: "Choisir",
  expiry: { title: "Mot de passe de compte technique bientôt expiré", line: "{structure} : le mot de passe expire le {date} ({days} jours). Renouvelez-le dans Chorus Pro puis saisissez-le ici.", expired: "{structure} : le mot de passe a expiré le {date}." },
  authFailure: "Chorus Pro a refusé le compte technique (401) le {date}.",
  accounts: {
    region: "Comptes rattachés à vos structures", email: "E-mail", name: "Nom", state: "État", enabled: "Actif", disabled: "Désactivé", lastLogin: "Dernière connexion", rattachements: "Rattachements",
    create: "Créer un compte", password: "Mot de passe initial", passwordHelp: "12 caractères au moins, lettres et chiffres ou symboles. Communiquez-le à la personne par un autre canal.",
    roles: "Rôles sur la structure", idUtilisateur: "Identifiant utilisateur Chorus Pro", idUtilisateurHelp: "Envoyé comme idUtilisateurCourant dans les appels faits pour cette personne.",
    submitCreate: "Créer le compte", created: "Compte créé.", disable: "Désactiver {email}", enable: "Réactiver {email}", disabledDone: "Compte désactivé : ses sessions sont fermées.", enabledDone: "Compte réactivé.",
    reset: "Réinitialiser le mot de passe", newPassword: "Nouveau mot de passe", resetDone: "Mot de passe changé : les sessions ouvertes sont fermées.",
    assign: "Attribuer le rattachement", assigned: "Rattachement enregistré.", remove: "Retirer le rattachement", removed: "Rattachement retiré.",
    import: "Importer depuis Chorus Pro", importHelp: "Cherche, pour chacune de vos structures, si cet utilisateur Chorus Pro y est rattaché, et crée les rattachements trouvés.",
    imported: "{n} rattachement(s) importé(s) : {list}.", importedNone: "Aucun rattachement trouvé dans Chorus Pro pour cet utilisateur sur vos structures.",
    manage: "Gérer {email}", empty: "Aucun compte n'est rattaché à vos structures.",
  },
  roles: { fournisseur: "Fournisseur", valideur: "Valideur", gestionnaire: "Gestionnaire", moe: "Maître d'œuvre", moa: "Maître d'ouvrage", admin: "Administrateur" },
  technical: {
    region: "Comptes techniques de vos structures", login: "Identifiant du compte technique", loginHelp: "L'identifiant TECH_…@cpro.fr créé dans Chorus Pro (pas le client_id PISTE).",
    password: "Mot de passe", passwordHelp: "Vérifié auprès de Chorus Pro puis chiffré ; il ne sera plus jamais affiché.", save: "Enregistrer le compte technique", saved: "Identifiants acceptés par Chorus Pro et enregistrés (chiffrés).",
    test: "Tester la connexion", testOk: "Connexion réussie. Expiration du mot de passe : {date}.", none: "Aucun compte technique enregistré.", expires: "Expiration du mot de passe", lastCheck: "Dernier test",
    ok: "Réussi", ko: "Échec", never: "Jamais", flagged: "Refusé par Chorus Pro (401)", current: "Compte actuel",
  },
  journal: {
    region: "Lignes du journal", filters: "Filtres", account: "Compte (e-mail)", invoice: "Facture (identifiant)", action: "Action", outcome: "Résultat", from: "Du", to: "Au", all: "Tous",
    apply: "Filtrer", export: "Exporter en CSV", at: "Date", subject: "Objet", detail: "Détail", empty: "Aucune ligne ne correspond à ces filtres.",
    outcomes: { success: "Réussi", denied: "Refusé", error: "Erreur", pending: "En attente" }, total: "{n} ligne(s)",
    pagination: "Pagination du journal", previous: "Précédente", next: "Suivante", page: "Page {n}",
  },
  health: {
    gateway: "Appels à Chorus Pro (depuis le démarrage de cette instance, {since})", calls: "Appels", retries: "Nouveaux essais", tokenRenewals: "Renouvellements de jeton", tokenFailures: "Échecs de jeton",
    errors: "Erreurs par type", noErrors: "Aucune erreur.", byOperation: "Appels par opération", outbox: "File d'envoi de vos structures", status: "État", count: "Nombre",
    statuses: { pending: "En attente d'envoi", sending: "En cours", sent: "Envoyé", failed: "En échec", uncertain: "À vérifier" },
    failed: "Écritures en échec", noFailed: "Aucune écriture en échec.", kind: "Opération", error: "Erreur", attempts: "Essais", retry: "Relancer", retried: "Remis dans la file d'envoi.",
  },
};
