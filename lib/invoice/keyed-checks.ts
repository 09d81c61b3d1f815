import { isValidSiret } from "@/lib/format";
import { decimalPlaces, parseDec } from "./decimal";
import { issue, type InvoiceIssue } from "./issue";
import { checkEnteredTotals } from "./keyed-checks-amounts";
import type { KeyedInvoice, RecipientParams, VatRate } from "./keyed-invoice";
import { computeTotals, type ChorusTotals, type TotalsLineInput } from "./totals";

export type KeyedCheckContext = {
  recipient: RecipientParams;
  /** The référentiel of transverses/recuperer/tauxtva, e.g. FRENCH_VAT_RATES. */
  vatRates: readonly VatRate[];
  /** Today as a calendar date "YYYY-MM-DD" in the supplier's zone (the caller knows it). */
  today: string;
  /** Days an invoice date may be ahead of today. */
  futureToleranceDays?: number;
};

// INFERRED: Chorus Pro's limit on numeroFactureSaisi is not in the contract; 20 characters and
// this character set are what its portal form accepts, and what Chorus echoes back in numeroFacture.
export const INVOICE_NUMBER_MAX_LENGTH = 20;
const INVOICE_NUMBER_CHARS = /^[A-Za-z0-9\-_/.]+$/;
// INFERRED: one day absorbs the time-zone gap between Papeete or Nouméa and Paris.
const DEFAULT_FUTURE_TOLERANCE_DAYS = 1;
// Chorus Pro keeps 4 decimals on quantities (INVOICE-FORMATS.md §6).
const QUANTITY_MAX_DECIMALS = 4;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number | null {
  const m = CALENDAR_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const back = new Date(time);
  // Date.UTC(2026, 1, 30) silently becomes March 2nd: refuse dates that do not exist.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return time / 86_400_000;
}

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === "";

function checkHeader(invoice: KeyedInvoice, ctx: KeyedCheckContext): InvoiceIssue[] {
  const issues: InvoiceIssue[] = [];
  const number = invoice.numeroFactureSaisi.trim();
  if (number === "") {
    issues.push(issue("BR-02", "numeroFactureSaisi", "Indiquez le numéro de la facture."));
  } else if (number.length > INVOICE_NUMBER_MAX_LENGTH || !INVOICE_NUMBER_CHARS.test(number)) {
    issues.push(
      issue("CPP-NUMERO-FACTURE", "numeroFactureSaisi", `Le numéro de facture doit faire au plus ${INVOICE_NUMBER_MAX_LENGTH} caractères, lettres sans accent, chiffres et - _ / . uniquement (sans espace).`),
    );
  }

  const day = dayNumber(invoice.dateFacture);
  const today = dayNumber(ctx.today);
  if (blank(invoice.dateFacture)) {
    issues.push(issue("BR-03", "dateFacture", "Indiquez la date de la facture."));
  } else if (day === null) {
    issues.push(issue("CPP-DATE-INVALIDE", "dateFacture", "La date de facture n'est pas une date valide (format AAAA-MM-JJ)."));
  } else if (today !== null && day - today > (ctx.futureToleranceDays ?? DEFAULT_FUTURE_TOLERANCE_DAYS)) {
    issues.push(issue("CPP-DATE-FUTURE", "dateFacture", "La date de facture est dans le futur : Chorus Pro refuse une facture datée après son dépôt."));
  }

  const { recipient } = ctx;
  const service = invoice.destinataire.codeServiceExecutant;
  const ej = invoice.references.numeroBonCommande;
  if (!isValidSiret(invoice.destinataire.codeDestinataire)) {
    issues.push(issue("CPP-SIRET-DESTINATAIRE", "destinataire.codeDestinataire", "Le SIRET du destinataire est invalide : il faut 14 chiffres avec une clé correcte. Vérifiez-le dans l'annuaire Chorus Pro."));
  }
  if (!recipient.active) {
    issues.push(issue("CPP-DESTINATAIRE-INACTIF", "destinataire.codeDestinataire", "Cette structure publique n'est plus active dans Chorus Pro : elle ne peut pas recevoir de facture. Demandez-lui son nouveau SIRET."));
  }
  if (recipient.gestionNumeroEJOuCodeService) {
    if (blank(service) && blank(ej)) {
      issues.push(issue("CPP-EJ-OU-SERVICE-OBLIGATOIRE", "destinataire.codeServiceExecutant", "Ce destinataire exige un code service ou un numéro d'engagement (bon de commande) : renseignez l'un des deux."));
    }
  } else {
    if (recipient.codeServiceDoitEtreRenseigne && blank(service)) {
      issues.push(issue("CPP-CODE-SERVICE-OBLIGATOIRE", "destinataire.codeServiceExecutant", "Ce destinataire exige un code service : demandez-le à votre interlocuteur ou choisissez-le dans l'annuaire Chorus Pro."));
    }
    if (recipient.numeroEJDoitEtreRenseigne && blank(ej)) {
      issues.push(issue("CPP-NUMERO-EJ-OBLIGATOIRE", "references.numeroBonCommande", "Ce destinataire exige le numéro d'engagement juridique (EJ), indiqué sur le bon de commande."));
    }
  }
  const siretFournisseur = invoice.fournisseur?.siret;
  if (!blank(siretFournisseur) && !isValidSiret(siretFournisseur ?? "")) {
    issues.push(issue("CPP-SIRET-FOURNISSEUR", "fournisseur.siret", "Votre SIRET est invalide : il faut 14 chiffres avec une clé correcte."));
  }

  const cadre = invoice.cadreDeFacturation.codeCadreFacturation;
  if ((cadre === "A9_FACTURE_SOUSTRAITANT" || cadre === "A12_FACTURE_COTRAITANT") && blank(invoice.cadreDeFacturation.codeStructureValideur)) {
    issues.push(issue("CPP-VALIDEUR-OBLIGATOIRE", "cadreDeFacturation.codeStructureValideur", "Une facture de sous-traitant ou de cotraitant doit être validée : indiquez le SIRET du titulaire du marché (structure valideuse)."));
  }
  if (invoice.references.typeFacture === "AVOIR" && blank(invoice.references.numeroFactureOrigine)) {
    issues.push(issue("CPP-AVOIR-FACTURE-ORIGINE", "references.numeroFactureOrigine", "Un avoir doit indiquer le numéro de la facture qu'il corrige."));
  }
  if (invoice.references.typeTva === "EXONERATION" && blank(invoice.references.motifExonerationTva)) {
    issues.push(issue("CPP-MOTIF-EXONERATION", "references.motifExonerationTva", "Indiquez le motif d'exonération de TVA (par exemple « TVA non applicable, art. 293 B du CGI »)."));
  }
  return issues;
}

/** Checks the lines and turns them into totals input; null when an amount cannot be read. */
function checkLines(invoice: KeyedInvoice, ctx: KeyedCheckContext): { issues: InvoiceIssue[]; lines: TotalsLineInput[] | null } {
  const issues: InvoiceIssue[] = [];
  const lines: TotalsLineInput[] = [];
  let readable = true;
  if (invoice.lignePoste.length === 0) {
    issues.push(issue("BR-16", "lignePoste", "Ajoutez au moins une ligne à la facture."));
  }
  const rates = new Map(ctx.vatRates.map((r) => [r.code, r.rate]));
  invoice.lignePoste.forEach((line, i) => {
    const path = `lignePoste[${i}]`;
    const notANumber = (field: string, text: string) => {
      readable = false;
      issues.push(issue("CPP-MONTANT-INVALIDE", `${path}.${field}`, `« ${text} » n'est pas un nombre (exemple : 1234.56, avec un point).`));
    };
    if (blank(line.lignePosteDenomination)) {
      issues.push(issue("BR-25", `${path}.lignePosteDenomination`, `Ligne ${i + 1} : indiquez la désignation de l'article ou de la prestation.`));
    }
    const quantity = parseDec(line.lignePosteQuantite);
    if (!quantity) notANumber("lignePosteQuantite", line.lignePosteQuantite);
    else if (decimalPlaces(line.lignePosteQuantite) > QUANTITY_MAX_DECIMALS) {
      issues.push(issue("CPP-QUANTITE-DECIMALES", `${path}.lignePosteQuantite`, `Ligne ${i + 1} : la quantité a au plus ${QUANTITY_MAX_DECIMALS} décimales dans Chorus Pro.`));
    } else if (quantity.isNegative() && !quantity.isZero() && invoice.references.typeFacture === "FACTURE") {
      issues.push(issue("CPP-QUANTITE-NEGATIVE", `${path}.lignePosteQuantite`, `Ligne ${i + 1} : une facture ne peut pas avoir de quantité négative. Pour rembourser ou annuler, émettez un avoir qui cite le numéro de la facture d'origine.`));
    }
    if (!parseDec(line.lignePosteMontantUnitaireHT)) notANumber("lignePosteMontantUnitaireHT", line.lignePosteMontantUnitaireHT);
    const discount = line.lignePosteMontantRemiseHT;
    if (discount !== undefined && discount !== "") {
      const value = parseDec(discount);
      if (!value) notANumber("lignePosteMontantRemiseHT", discount);
      else if (value.isNegative() && !value.isZero()) {
        issues.push(issue("CPP-REMISE-NEGATIVE", `${path}.lignePosteMontantRemiseHT`, `Ligne ${i + 1} : la remise est un montant positif, déduit du prix.`));
      }
    }
    const rate = rates.get(line.lignePosteTauxTva);
    if (rate === undefined) {
      readable = false;
      issues.push(issue("CPP-TAUX-TVA-INCONNU", `${path}.lignePosteTauxTva`, `Ligne ${i + 1} : le taux de TVA « ${line.lignePosteTauxTva} » n'existe pas dans Chorus Pro. Choisissez l'un de : ${[...rates.keys()].join(", ")}.`));
    }
    lines.push({ quantity: line.lignePosteQuantite, unitPrice: line.lignePosteMontantUnitaireHT, discount: discount || undefined, vatRateCode: line.lignePosteTauxTva, vatRate: rate ?? "0" });
  });
  return { issues, lines: readable ? lines : null };
}

/**
 * Every check a keyed-in invoice must pass before soumettre, all errors at once. `totals` is what
 * the portal computed from the lines (null when a line amount cannot be read).
 */
export function checkKeyedInvoice(invoice: KeyedInvoice, ctx: KeyedCheckContext): { issues: InvoiceIssue[]; totals: ChorusTotals | null } {
  const issues = checkHeader(invoice, ctx);
  const lineResult = checkLines(invoice, ctx);
  issues.push(...lineResult.issues);
  if (!lineResult.lines) return { issues, totals: null };

  const extra = (text: string | undefined, path: string): string | undefined => {
    if (text === undefined || text === "" || parseDec(text)) return text || undefined;
    issues.push(issue("CPP-MONTANT-INVALIDE", path, `« ${text} » n'est pas un nombre (exemple : 1234.56, avec un point).`));
    return undefined;
  };
  const totals = computeTotals({
    lines: lineResult.lines,
    globalDiscountTtc: extra(invoice.montantTotal?.montantRemiseGlobaleTTC, "montantTotal.montantRemiseGlobaleTTC"),
    prepaid: extra(invoice.montantDejaPaye, "montantDejaPaye"),
  });
  issues.push(...checkEnteredTotals(invoice, totals));

  if (invoice.cadreDeFacturation.codeCadreFacturation === "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" && totals.montantTotal.montantAPayer !== "0.00") {
    issues.push(issue("CPP-A2-MONTANT-A-PAYER", "montantDejaPaye", "Une facture déjà payée (cadre A2) doit avoir un montant à payer de 0 : indiquez comme montant déjà payé le total TTC, ou choisissez le cadre A1."));
  }
  return { issues, totals };
}
