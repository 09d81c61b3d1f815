import { DOWNLOAD_CHUNK_SIZE } from "@/lib/queries/factures-emises";
import { selectionDownloadRoute } from "@/lib/factures/selection-route";
import { EMISES } from "@/lib/factures/spaces";

export const dynamic = "force-dynamic";

/** A chunk of the selection of sent invoices, as one ZIP (see selectionDownloadRoute). */
export const GET = selectionDownloadRoute(EMISES, {
  fileNamePrefix: "factures",
  tooManyMessage: `Une demande porte sur ${DOWNLOAD_CHUNK_SIZE} factures au plus : sélectionnez-en moins, ou activez JavaScript pour que le portail découpe la sélection.`,
});
