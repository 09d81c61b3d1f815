import type { Messages } from "./fr";
import { depotEn } from "./depot/en";
import { statesEn } from "./states/en";
import { recuesEn } from "./recues/en";
import { aValiderEn } from "./a-valider/en";
import { travauxEn } from "./travaux/en";
import { structuresEn } from "./structures/en";
import { adminEn } from "./admin/en";
import { facturesEn } from "./factures/en";
import { saisieEn } from "./saisie/en";

export const en: Messages = {
  app: { name: "Chorus Pro Portal", tagline: "Value-added third-party portal for public e-invoicing" },
  nav: {
    label: "Main navigation",
    emises: "Issued invoices",
    travaux: "Works invoices",
    recues: "Received invoices",
    "a-valider": "Invoices to validate",
    structures: "Structures and services",
    admin: "Administration",
    skip: "Skip to content",
    signOut: "Sign out",
    language: "Language",
    structure: "Structure",
    structureHint: "Structure you are acting for",
  },
  mode: {
    sandbox: "Sandbox",
    qualification: "Qualification",
    production: "Production",
    sandboxNotice: "Sandbox: data is fictitious and nothing is sent to Chorus Pro.",
  },
  login: {
    title: "Sign in",
    intro: "Sign in with your portal account.",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    oidc: "Sign in with {name}",
    invalid: "Wrong email address or password.",
    throttled: "Too many sign-in attempts. Wait one minute before trying again.",
    oidcRefused: "No portal account matches this identity. Ask your administrator to create one.",
    expired: "Your session has expired. Sign in again to return to the page you asked for.",
    demoTitle: "Demo accounts",
    demoIntro: "In the sandbox, each account signs in with one click (password “sandbox”).",
    demoSignIn: "Sign in as {email}",
  },
  personas: {
    fournisseur: "Supplier",
    valideur: "Validator",
    gestionnaire: "Recipient (gestionnaire)",
    moe: "Project manager (MOE)",
    moa: "Contracting authority (MOA)",
    admin: "Administrator",
    multi: "Several roles",
  },
  roles: {
    fournisseur: "Supplier",
    valideur: "Validator",
    gestionnaire: "Recipient",
    moe: "MOE",
    moa: "MOA",
    admin: "Administrator",
  },
  home: {
    title: "Home",
    welcome: "Hello {name}",
    spaces: "Your spaces",
    noSpace: "Your account is not attached to any structure. Ask your administrator to attach you.",
  },
  spaces: {
    emises: "Deposit, key in and follow your invoices to public entities.",
    travaux: "Follow the billing files of your works contracts.",
    recues: "Process the invoices received by your public structures.",
    "a-valider": "Validate or refuse the invoices waiting for your decision.",
    structures: "Consult your structures, their parameters and services.",
    admin: "Manage accounts, rattachements and technical accounts.",
  },
  states: statesEn,
  factures: facturesEn,
  saisie: saisieEn,
  depot: depotEn,
  recues: recuesEn,
  aValider: aValiderEn,
  travaux: travauxEn,
  structures: structuresEn,
  admin: adminEn,
};
