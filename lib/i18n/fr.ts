// French is the reference dictionary: every other language must have the same keys (en.ts).
// Features keep their messages in their own folder (factures/, saisie/, depot/…).
import { depotFr } from "./depot/fr";
import { statesFr } from "./states/fr";
import { recuesFr } from "./recues/fr";
import { aValiderFr } from "./a-valider/fr";
import { travauxFr } from "./travaux/fr";
import { structuresFr } from "./structures/fr";
import { adminFr } from "./admin/fr";
import { facturesFr } from "./factures/fr";
import { saisieFr } from "./saisie/fr";
import type { Widen } from "./widen";

export const fr = {
  app: { name: "Portail Chorus Pro", tagline: "Portail tiers à valeur ajoutée pour la facturation électronique publique" },
  nav: {
    label: "Navigation principale",
    emises: "Factures émises",
    travaux: "Factures de travaux",
    recues: "Factures reçues",
    "a-valider": "Factures à valider",
    structures: "Structures et services",
    admin: "Administration",
    skip: "Aller au contenu",
    signOut: "Se déconnecter",
    language: "Langue",
    structure: "Structure",
    structureHint: "Structure pour laquelle vous agissez",
  },
  mode: {
    sandbox: "Bac à sable",
    qualification: "Qualification",
    production: "Production",
    sandboxNotice: "Bac à sable : les données sont fictives et rien n'est envoyé à Chorus Pro.",
  },
  login: {
    title: "Connexion",
    intro: "Connectez-vous avec votre compte du portail.",
    email: "Adresse électronique",
    password: "Mot de passe",
    submit: "Se connecter",
    oidc: "Se connecter avec {name}",
    invalid: "Adresse électronique ou mot de passe incorrect.",
    throttled: "Trop de tentatives de connexion. Patientez une minute avant de réessayer.",
    oidcRefused: "Aucun compte du portail n'est associé à cette identité. Demandez à votre administrateur de vous créer un compte.",
    expired: "Votre session a expiré. Reconnectez-vous pour revenir à la page demandée.",
    demoTitle: "Comptes de démonstration",
    demoIntro: "En bac à sable, chaque compte se connecte d'un clic (mot de passe « sandbox »).",
    demoSignIn: "Se connecter en tant que {email}",
  },
  personas: {
    fournisseur: "Fournisseur",
    valideur: "Valideur",
    gestionnaire: "Gestionnaire (destinataire)",
    moe: "Maître d'œuvre",
    moa: "Maître d'ouvrage",
    admin: "Administrateur",
    multi: "Plusieurs rôles",
  },
  roles: {
    fournisseur: "Fournisseur",
    valideur: "Valideur",
    gestionnaire: "Gestionnaire",
    moe: "MOE",
    moa: "MOA",
    admin: "Administrateur",
  },
  home: {
    title: "Accueil",
    welcome: "Bonjour {name}",
    spaces: "Vos espaces",
    noSpace: "Votre compte n'est rattaché à aucune structure. Demandez à votre administrateur de vous rattacher.",
  },
  spaces: {
    emises: "Déposez, saisissez et suivez vos factures adressées aux entités publiques.",
    travaux: "Suivez les dossiers de facturation de vos marchés de travaux.",
    recues: "Traitez les factures reçues par vos structures publiques.",
    "a-valider": "Validez ou refusez les factures qui attendent votre décision.",
    structures: "Consultez vos structures, leurs paramètres et leurs services.",
    admin: "Gérez les comptes, les rattachements et les comptes techniques.",
  },
  states: statesFr,
  factures: facturesFr,
  saisie: saisieFr,
  depot: depotFr,
  recues: recuesFr,
  aValider: aValiderFr,
  travaux: travauxFr,
  structures: structuresFr,
  admin: adminFr,
};

export type Messages = Widen<typeof fr>;
