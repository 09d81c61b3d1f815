// Every gateway choice that rests on an INFERRED fact of the contract lives here, so that a
// confirmation (or a refutation) against the real Chorus Pro changes one file.

// INFERRED: PISTE access tokens live 3600 s (SEEN) but we renew 5 min ahead so that a request
// started just before expiry never reaches the API with a dead token.
export const DEFAULT_TOKEN_RENEW_MARGIN_MS = 5 * 60_000;

// INFERRED: the token request sends scope=openid (OCA, PASTELL, PYFE); the sandbox must accept it.
export const TOKEN_SCOPE = "openid";

// INFERRED: production clients use 30 s (OCA) to 60 s (PASTELL); 30 s is our default.
export const DEFAULT_TIMEOUT_MS = 30_000;

// INFERRED: no quota is published; reads are retried for at most this long in total.
export const DEFAULT_RETRY_BUDGET_MS = 20_000;
export const DEFAULT_MAX_READ_ATTEMPTS = 5;
export const BACKOFF_BASE_MS = 200;
export const BACKOFF_CAP_MS = 5_000;

// INFERRED: 429 and 503 mean the request was turned away before any processing, so a write that
// got them was certainly not applied. 500/502/504, timeouts and broken sockets may come after the
// upstream applied the write: the outcome is unknown and the outbox must reconcile before resending.
export const STATUSES_NOT_APPLIED = new Set([429, 503]);
export const STATUSES_OUTCOME_UNKNOWN = new Set([500, 502, 504]);
export const RETRYABLE_READ_STATUSES = new Set([429, 502, 503, 504]);

// SEEN: 20000 (TRA_MSG_00.015, rechercher/recipiendaire) and 20007 (GFT_MSG_01.075,
// facturesTravaux rechercher) mean "no result". INFERRED: treat them as empty results on every
// search wrapper, not only on the two operations where they were seen.
export const NO_RESULT_CODES: readonly number[] = [20000, 20007];

// INFERRED: pages are 1-based (PASTELL starts at 1 and loops while pageCourante < pages).
export const FIRST_PAGE = 1;
export const DEFAULT_PAGE_SIZE = 100;
// INFERRED: a hard stop so that an upstream that keeps announcing more pages cannot loop forever.
export const MAX_PAGES = 10_000;

// INFERRED: a status outside the swagger enum becomes TECHNIQUE_INCONNU (the swagger's own
// catch-all) instead of failing the whole response; the raw value is logged.
export const UNKNOWN_STATUT = "TECHNIQUE_INCONNU" as const;

// INFERRED: history datetimes come as "YYYY-MM-DD HH:mm" without zone (PASTELL fixture); Chorus Pro
// runs in metropolitan France, so zone-less datetimes are read as Europe/Paris wall-clock time.
export const UPSTREAM_TIME_ZONE = "Europe/Paris";

// INFERRED: the wording of the annex error table is unknown; business errors asking for a service
// code or a legal-commitment (EJ) number are recognised from their libellé.
export const SERVICE_CODE_REQUIRED_PATTERNS = [/code\s*service/i, /service\s*ex[ée]cutant/i];
export const ENGAGEMENT_REQUIRED_PATTERNS = [/engagement/i, /num[ée]ro\s*(d')?\s*EJ/i, /\bEJ\b/];
export const REQUIRED_HINT_PATTERNS = [/obligatoire/i, /manquant/i, /requis/i, /doit [êe]tre renseign/i, /absent/i, /mandatory/i, /required/i, /missing/i];

// INFERRED: an expired or changed technical-account password is reported by a 401 whose
// WWW-Authenticate header or body mentions the password or its expiry.
export const PASSWORD_EXPIRED_PATTERNS = [/expir/i, /mot\s*de\s*passe/i, /password/i, /p[ée]rim/i];

// INFERRED: technical-account logins look like TECH_1_xxxxxxxx@cpro.fr (SEEN-3P); a PISTE client id
// never contains "@". Used to tell the administrator which credential went in which field.
export const TECHNICAL_LOGIN_PATTERN = /^TECH_|@/i;

// INFERRED: deposit reports quote the EN 16931 / UBL / CII element that failed. The mapping from
// element path to plain French is ours; the raw text is always shown next to it.
export const REJECTION_PATH_HINTS: ReadonlyArray<{ pattern: RegExp; field: string; explanation: string }> = [
  { pattern: /BuyerReference/i, field: "codeServiceExecutant", explanation: "Code service manquant : ce destinataire exige le code du service exécutant." },
  { pattern: /BuyerOrderReferencedDocument|OrderReference/i, field: "numeroBonCommande", explanation: "Numéro d'engagement manquant : ce destinataire exige un numéro d'engagement juridique (bon de commande)." },
  { pattern: /PaymentMeans(\/|\.|\s)*(TypeCode|PaymentMeansCode)|PaymentMeansCode/i, field: "modePaiement", explanation: "Moyen de paiement manquant ou invalide." },
  { pattern: /PayeeFinancialAccount|IBANID|PayeePartyCreditorFinancialAccount/i, field: "coordonneesBancaires", explanation: "Coordonnées bancaires (IBAN) manquantes ou invalides." },
  { pattern: /SellerTradeParty|AccountingSupplierParty/i, field: "fournisseur", explanation: "Identification du fournisseur (SIRET) manquante ou invalide." },
  { pattern: /BuyerTradeParty|AccountingCustomerParty/i, field: "destinataire", explanation: "Identification du destinataire (SIRET) manquante ou inconnue de Chorus Pro." },
  { pattern: /ContractReferencedDocument|ContractDocumentReference/i, field: "numeroMarche", explanation: "Numéro de marché manquant ou invalide." },
  { pattern: /InvoiceReferencedDocument|BillingReference/i, field: "numeroFactureOrigine", explanation: "Référence de la facture d'origine manquante (obligatoire pour un avoir)." },
  { pattern: /ApplicableTradeTax|TaxTotal|TaxSubtotal|CategoryCode/i, field: "ligneTva", explanation: "Récapitulatif de TVA incohérent ou incomplet (taux, base ou montant)." },
  { pattern: /DuePayableAmount|PayableAmount/i, field: "montantAPayer", explanation: "Montant à payer manquant ou incohérent avec les totaux." },
  { pattern: /GrandTotalAmount|TaxInclusiveAmount|TaxBasisTotalAmount|LineTotalAmount/i, field: "montantTotal", explanation: "Totaux de la facture incohérents (HT, TVA, TTC)." },
  { pattern: /IssueDateTime|IssueDate/i, field: "dateFacture", explanation: "Date de facture manquante ou au mauvais format." },
  { pattern: /InvoiceCurrencyCode|DocumentCurrencyCode/i, field: "deviseFacture", explanation: "Devise de la facture manquante ou invalide." },
  { pattern: /TypeCode|InvoiceTypeCode/i, field: "typeFacture", explanation: "Type de document (facture ou avoir) manquant ou invalide." },
  { pattern: /cvc-|XSD|schema/i, field: "fichier", explanation: "Le fichier ne respecte pas le schéma XML attendu (XSD)." },
];

// INFERRED: outbox retry schedule (no published quota); attempts past this bound end as 'failed'.
export const OUTBOX_MAX_ATTEMPTS = 25;
export const OUTBOX_BACKOFF_BASE_MS = 1_000;
export const OUTBOX_BACKOFF_CAP_MS = 5 * 60_000;
// INFERRED: an uncertain write is re-checked no earlier than this, so that a request the upstream
// was still processing when we timed out has landed before we search for it.
export const OUTBOX_UNCERTAIN_MIN_DELAY_MS = 2_000;

// INFERRED: transverses/rechercher/serviceexecutant has no published request shape (ZMOG names a
// ParametresRechercherServiceExecutant only); we send {idStructure, parametresRecherche}.
export const SERVICE_EXECUTANT_REQUEST_SHAPE = "idStructure+parametresRecherche" as const;

// INFERRED: facturesTravaux PISTE paths mirror the legacy factures/travaux/<path> names
// (CONTRACT §4.5), including soumettre and prendreencompte whose PISTE names are a gap.
export const FACTURES_TRAVAUX_BASE = "/cpro/facturesTravaux/v1" as const;

// INFERRED: consulterCRDetaille states after which polling stops.
export const FLUX_FINAL_STATES = ["IN_INTEGRE", "IN_INTEGRE_PARTIEL", "IN_REJETE", "IN_INCIDENTE", "QP_IRRECEVABLE"] as const;

// INFERRED: the PPF annuaire is reached through PISTE under its swagger server path; the PISTE
// route is not published, so the path below the API base URL is the swagger's.
export const ANNUAIRE_BASE = "/ppf/annuaire-public/v1" as const;

// ---- bank details (CONTRACT §4.1 fournisseur block, §4.2 telecharger/pieceJointe) ----

type BankFields = {
  coordBancairesFournisseurType?: string; coordBancairesFournisseurCodePays?: string; coordBancairesFournisseurCleIban?: string;
  coordBancairesFournisseurCompteBancaire?: string; coordBancairesFournisseurCodeBanque?: string; coordBancairesCodeGuichet?: string;
  coordBancairesFournisseurCleRib?: string;
};
const compact = (v: string | undefined) => (v ?? "").replace(/[\s.-]/g, "").toUpperCase();
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = ch >= "A" ? (r * 100 + ch.charCodeAt(0) - 55) % 97 : (r * 10 + ch.charCodeAt(0) - 48) % 97;
  return r;
}

/**
 * INFERRED (gap: how an IBAN is split over the fournisseur block of an invoice). Type IBAN: country
 * (…CodePays) + check digits (…CleIban) + BBAN (…CompteBancaire), the three fields the Chorus Pro
 * bank-details form asks for. Leniently, a CompteBancaire already holding the whole IBAN is taken as
 * is. Type RIB (French account): bank + branch + account + RIB key, with the IBAN check digits of
 * …CleIban, or computed when absent. The check digits are never corrected: a wrong IBAN stays wrong
 * so that the portal can warn about it. null when the fields do not make an IBAN.
 */
export function ibanFromFournisseurBlock(b: BankFields): string | null {
  const pays = compact(b.coordBancairesFournisseurCodePays), cle = compact(b.coordBancairesFournisseurCleIban), compte = compact(b.coordBancairesFournisseurCompteBancaire);
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compte) && (!pays || compte.startsWith(pays))) return compte;
  if (b.coordBancairesFournisseurType === "RIB") {
    const bban = `${compact(b.coordBancairesFournisseurCodeBanque)}${compact(b.coordBancairesCodeGuichet)}${compte}${compact(b.coordBancairesFournisseurCleRib)}`;
    if (!/^\d{10}[A-Z0-9]{11}\d{2}$/.test(bban)) return null;
    const country = /^[A-Z]{2}$/.test(pays) ? pays : "FR";
    return `${country}${/^\d{2}$/.test(cle) ? cle : String(98 - mod97(`${bban}${country}00`)).padStart(2, "0")}${bban}`;
  }
  return /^[A-Z]{2}$/.test(pays) && /^\d{2}$/.test(cle) && /^[A-Z0-9]{8,30}$/.test(compte) ? `${pays}${cle}${compte}` : null;
}

// INFERRED (gap: one file or a ZIP): telecharger/pieceJointe for a structure's object
// (STRUCTURE_PIECEJOINTE, STRUCTURE_COORDONNEE_BANCAIRE…) answers a ZIP of its files, as
// telecharger/groupe does; a single file not zipped is accepted as well (told apart by its bytes).
export const STRUCTURE_PJ_MAY_BE_ZIP = true;
// INFERRED: rechercher/pj/structure ties a bank-details attachment to its account through
// pieceJointeObjetId = idCoordonneeBancaire (the other attachments point at the structure).
export const PJ_OBJET_ID_IS_ACCOUNT = true;

// ---- Référentiel des Organisations (CONTRACT §5.1) ----

// INFERRED (gap: creerService). CONTRACT §5.1 says the operation "exists in the API per ZMOG, not
// implemented there": neither its route nor its body is published. The Référentiel is REST (POST
// /structures/recherche and /services/recherche search the collections, GET /services/{uuid} reads
// one), so a creation is read as POST on the collection, below /cpro/organisations/v1, with a body
// made of the Service fields §5.1 lists that a client can choose (the others — uuid, dates, état,
// address copied from the structure — are the platform's), `rattachementOrganisation` naming the
// structure by its uuid as in a Service object; the answer is taken to be the created Service.
export const CREER_SERVICE_PATH = "/services" as const;
export const CREER_SERVICE_FIELDS = ["codeService", "libelle", "description", "rattachementOrganisation", "numeroEj"] as const;

// INFERRED: §5.1 lists etatService ACTIF|INACTIF|SUPPRIME. Only ACTIF may be chosen on an invoice;
// a service with a dateSuppression is read as SUPPRIME even if its état says otherwise, and a value
// outside the list as INACTIF (never offered, never silently active).
export const ETATS_SERVICE = ["ACTIF", "INACTIF", "SUPPRIME"] as const;
