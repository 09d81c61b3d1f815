import type { FactureDetail } from "@/lib/chorus-pro";
import { formatSiret, type FormatLocale } from "@/lib/format";
import type { Messages } from "@/lib/i18n";
import { DefinitionList } from "./definition-list";

const identifier = (code: string | undefined) => (code && /^\d{14}$/.test(code) ? `SIRET ${formatSiret(code)}` : code);

/** Supplier, recipient (and its service) and validator of an invoice. */
export function InvoiceParties({ facture, t }: { facture: FactureDetail; t: Messages["factures"]; locale?: FormatLocale }) {
  const f = facture.fournisseur;
  const d = facture.destinataire;
  const c = facture.cadreDeFacturation;
  const party = (name: string | undefined, code: string | undefined, service?: string) => (
    <span className="flex flex-col">
      <span className="font-medium">{name ?? "—"}</span>
      {code ? <span className="text-sm text-muted-foreground">{identifier(code)}</span> : null}
      {service ? <span className="text-sm">{t.detail.service} : {service}</span> : null}
    </span>
  );
  return (
    <DefinitionList
      items={[
        { label: t.detail.fournisseur, value: party(f?.designationFournisseur ?? f?.raisonSocialeFournisseur, f?.codeFournisseur, f?.libelleServiceFournisseur ?? f?.codeServiceFournisseur) },
        { label: t.detail.destinataire, value: party(d?.designationDestinataire ?? d?.libelleDestinataire, d?.codeDestinataire, d?.libelleServiceExecutant ?? d?.codeServiceExecutant) },
        { label: t.detail.valideur, value: c?.codeValideur1 || c?.raisonSocialeValideur1 ? party(c.raisonSocialeValideur1, c.codeValideur1) : undefined },
      ]}
    />
  );
}
