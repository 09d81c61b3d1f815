import { DOWNLOAD_CHUNK_SIZE } from "@/lib/queries/factures-emises";
import { selectionDownloadRoute } from "@/lib/factures/selection-route";
import { RECUES } from "@/lib/factures/spaces";

export const dynamic = "force-dynamic";

/** A chunk of the selection of received invoices, as one ZIP (see selectionDownloadRoute). */
export const GET = selectionDownloadRoute(RECUES, {
  fileNamePrefix: "factures-recues",
  tooManyMessage: `Une demande porte sur ${DOWNLOAD_CHUNK_SIZE} factures au plus : le portail découpe la sélection quand JavaScript est actif.`,
});
