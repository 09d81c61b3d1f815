import { invoiceAttachmentsRoute } from "@/lib/factures/invoice-routes";
import { EMISES } from "@/lib/factures/spaces";

export const dynamic = "force-dynamic";

/** The attachments of one invoice (an invoice the structure sent). */
export const GET = invoiceAttachmentsRoute(EMISES);
