import type { Metadata } from "next";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireSpace } from "@/lib/auth/guards";
import { referentiel } from "@/lib/chorus-pro/referentiel";
import { formatSiret } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { parseStructureSearch } from "@/lib/validations/structures";
import { loadFor } from "../_components/load";
import { StructureTabs } from "../_components/structure-tabs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).structures.search.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { active } = await requireSpace("structures");
  const [t, raw] = await Promise.all([getMessages(), searchParams]);
  const s = t.structures;
  const p = parseStructureSearch(raw);
  const q = p.search;
  const data = q ? await loadFor(active, (ctx) => referentiel.rechercherStructures(ctx, q.par === "nom" ? { nom: q.q } : q.par === "siren" ? { siren: q.q } : { siret: q.q })) : null;
  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="structures" t={t} active={active} />
      <StructureTabs current="recherche" t={t} />
      <form method="get" action="/structures/recherche" className="flex flex-wrap items-start gap-4" aria-label={s.search.title}>
        <Field label={s.search.by} error={p.field === "par" ? p.error : null}><NativeSelect name="par" defaultValue={p.par}>
          <option value="nom">{s.search.nom}</option><option value="siren">{s.search.siren}</option><option value="siret">{s.search.siret}</option>
        </NativeSelect></Field>
        <Field label={s.search.value} hint={s.search.valueHelp} error={p.field === "q" ? p.error : null}><Input name="q" defaultValue={p.q} /></Field>
        <Button type="submit" className="mt-7">{s.search.submit}</Button>
      </form>
      {!data ? (!p.error ? <p className="text-muted-foreground">{s.search.intro}</p> : null) : !data.ok ? <Alert tone="danger" title={t.states.unavailableTitle}>{data.message}</Alert> : data.data.length === 0 ? (
        <EmptyState title={s.search.emptyTitle} description={s.search.emptyBody} />
      ) : (
        <Table regionLabel={s.search.region}>
          <TableHeader><TableRow><TableHead>{s.fields.designation}</TableHead><TableHead>{s.fields.identifiant}</TableHead><TableHead>{s.fields.type}</TableHead><TableHead>{s.fields.statut}</TableHead></TableRow></TableHeader>
          <TableBody>{data.data.map((x) => (
            <TableRow key={x.uuid ?? x.identifiant}>
              <TableCell>{x.designation}</TableCell><TableCell>{/^\d{14}$/.test(x.identifiant) ? formatSiret(x.identifiant) : x.identifiant}</TableCell>
              <TableCell>{x.typeStructure === "PUBLIQUE" || x.typeStructure === "PRIVEE" ? s.types[x.typeStructure] : "—"}</TableCell>
              <TableCell><Badge tone={x.actif === false ? "neutral" : "success"}>{x.actif === false ? s.inactive : s.active}</Badge></TableCell>
            </TableRow>
          ))}</TableBody>
        </Table>
      )}
    </div>
  );
}
