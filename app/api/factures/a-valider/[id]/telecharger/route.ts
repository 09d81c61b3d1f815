import { invoiceDownloadRoute } from "@/lib/factures/invoice-routes";
import { A_VALIDER } from "@/lib/factures/spaces";

export const dynamic = "force-dynamic";

/** One invoice (an invoice the structure validates): its PDF alone, or (?pj=1) a ZIP of the PDF and its attachments. */
export const GET = invoiceDownloadRoute(A_VALIDER);
