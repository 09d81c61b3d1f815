import type { Rattachement } from "@/lib/auth/current-user";
import type { Messages } from "@/lib/i18n";
import { AttachmentLinks } from "./attachment-links";
import type { BankDetails } from "./bank-details-data";

type ReferentielPj = { uuid: string; fileName?: string; contentType?: string; sizeBytes?: number };

/**
 * The structure's own attachments (Kbis…), downloadable, from the Transverses list; when that list
 * is unavailable, the Référentiel des Organisations' list (names only) still says what exists.
 */
export async function StructureAttachmentsSection({ active, t, details, referentiel }: { active: Rattachement; t: Messages["structures"]; details: Promise<BankDetails>; referentiel: ReferentielPj[] }) {
  const list = await details.then((d) => d.structureAttachments, () => null);
  if (list && list.length > 0) return <AttachmentLinks idStructureCPP={active.idStructureCPP} items={list} empty={t.noAttachments} downloadLabel={t.bankDetails.download} />;
  if (referentiel.length === 0) return <p>{list ? t.noAttachments : t.bankDetails.attachmentsUnavailable}</p>;
  return (
    <ul className="flex flex-col gap-1">
      {referentiel.map((p) => <li key={p.uuid}>{p.fileName ?? p.uuid} <span className="text-sm text-muted-foreground">{p.contentType ?? ""}{p.sizeBytes ? ` · ${Math.ceil(p.sizeBytes / 1024)} Ko` : ""}</span></li>)}
    </ul>
  );
}
