import "server-only";
import type { Rattachement } from "@/lib/auth/current-user";
import { loadInvoiceDetail, type DetailData } from "@/lib/factures/detail-data";
import { RECUES } from "@/lib/factures/spaces";
import type { Messages } from "@/lib/i18n";
import type { Traitement } from "@/lib/validations/factures-recues-traitement";
import { actionsFor } from "../../_components/etats-traitement";

/** The received invoice, its history, then the actions its current status allows. */
export function loadDetail(rattachement: Rattachement, id: number, t: Messages): Promise<DetailData<{ actions: Traitement[] }>> {
  return loadInvoiceDetail(RECUES, rattachement, id, t, async (ctx, detail) => ({ actions: await actionsFor(ctx, detail.statutFacture) }));
}
