import type { FactureDetail } from "@/lib/chorus-pro";
import { CADRES_FACTURATION, ModeDepot, TypeFacture } from "@/lib/chorus-pro/schemas/enums";
import { DefinitionList } from "@/components/factures/definition-list";
import { invoiceBankAccount } from "@/components/factures/invoice-bank-account";
import { formatDate, type FormatLocale } from "@/lib/format";
import type { Messages } from "@/lib/i18n";

const isCadre = (v: string | undefined): v is (typeof CADRES_FACTURATION)[number] => !!v && (CADRES_FACTURATION as readonly string[]).includes(v);

/** Cadre, type, dates and references of a sent invoice. */
export function InvoiceReferences({ facture, t, locale = "fr" }: { facture: FactureDetail; t: Messages["factures"]; locale?: FormatLocale }) {
  const r = facture.references;
  const cadre = facture.cadreDeFacturation?.codeCadreFacturation;
  const type = TypeFacture.safeParse(r?.typeFacture);
  const mode = ModeDepot.safeParse(facture.modeDepot);
  const d = t.detail;
  return (
    <DefinitionList
      items={[
        { label: d.cadre, value: isCadre(cadre) ? t.cadres[cadre] : cadre },
        { label: d.type, value: type.success ? t.typesFacture[type.data] : r?.typeFacture },
        { label: d.dateFacture, value: formatDate(r?.dateFacture, locale) },
        { label: d.dateDepot, value: formatDate(r?.dateDepot, locale) },
        { label: d.dateEcheance, value: formatDate(r?.dateEcheancePaiement, locale) },
        { label: d.numeroMarche, value: r?.numeroMarche },
        { label: d.numeroBonCommande, value: r?.numeroBonCommande },
        { label: d.numeroFactureOrigine, value: r?.numeroFactureOrigine },
        { label: d.typeTva, value: [r?.typeTva, r?.motifExonerationTva].filter(Boolean).join(" — ") },
        { label: d.devise, value: r?.libelleDeviseFacture ?? r?.codeDeviseFacture },
        { label: d.modePaiement, value: r?.modePaiement },
        { label: d.compteBancaire, value: invoiceBankAccount(facture, t) },
        { label: d.modeDepot, value: mode.success ? t.modesDepot[mode.data] : facture.modeDepot },
        { label: d.commentaire, value: facture.commentaire },
      ]}
    />
  );
}
