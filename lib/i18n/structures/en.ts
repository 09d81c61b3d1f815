import type { structuresFr } from "./fr";
import type { Widen } from "../widen";

export const structuresEn: Widen<typeof structuresFr> = {
  title: "Structures and services",
  tabs: { fiche: "Profile", services: "Services", recherche: "Search a structure" },
  identity: "Identity", address: "Address", parameters: "Parameters", bank: "Bank details", attachments: "Attachments of the structure",
  fields: { designation: "Company name", identifiant: "Identifier (SIRET)", type: "Type", statut: "Status", tva: "EU VAT number", email: "Email", idStructureCPP: "Chorus Pro id", source: "Source", adresse: "Address", codePostal: "Postcode", ville: "City", pays: "Country", expiry: "Technical account password expiry" },
  types: { PUBLIQUE: "Public", PRIVEE: "Private" },
  active: "Active", inactive: "Inactive", yes: "Yes", no: "No",
  sources: { organisations: "Organisations directory", structures: "Structures API (legacy)" },
  params: {
    codeServiceDoitEtreRenseigne: "Service code required", numeroEJDoitEtreRenseigne: "Commitment number required", gestionNumeroEJOuCodeService: "Service code or commitment number",
    estValideurDelegue: "Validation circuit (delegated validator)", statutMiseEnPaiementNestPasRemonte: "“Payment” status not reported",
    connexionEDI: "EDI connection (sending flows)", recevoirDonneesViaEDI: "Lifecycle received through EDI",
  },
  paramHelp: {
    codeServiceDoitEtreRenseigne: "Suppliers must give one of your service codes on every invoice.",
    numeroEJDoitEtreRenseigne: "Suppliers must give a legal commitment number (purchase order).",
    gestionNumeroEJOuCodeService: "Either one is enough: service code or commitment number.",
    estValideurDelegue: "Invoices go through a validator before reaching the recipient.",
  },
  edi: {
    title: "EDI parameters", intro: "Only these parameters can be changed from the portal; the others are changed in Chorus Pro.",
    reception: "Receive invoice lifecycles through EDI",
    receptionHelp: "On: Chorus Pro sends status changes as EDI flows to your connection; the portal still shows them.",
    connexion: "Send invoices as EDI flows",
    connexionHelp: "On: the structure deposits its invoices as flows (EDI/API). Off: Chorus Pro will refuse flow deposits of this structure.",
    save: "Save EDI parameters", adminOnly: "Only an administrator of the structure can change these parameters.",
    noUuid: "This structure is not in the Organisations directory: its EDI parameters cannot be changed from the portal.",
  },
  outcome: { pending: "Waiting to be sent to Chorus Pro. The result will show here; refresh in a moment.", sent: "Change saved in Chorus Pro.", failed: "Chorus Pro refused the change:", refresh: "Refresh" },
  noBank: "No valid bank details are recorded for this structure.", noAttachments: "No attachment.",
  bankName: "Label", bankId: "Identifier", fileName: "File", fileType: "Type", fileSize: "Size",
  services: {
    title: "Services", region: "Services", filter: "Status", all: "All", actifs: "Active", inactifs: "Inactive", search: "Code or label", apply: "Filter",
    code: "Service code", libelle: "Label", etat: "State", numeroEj: "Commitment number", description: "Description", idService: "Chorus Pro id",
    emptyTitle: "No service", emptyBody: "No service matches these criteria.", consult: "View service {code}", back: "Back to services",
    invoices: "Invoices that cite this service", invoicesEmpty: "No received invoice cites this service.", invoicesUnavailable: "Invoices of a service can only be listed for a public structure (received invoices).",
    numero: "Number", fournisseur: "Supplier", date: "Date", statut: "Status", montant: "Total incl. VAT", notFound: "Service not found in this structure.",
    pagination: "Services pagination", previous: "Previous", next: "Next", page: "Page {n}",
  },
  create: {
    title: "Create a service", submit: "Create the service", code: "Service code", codeHelp: "Unaccented letters, digits, “_” or “-”; 30 characters at most. Unique within the structure.",
    libelle: "Label", description: "Description", numeroEj: "Default commitment number", duplicate: "Service code “{code}” is already used in this structure. Choose another code.",
    done: "Service {code} created.",
  },
  search: {
    title: "Search a structure in the directory", by: "Search by", siren: "SIREN", siret: "SIRET", nom: "Name", value: "Searched value",
    valueHelp: "SIREN: 9 digits; SIRET: 14 digits; name: at least 2 characters.", submit: "Search", region: "Structures found",
    emptyTitle: "No structure found", emptyBody: "Check the number or try part of the name.", intro: "Enter a SIREN, a SIRET or part of the name.",
  },
};
