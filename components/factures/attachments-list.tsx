import { Download, Paperclip } from "lucide-react";
import type { FactureDetail } from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";

type Attachment = NonNullable<FactureDetail["listeDesPiecesJointes"]>["pieceJointe"][number];

/**
 * The invoice's attachments. Each space passes the URL of its own download route (checked on the
 * server against the user's role on the structure); without one the list is read-only.
 */
export function AttachmentsList({ attachments, downloadHref, t }: { attachments: Attachment[]; downloadHref?: string; t: Messages["factures"] }) {
  if (attachments.length === 0) return <p className="text-muted-foreground">{t.detail.noAttachments}</p>;
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-2">
        {attachments.map((pj, i) => {
          const name = [pj.pieceJointeDesignation ?? `#${pj.pieceJointeId ?? i + 1}`, pj.pieceJointeExtension].filter(Boolean).join(".");
          return (
            <li key={`${pj.pieceJointeId ?? i}-${i}`} className="flex items-center gap-2">
              <Paperclip aria-hidden="true" className="size-4 text-muted-foreground" />
              <span className="font-medium">{name}</span>
              {pj.pieceJointeTypeLibelle ?? pj.pieceJointeTypeCode ? (
                <span className="text-sm text-muted-foreground">
                  ({t.detail.attachmentType} : {pj.pieceJointeTypeLibelle ?? pj.pieceJointeTypeCode})
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {downloadHref ? (
        <a href={downloadHref} className="inline-flex items-center gap-2 self-start text-primary underline underline-offset-4 hover:no-underline" download>
          <Download aria-hidden="true" className="size-4" />
          {t.detail.downloadAttachments}
        </a>
      ) : null}
    </div>
  );
}
