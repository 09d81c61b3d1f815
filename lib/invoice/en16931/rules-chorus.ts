import { isValidSiret } from "@/lib/format";
import { issue, type InvoiceIssue } from "../issue";
import type { RecipientParams } from "../keyed-invoice";
import { xmlPath, type InvoiceModel, type InvoiceParty } from "../xml/model";
import { checkPaymentAccounts } from "./rules-payment";

// ISO 6523 ICD 0009 is SIRET. INFERRED: FNFE's samples put the SIRET under 0002 (SIRENE), and
// some producers omit the scheme, so a 14-digit id under 0002 or no scheme counts as a SIRET too.
const SIRET_SCHEMES = new Set(["0009", "0002", "1"]);

function siretOf(party: InvoiceParty): string | undefined {
  const candidates = party.identifiers.filter((p) => /^\d{14}$/.test(p.id.replace(/\s/g, "")) && (p.scheme === undefined || SIRET_SCHEMES.has(p.scheme)));
  return (candidates.find((p) => p.scheme === "0009") ?? candidates[0])?.id.replace(/\s/g, "");
}

export type ChorusRuleOptions = {
  /** The recipient's settings (structures/v1/consulter), when already looked up. */
  recipient?: RecipientParams;
};

const blank = (v: string | undefined) => v === undefined || v.trim() === "";

/** Chorus Pro B2G rules (INVOICE-FORMATS.md §6) on an uploaded invoice. */
export function checkChorus(m: InvoiceModel, options: ChorusRuleOptions = {}): InvoiceIssue[] {
  const out: InvoiceIssue[] = [];
  const buyerSiret = siretOf(m.buyer);
  if (buyerSiret === undefined) {
    out.push(issue("CPP-SIRET-DESTINATAIRE", xmlPath(m, "BG-7"), "Le SIRET de la structure publique destinataire est absent : indiquez-le comme identifiant légal de l'acheteur (BT-47, schéma 0009)."));
  } else if (!isValidSiret(buyerSiret)) {
    out.push(issue("CPP-SIRET-DESTINATAIRE", xmlPath(m, "BG-7"), `Le SIRET de l'acheteur ${buyerSiret} est invalide (clé de contrôle fausse) : vérifiez-le dans l'annuaire Chorus Pro.`));
  }
  const sellerSiret = siretOf(m.seller);
  // INFERRED: a French supplier is identified by its SIRET (typeIdentifiantFournisseur SIRET).
  if (m.seller.countryCode === "FR" && sellerSiret === undefined) {
    out.push(issue("CPP-SIRET-FOURNISSEUR", xmlPath(m, "BG-4"), "Votre SIRET est absent : un fournisseur français s'identifie par son SIRET (BT-30, schéma 0009)."));
  } else if (sellerSiret !== undefined && !isValidSiret(sellerSiret)) {
    out.push(issue("CPP-SIRET-FOURNISSEUR", xmlPath(m, "BG-4"), `Votre SIRET ${sellerSiret} est invalide (clé de contrôle fausse).`));
  }

  const r = options.recipient;
  if (r) {
    if (!r.active) {
      out.push(issue("CPP-DESTINATAIRE-INACTIF", xmlPath(m, "BG-7"), "Cette structure publique n'est plus active dans Chorus Pro et ne peut pas recevoir de facture."));
    }
    if (r.gestionNumeroEJOuCodeService) {
      if (blank(m.buyerReference) && blank(m.orderReference)) {
        out.push(issue("CPP-EJ-OU-SERVICE-OBLIGATOIRE", xmlPath(m, "BT-10"), "Ce destinataire exige un code service (BuyerReference, BT-10) ou un numéro d'engagement (référence de commande, BT-13)."));
      }
    } else {
      if (r.codeServiceDoitEtreRenseigne && blank(m.buyerReference)) {
        out.push(issue("CPP-CODE-SERVICE-OBLIGATOIRE", xmlPath(m, "BT-10"), "Ce destinataire exige un code service : renseignez-le dans la référence acheteur (BuyerReference, BT-10)."));
      }
      if (r.numeroEJDoitEtreRenseigne && blank(m.orderReference)) {
        out.push(issue("CPP-NUMERO-EJ-OBLIGATOIRE", xmlPath(m, "BT-13"), "Ce destinataire exige le numéro d'engagement juridique : renseignez-le dans la référence de commande (BT-13)."));
      }
    }
  }

  if (m.paymentMeans.length === 0 || m.paymentMeans.every((p) => blank(p.typeCode))) {
    out.push(issue("CPP-MOYEN-PAIEMENT", xmlPath(m, "BG-16"), "Le moyen de paiement (BT-81) est absent : indiquez par exemple 30 (virement), 49 (prélèvement) ou 20 (chèque)."));
  }
  out.push(...checkPaymentAccounts(m));
  if (m.typeCode === "381" && m.precedingInvoices.length === 0) {
    out.push(issue("CPP-AVOIR-FACTURE-ORIGINE", xmlPath(m, "BT-3"), "Un avoir doit citer le numéro de la facture qu'il corrige (BT-25)."));
  }
  return out;
}
