import { travauxDownloadRoute } from "@/lib/factures/travaux-routes";

export const dynamic = "force-dynamic";

/** One works piece (any party of its billing file): its PDF alone, or (?pj=1) a ZIP of the PDF and its attachments. */
export const GET = travauxDownloadRoute;
