import { format } from "@/lib/i18n";
import type { AttachmentView } from "./bank-details-data";

/** Download links of a structure's attachments (the route checks the role and the structure again). */
export function AttachmentLinks({ idStructureCPP, items, empty, downloadLabel }: { idStructureCPP: number; items: AttachmentView[]; empty: string; downloadLabel: string }) {
  if (items.length === 0) return <p className="text-sm">{empty}</p>;
  return (
    <ul className="flex flex-col gap-1">
      {items.map((p) => (
        <li key={p.pieceJointeId}>
          <a className="font-medium text-primary underline" download href={`/api/structures/pieces-jointes/${p.pieceJointeId}?structure=${idStructureCPP}`}>
            {format(downloadLabel, { name: p.designation })}
          </a>
          {p.extension ? <span className="text-sm text-muted-foreground"> ({p.extension.toUpperCase()})</span> : null}
        </li>
      ))}
    </ul>
  );
}
