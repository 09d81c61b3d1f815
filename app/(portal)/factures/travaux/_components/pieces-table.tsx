import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { InvoiceLink, sortHeadFor } from "@/components/factures/list-table";
import { StatusBadge } from "@/components/factures/status-badge";
import type { FactureTravaux } from "@/lib/chorus-pro";
import { formatAmount, formatDate } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { nextStep } from "@/lib/travaux/rules";
import { travauxHref, type SearchRole, type SortColumn, type TravauxListState } from "@/lib/validations/travaux-search";

type Props = { items: FactureTravaux[]; state: TravauxListState; role: SearchRole; base: string; structureName: string; t: Messages };

/** The pieces of one role, each with the next action and whether it is this role's. */
export function PiecesTable({ items, state, role, base, structureName, t }: Props) {
  const l = t.travaux.list;
  const tri = state.tri ?? "dateDepot";
  const sens = state.sens ?? "desc";
  const sortHead = sortHeadFor<SortColumn>({ sort: tri, dir: sens }, (key) => travauxHref(base, state, { tri: key, sens: tri === key && sens === "desc" ? "asc" : "desc" }));
  return (
    <Table regionLabel={l.region}>
      <TableCaption className="sr-only">{format(l.caption, { structure: structureName, role: t.travaux.roles[role] })}</TableCaption>
      <TableHeader>
        <TableRow>
          {sortHead("numero", l.numero)}
          <TableHead>{l.type}</TableHead>
          {sortHead("statut", l.statut)}
          <TableHead>{l.nextAction}</TableHead>
          <TableHead>{l.fournisseur}</TableHead>
          <TableHead>{l.marche}</TableHead>
          {sortHead("dateDepot", l.dateDepot)}
          {sortHead("montantTTC", l.montantTTC, true)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((f) => {
          const next = nextStep({ statut: f.statutFactureTravaux, cadre: f.cadreFacturation }, role);
          return (
            <TableRow key={f.idFactureTravaux} data-testid="piece-row">
              <TableCell>
                <InvoiceLink href={`${base}/${f.idFactureTravaux}?role=${role}`}>
                  {f.numeroFactureTravaux ?? f.idFactureTravaux}
                </InvoiceLink>
              </TableCell>
              <TableCell>{f.typeFactureTravaux ? (t.travaux.types as Record<string, string>)[f.typeFactureTravaux] ?? f.typeFactureTravaux : l.none}</TableCell>
              <TableCell><StatusBadge statut={f.statutFactureTravaux} t={t.factures} /></TableCell>
              <TableCell>
                {!next ? l.none : next.mine && next.step ? (
                  <Badge tone="warning">{format(l.yourTurn, { step: t.travaux.steps[next.step] })}</Badge>
                ) : (
                  <span className="text-sm text-muted-foreground">{format(l.waiting, { who: t.travaux.awaited[next.who] })}</span>
                )}
              </TableCell>
              <TableCell>{f.designationFournisseur ?? l.none}</TableCell>
              <TableCell>{f.numeroMarche ?? l.none}</TableCell>
              <TableCell>{f.dateDepot ? formatDate(f.dateDepot) : l.none}</TableCell>
              <TableCell numeric>{f.montantTTC ? formatAmount(f.montantTTC) : l.none}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
