import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { format, type Messages } from "@/lib/i18n";
import type { FluxCheck } from "../_lib/flux-checks";

/** The portal's checks of a flux, each error beside the XML element to fix. */
export function FluxCheckReport({ check, t }: { check: FluxCheck; t: Messages["depot"]["flux"] }) {
  return (
    <section aria-labelledby="flux-check-title" className="flex flex-col gap-3">
      <h2 id="flux-check-title" className="text-lg font-bold">{t.documents}</h2>
      <p>{t.syntax} : <strong>{check.syntaxeFlux ?? t.noSyntax}</strong></p>
      {check.archive ? <p>{format(t.batch, { format: `.${check.archive.format}`, count: check.archive.count })}</p> : null}
      {check.unchecked ? <p>{format(t.unchecked, { count: check.unchecked })}</p> : null}
      {check.issues.length > 0 ? (
        <ul className="list-disc ps-6 text-danger">{check.issues.map((i, n) => <li key={n}>{i.message}</li>)}</ul>
      ) : null}
      {check.documents.length > 0 ? (
        <Table regionLabel={t.documents}>
          <TableHeader>
            <TableRow>
              <TableHead>{t.colFile}</TableHead>
              <TableHead>{t.colNumber}</TableHead>
              <TableHead>{t.colBuyer}</TableHead>
              <TableHead numeric>{t.colAmount}</TableHead>
              <TableHead>{t.colResult}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {check.documents.map((d) => (
              <TableRow key={d.name}>
                <TableCell>{d.name}</TableCell>
                <TableCell>{d.numero ?? "—"}</TableCell>
                <TableCell>{d.buyerSiret ?? "—"}</TableCell>
                <TableCell numeric>{d.montantTTC ?? "—"}</TableCell>
                <TableCell>
                  {d.issues.length === 0 ? <Badge tone="success">{t.ok}</Badge> : (
                    <div className="flex flex-col gap-2">
                      <Badge tone="danger">{format(t.errors, { count: d.issues.length })}</Badge>
                      <ul className="flex flex-col gap-1 text-sm">
                        {d.issues.map((i, n) => (
                          <li key={n}>
                            <span className="font-medium">{i.message}</span>{" "}
                            <span className="text-muted-foreground">({t.element} : <code>{i.path}</code>, {i.code})</span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}
