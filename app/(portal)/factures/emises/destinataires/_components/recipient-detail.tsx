"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/spinner";
import type { Messages } from "@/lib/i18n";
import { destinataireQuery, type DestinataireDetail } from "@/lib/queries/saisie";

type T = Messages["saisie"];

export function Requirements({ detail, t }: { detail: DestinataireDetail; t: T }) {
  const e = detail.exigences;
  const items = [e.codeServiceOuEngagement && t.reqEither, !e.codeServiceOuEngagement && e.codeService && t.reqService, !e.codeServiceOuEngagement && e.numeroEngagement && t.reqEj].filter(Boolean);
  return (
    <ul className="list-disc ps-5 text-sm">
      {(items.length ? items : [t.reqNone]).map((x) => <li key={String(x)}>{x}</li>)}
    </ul>
  );
}

/** Status, requirements and services of one recipient (structures consulter + rechercher/services). */
export function RecipientDetail({ structure, id, t, headingId }: { structure: number; id: number; t: T; headingId?: string }) {
  const q = useQuery(destinataireQuery(structure, id));
  if (q.isPending) return <p className="flex items-center gap-2 text-sm"><Spinner decorative size="sm" />{t.loadingDetail}</p>;
  if (q.isError) return <Alert tone="danger">{q.error.message}</Alert>;
  const d = q.data;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-md border border-border p-4">
      <h3 id={headingId} className="font-semibold">
        {d.nom} <span className="font-normal text-muted-foreground">({d.siret})</span>{" "}
        <Badge tone={d.actif ? "success" : "danger"}>{d.actif ? t.active : t.inactive}</Badge>
      </h3>
      {!d.actif ? <Alert tone="danger" live="none">{t.inactiveRefused}</Alert> : null}
      <div>
        <h4 className="text-sm font-medium">{t.requirements}</h4>
        <Requirements detail={d} t={t} />
      </div>
      <div>
        <h4 className="text-sm font-medium">{t.services}</h4>
        {d.services.length === 0 ? <p className="text-sm">{t.noService}</p> : (
          <ul className="text-sm">
            {d.services.map((s) => (
              <li key={s.codeService}>
                <span className="font-mono">{s.codeService}</span> — {s.libelleService}{" "}
                {s.actif ? <Badge tone="success">{t.active}</Badge> : <Badge tone="neutral">{t.serviceInactive}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
