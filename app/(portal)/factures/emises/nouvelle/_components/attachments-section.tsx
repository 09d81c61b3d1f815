"use client";

import { Paperclip, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n";
import type { PieceSaisie, SaisieFacture } from "@/lib/validations/saisie-facture";
import { MAX_ATTACHMENTS } from "@/lib/validations/saisie-facture-model";
import { UploadField } from "@/components/factures/upload-field";
import { fill } from "./fill";

type Props = {
  structure: number;
  principale: SaisieFacture["pieceJointePrincipale"];
  pieces: SaisieFacture["piecesJointes"];
  onChange: (patch: Pick<SaisieFacture, "pieceJointePrincipale"> | Pick<SaisieFacture, "piecesJointes">) => void;
  errorOf: (path: string) => string[] | undefined;
  t: Messages["saisie"];
  tUpload: Messages["depot"]["upload"];
};

const OTHER_ACCEPT = ".pdf,.xml,.jpg,.jpeg,.png,.tif,.tiff,.txt,.csv,.odt,.ods,.doc,.docx,.xls,.xlsx,.zip";
const sizeText = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1).replace(".", ",")} Mo` : `${Math.max(1, Math.round(n / 1000))} Ko`);

function PieceItem({ piece, onRemove, t }: { piece: PieceSaisie; onRemove: () => void; t: Messages["saisie"] }) {
  return (
    <li className="flex items-center gap-2 py-1">
      <Paperclip aria-hidden="true" className="size-4" />
      <span className="font-medium">{piece.fileName}</span>
      <span className="text-sm text-muted-foreground">({sizeText(piece.size)})</span>
      <Button type="button" variant="ghost" size="sm" onClick={onRemove} aria-label={fill(t.removeAttachment, { name: piece.fileName })}>
        <X aria-hidden="true" />
      </Button>
    </li>
  );
}

const errorText = (errors: string[] | undefined) => (errors ? <p role="alert" className="text-sm font-medium text-danger">{errors.join(" ")}</p> : null);

/**
 * The files travel to the portal at once (/api/uploads, with progress) and are kept in the draft;
 * they reach Chorus Pro (ajouter/fichier) only when the invoice is sent.
 */
export function AttachmentsSection({ structure, principale, pieces, onChange, errorOf, t, tUpload }: Props) {
  // A new key empties the picker after each file, ready for the next one.
  const [slot, setSlot] = useState(0);
  return (
    <section aria-labelledby="s-pieces" className="flex flex-col gap-4">
      <h2 id="s-pieces" className="text-lg font-semibold">{t.sectionAttachments}</h2>
      <p className="text-sm text-muted-foreground">{t.attachmentsIntro}</p>
      <div className="flex flex-col gap-2">
        {principale ? (
          <>
            <p className="font-medium">{t.attachmentMain}</p>
            <ul><PieceItem piece={principale} onRemove={() => onChange({ pieceJointePrincipale: null })} t={t} /></ul>
          </>
        ) : (
          <UploadField kind="pdf" idStructureCPP={structure} accept=".pdf,application/pdf" label={t.attachmentMain} hint={t.attachmentMainHint} t={tUpload}
            onUploaded={(f) => { if (f) onChange({ pieceJointePrincipale: { uploadId: f.id, fileName: f.fileName, size: f.size } }); }} />
        )}
        {errorText(errorOf("pieceJointePrincipale"))}
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="font-medium">{t.attachmentsList}</h3>
        {pieces.length === 0 ? <p className="text-sm text-muted-foreground">{t.attachmentsNone}</p> : (
          <ul aria-label={t.attachmentsList}>
            {pieces.map((p) => <PieceItem key={p.uploadId} piece={p} onRemove={() => onChange({ piecesJointes: pieces.filter((x) => x.uploadId !== p.uploadId) })} t={t} />)}
          </ul>
        )}
        {pieces.length >= MAX_ATTACHMENTS ? <p className="text-sm">{t.attachmentsMax}</p> : (
          <UploadField key={slot} kind="attachment" idStructureCPP={structure} accept={OTHER_ACCEPT} label={t.attachmentOther} hint={fill(t.attachmentOtherHint, { max: MAX_ATTACHMENTS })} t={tUpload}
            onUploaded={(f) => {
              if (!f) return;
              onChange({ piecesJointes: [...pieces, { uploadId: f.id, fileName: f.fileName, size: f.size }] });
              setSlot((n) => n + 1);
            }} />
        )}
        {errorText(errorOf("piecesJointes"))}
      </div>
    </section>
  );
}
