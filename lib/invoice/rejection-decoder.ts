/**
 * Plain-French reading of a Chorus Pro deposit-report rejection (consulterCRDetaille:
 * listeErreurTechnique.libelleErreur, listeErreurDP.libelleErreurDP). Portal-side and
 * self-contained: the gateway's decoder in lib/chorus-pro/ serves API answers, this one flux reports.
 */
export type DecodedRejection = { message: string; field?: string; raw: string };

type Pattern = { test: RegExp; field?: string; message: (m: RegExpExecArray) => string };

// Order matters: the first match wins, specific business terms before generic XSD wording.
// INFERRED: the libellés are free text; these patterns come from the terms Chorus reports quote
// (element names, cvc-* Xerces codes, "IRRECEVABILITE") rather than from a published code table.
const PATTERNS: readonly Pattern[] = [
  {
    test: /BuyerReference|code[\s_-]?service|CodeServiceExecutant|service ex[ée]cutant/i,
    field: "BT-10",
    message: () => "Le code service du destinataire est manquant ou inconnu. Renseignez dans la référence acheteur (BuyerReference) un code service actif de la structure publique, tel qu'il figure dans l'annuaire Chorus Pro.",
  },
  {
    test: /BuyerOrderReferencedDocument|OrderReference|engagement|num[ée]ro\s*EJ|\bEJ\b|BonCommande/i,
    field: "BT-13",
    message: () => "Le numéro d'engagement juridique (bon de commande) est manquant ou inconnu. Reportez dans la référence de commande le numéro d'engagement communiqué par l'acheteur public.",
  },
  {
    test: /PaymentMeans(?:\.|\/|\s)*TypeCode|PaymentMeansCode|SpecifiedTradeSettlementPaymentMeans|mode de paiement|moyen de paiement/i,
    field: "BT-81",
    message: () => "Le moyen de paiement est manquant ou invalide. Indiquez un code de paiement, par exemple 30 (virement), 49 (prélèvement) ou 20 (chèque).",
  },
  {
    test: /doublon|d[ée]j[àa] (?:été )?d[ée]pos|duplicate|existe d[ée]j[àa]|already exists/i,
    field: "BT-1",
    message: () => "Une facture portant ce numéro a déjà été déposée pour ce destinataire. Si c'est une nouvelle facture, donnez-lui un numéro différent ; sinon, ne la déposez pas une seconde fois.",
  },
  {
    test: /SIRET|identifiant (?:du )?(?:destinataire|fournisseur)|structure (?:inconnue|inexistante|introuvable)|destinataire (?:inconnu|inactif)/i,
    message: () => "Le SIRET d'une des structures (destinataire ou fournisseur) est inconnu de Chorus Pro ou inactif. Vérifiez-le dans l'annuaire Chorus Pro : 14 chiffres, sans espace.",
  },
  {
    test: /cvc-[\w.-]+[\s\S]*?ligne\s*:?\s*(\d+)\s*-?\s*position\s*:?\s*(\d+)/i,
    message: (m) => `Le fichier ne respecte pas le schéma XML attendu (ligne ${m[1]}, position ${m[2]}) : une valeur a un format invalide ou un élément manque, est en trop ou mal placé. Corrigez-le dans votre logiciel de facturation puis déposez-le à nouveau.`,
  },
  {
    test: /cvc-[\w.-]+/i,
    message: () => "Le fichier ne respecte pas le schéma XML attendu : une valeur a un format invalide ou un élément manque, est en trop ou mal placé. Corrigez-le dans votre logiciel de facturation puis déposez-le à nouveau.",
  },
  {
    test: /IRRECEVAB/i,
    message: () => "Le flux a été jugé irrecevable : Chorus Pro n'a pas pu le lire (format, syntaxe déclarée ou structure du fichier). Vérifiez que la syntaxe choisie correspond au fichier (UBL, CII, Factur-X).",
  },
  {
    test: /GDP_MSG_11\.022|taille|too large|volumineux/i,
    message: () => "Le fichier est trop volumineux : 10 Mo au plus par facture et 30 Mo au plus pour une archive de factures.",
  },
];

/** Translates one raw rejection label into a message a supplier can act on. */
export function decodeRejection(raw: string): DecodedRejection {
  for (const pattern of PATTERNS) {
    const match = pattern.test.exec(raw);
    if (match) return { message: pattern.message(match), ...(pattern.field ? { field: pattern.field } : {}), raw };
  }
  return { message: `Chorus Pro a rejeté le dépôt : « ${raw.trim()} ». Si ce message ne vous suffit pas, contactez le support Chorus Pro avec le numéro de flux.`, raw };
}
