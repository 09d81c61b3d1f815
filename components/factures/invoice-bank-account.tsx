import { Badge } from "@/components/ui/badge";
import type { FactureDetail } from "@/lib/chorus-pro";
import { formatIban, isValidIban } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";

type Coordonnees = NonNullable<NonNullable<FactureDetail["fournisseur"]>["coordonneesBancaires"]>;

/**
 * The bank account an invoice asks to be paid to (fournisseur block of consulter): its name, the
 * IBAN in full (the supplier's own data) with the mod-97 check, the BIC. Undefined when the invoice
 * names none, so that a DefinitionList leaves the row out.
 */
export function invoiceBankAccount(facture: FactureDetail, t: Messages["factures"]): React.ReactNode {
  const c: Coordonnees | undefined = facture.fournisseur?.coordonneesBancaires;
  if (!c) return undefined;
  const d = t.detail;
  const valid = c.iban ? isValidIban(c.iban) : false;
  return (
    <span className="flex flex-col gap-1" data-testid="compte-bancaire">
      <span className="font-medium">{c.libelle ?? (c.idCoordonneeBancaire !== undefined ? format(d.compteSansNom, { id: c.idCoordonneeBancaire }) : d.compteBancaire)}</span>
      {c.iban ? (
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-mono">{formatIban(c.iban)}</span>
          {valid ? null : <Badge tone="danger">{d.ibanInvalide}</Badge>}
        </span>
      ) : <span className="text-sm text-muted-foreground">{d.ibanIllisible}</span>}
      {c.bic ? <span className="text-sm font-mono">{format(d.bic, { bic: c.bic })}</span> : null}
      {c.iban && !valid ? <span className="text-sm text-danger">{d.ibanInvalideDetail}</span> : null}
    </span>
  );
}
