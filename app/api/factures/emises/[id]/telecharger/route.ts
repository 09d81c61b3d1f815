import { invoiceDownloadRoute } from "@/lib/factures/invoice-routes";
import { EMISES } from "@/lib/factures/spaces";

export const dynamic = "force-dynamic";

/** One invoice (an invoice the structure sent): its PDF alone, or (?pj=1) a ZIP of the PDF and its attachments. */
export const GET = invoiceDownloadRoute(EMISES);
