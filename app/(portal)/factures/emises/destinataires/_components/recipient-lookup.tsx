"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Messages } from "@/lib/i18n";
import { destinatairesQuery, type DestinataireResume } from "@/lib/queries/saisie";
import { RecipientDetail } from "./recipient-detail";

type Props = {
  structure: number;
  t: Messages["saisie"];
  initialQuery?: string;
  /** In the form: picking a recipient fills it in. Absent on the lookup page (details only). */
  onChoose?: (d: DestinataireResume) => void;
  /** The lookup page keeps the search in the URL so it can be shared and reloaded. */
  onSearch?: (q: string) => void;
};

/** Recipient lookup by SIRET or name (annex §2.1.1.6–7), on its page and inside the form. */
export function RecipientLookup({ structure, t, initialQuery = "", onChoose, onSearch }: Props) {
  const [draft, setDraft] = useState(initialQuery);
  const [q, setQ] = useState(initialQuery);
  const [shown, setShown] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const results = useQuery(destinatairesQuery(structure, q));
  const tooShort = draft.trim().length > 0 && draft.trim().length < 2;

  const search = () => {
    if (draft.trim().length < 2) return;
    setQ(draft.trim());
    setShown(null);
    setRefusal(null);
    onSearch?.(draft.trim());
  };
  const choose = (d: DestinataireResume) => {
    if (d.actif === false) { setRefusal(`${d.nom} : ${t.inactiveRefused}`); setShown(d.idStructureCPP); return; }
    onChoose?.(d);
  };

  return (
    <div className="flex flex-col gap-4">
      {/* A div, not a <form>: the lookup also lives inside the key-in form. */}
      <div className="flex flex-wrap items-end gap-2" role="search" aria-label={t.lookupTitle}>
        <Field label={t.searchLabel} hint={t.searchHint} error={tooShort ? t.searchHint : null} className="min-w-72 flex-1">
          <Input value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); search(); } }} autoComplete="off" />
        </Field>
        <Button type="button" variant="secondary" onClick={search} loading={results.isFetching}>{t.search}</Button>
      </div>
      {refusal ? <Alert tone="danger">{refusal}</Alert> : null}
      {results.isError ? <Alert tone="danger">{results.error.message}</Alert> : null}
      {results.data && results.data.items.length === 0 ? <p role="status">{t.noResult}</p> : null}
      {results.data && results.data.items.length > 0 ? (
        <Table regionLabel={t.results}>
          <TableHeader>
            <TableRow>
              <TableHead>{t.colSiret}</TableHead><TableHead>{t.colName}</TableHead><TableHead>{t.colPlace}</TableHead>
              <TableHead>{t.colStatus}</TableHead><TableHead>{t.colAction}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {results.data.items.map((d) => (
              <TableRow key={d.idStructureCPP}>
                <TableCell className="font-mono">{d.siret}</TableCell>
                <TableCell>{d.nom}</TableCell>
                <TableCell>{[d.codePostal, d.ville].filter(Boolean).join(" ")}</TableCell>
                <TableCell><Badge tone={d.actif === false ? "danger" : "success"}>{d.actif === false ? t.inactive : t.active}</Badge></TableCell>
                <TableCell className="flex flex-wrap gap-2">
                  <Button type="button" size="sm" variant="ghost" aria-label={`${t.details} : ${d.nom}`} onClick={() => setShown(d.idStructureCPP)}>{t.details}</Button>
                  {onChoose ? <Button type="button" size="sm" aria-label={`${t.choose} : ${d.nom}`} onClick={() => choose(d)}>{t.choose}</Button> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {shown !== null ? <RecipientDetail structure={structure} id={shown} t={t} headingId={`destinataire-${shown}`} /> : null}
    </div>
  );
}
