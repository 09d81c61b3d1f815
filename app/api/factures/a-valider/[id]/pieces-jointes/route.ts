import { invoiceAttachmentsRoute } from "@/lib/factures/invoice-routes";
import { A_VALIDER } from "@/lib/factures/spaces";

export const dynamic = "force-dynamic";

/** The attachments of one invoice (an invoice the structure validates). */
export const GET = invoiceAttachmentsRoute(A_VALIDER);
