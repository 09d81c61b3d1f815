import { travauxFr } from "./fr";
import type { Widen } from "../widen";

// English: the screens' main labels are translated; the long Chorus Pro explanations (cadres, piece
// types, hints) fall back to the French reference until they are translated.
export const travauxEn: Widen<typeof travauxFr> = {
  ...travauxFr,
  title: "Works invoices",
  roles: { FOURNISSEUR: "Supplier", MOE: "Project manager (MOE)", MOA: "Contracting authority (MOA)", DESTINATAIRE: "Recipient" },
  roleTabs: "Role in the billing files",
  list: {
    ...travauxFr.list,
    region: "Works pieces", caption: "Works pieces of {structure} as {role}", numero: "Number", type: "Type", statut: "Status", fournisseur: "Supplier",
    marche: "Contract", dateDepot: "Submitted on", montantTTC: "Amount incl. VAT", nextAction: "Next action", yourTurn: "Your turn: {step}",
    waiting: "Waiting for {who}", emptyTitle: "No works piece", emptyBody: "No piece matches these criteria for this role.", pagination: "Result pages",
    previous: "Previous", next: "Next", page: "Page {n}", ignored: "Invalid criteria ignored:", open: "Open a billing file",
  },
  filters: {
    ...travauxFr.filters,
    title: "Search", type: "Piece type", statut: "Status", du: "Submitted from", au: "to", min: "Minimum amount incl. VAT", max: "Maximum amount incl. VAT",
    marche: "Contract number", numero: "Piece number", attente: "Last piece of each file only", all: "All", submit: "Search", reset: "Clear criteria",
  },
  actions: {
    ...travauxFr.actions,
    title: "Actions on the piece", none: "No action is yours on this piece at this step.", queued: "Waiting to be sent to Chorus Pro…",
    done: "Chorus Pro accepted the action.", failed: "Action refused", sending: "Sending…", send: "Send",
  },
};
