import Link from "next/link";
import type { FactureDetail } from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";
import { SupplierActionCompleter, SupplierActionCorrigerValideur, SupplierActionTraiterRejet } from "./supplier-action-forms";
import { allowedActions } from "./supplier-action-rules";

// The supplier's follow-up actions on a sent invoice (complete a suspended invoice, treat a
// rejection, correct the validator, issue a new invoice from a rejected one). Rendered by the
// detail page; offered only in the statuses that allow them (checked again by each action).
export function SupplierActions({ facture, idStructureCPP, t }: { facture: FactureDetail; idStructureCPP: number; t: Messages }) {
  const a = t.depot.actions;
  const actions = allowedActions(facture.statutFacture, { rejetTraite: facture.rejetTraite });
  const id = facture.identifiantFactureCPP;
  if (!id) return null;
  const props = { idFacture: id, idStructureCPP, t: a, upload: t.depot.upload };
  return (
    <section aria-labelledby="supplier-actions-title" className="flex flex-col gap-4 rounded-md border border-border p-4">
      <h2 id="supplier-actions-title" className="text-lg font-bold">{a.title}</h2>
      {actions.length === 0 ? <p className="text-muted-foreground">{facture.statutFacture === "REJETEE" ? a.rejectTreated : a.none}</p> : null}
      {actions.includes("completer") ? <SupplierActionCompleter {...props} /> : null}
      {actions.includes("traiterRejet") ? <SupplierActionTraiterRejet {...props} /> : null}
      {facture.statutFacture === "REJETEE" && facture.rejetTraite ? <p>{a.rejectTreated}</p> : null}
      {actions.includes("nouvelleDepuis") ? (
        <div className="flex flex-col gap-1">
          <Link className="font-medium text-primary underline" href={`/factures/emises/nouvelle?depuis=${id}`}>{a.newFrom}</Link>
          <p className="text-sm text-muted-foreground">{a.newFromHint}</p>
        </div>
      ) : null}
      {actions.includes("corrigerValideur") ? <SupplierActionCorrigerValideur {...props} /> : null}
    </section>
  );
}
