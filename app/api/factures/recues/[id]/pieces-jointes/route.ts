import { invoiceAttachmentsRoute } from "@/lib/factures/invoice-routes";
import { RECUES } from "@/lib/factures/spaces";

export const dynamic = "force-dynamic";

/** The attachments of one invoice (an invoice the structure received). */
export const GET = invoiceAttachmentsRoute(RECUES);
