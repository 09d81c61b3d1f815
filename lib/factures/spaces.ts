import "server-only";
import { consulterFactureFournisseur, consulterFactureRecipiendaire, consulterFactureValideur } from "@/lib/chorus-pro";
import type { SpaceRole } from "./route-guard";

/**
 * The three invoice spaces, as their route handlers see them. Each reads an invoice only through
 * its own consulter operation: telecharger/groupe and telecharger/pieceJointe also serve invoices
 * the structure sees in another capacity (sent, received or to validate), and a space shows only
 * its own.
 */
export type InvoiceSpace = {
  role: SpaceRole;
  consulter: typeof consulterFactureFournisseur;
  /** Prefix of the audit action names (`<prefix>.telecharger`…), as the audit log has always spelt them. */
  auditPrefix: string;
  /** What an unknown or malformed invoice id reads as: no hint that it exists elsewhere. */
  notFound: string;
};

export const EMISES: InvoiceSpace = {
  role: "fournisseur",
  consulter: consulterFactureFournisseur,
  auditPrefix: "factures.emises",
  notFound: "Facture introuvable pour votre structure.",
};

export const RECUES: InvoiceSpace = {
  role: "gestionnaire",
  consulter: consulterFactureRecipiendaire,
  auditPrefix: "factures.recues",
  notFound: "Facture introuvable pour votre structure.",
};

export const A_VALIDER: InvoiceSpace = {
  role: "valideur",
  consulter: consulterFactureValideur,
  auditPrefix: "factures.aValider",
  notFound: "Facture introuvable parmi celles que votre structure doit valider.",
};
