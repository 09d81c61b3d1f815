import { travauxAttachmentsRoute } from "@/lib/factures/travaux-routes";

export const dynamic = "force-dynamic";

/** The attachments of one works piece (any party of its billing file). */
export const GET = travauxAttachmentsRoute;
