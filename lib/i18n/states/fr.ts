// Loading, empty and error states. Its own file: the root error boundary (a client component)
// imports it alone instead of every dictionary.
export const statesFr = {
  loading: "Chargement…",
  empty: "Rien à afficher pour le moment.",
  errorTitle: "Une erreur est survenue",
  errorBody: "La page n'a pas pu être affichée. Réessayez dans un instant.",
  retry: "Réessayer",
  notFoundTitle: "Page introuvable",
  notFoundBody: "L'adresse demandée n'existe pas ou n'est plus disponible.",
  forbiddenTitle: "Accès refusé",
  forbiddenBody: "Votre compte n'a pas les droits nécessaires pour cette page. La tentative a été enregistrée.",
  backHome: "Retour à l'accueil",
  unavailableTitle: "Service momentanément indisponible",
  dbDown: "La base de données du portail ne répond pas. Vos données ne sont pas perdues ; réessayez dans quelques minutes.",
  chorusDown: "Chorus Pro ne répond pas pour le moment. Vos envois en attente partiront automatiquement dès son retour.",
};
