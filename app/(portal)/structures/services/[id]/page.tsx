import type { Metadata } from "next";
import Link from "next/link";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { DefinitionList } from "@/components/factures/definition-list";
import { StatusBadge } from "@/components/factures/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireSpace } from "@/lib/auth/guards";
import { rechercherFacturesRecipiendaire } from "@/lib/chorus-pro";
import { referentiel } from "@/lib/chorus-pro/referentiel";
import { formatAmount, formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadFor } from "../../_components/load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).structures.services.title };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { active } = await requireSpace("structures");
  const [t, { id }] = await Promise.all([getMessages(), params]);
  const s = t.structures;
  // Next hands the segment over already decoded: decoding again would throw on "%" (URIError).
  const key = id.slice(0, 100);
  const data = await loadFor(active, async (ctx, fiche) => {
    const service = await referentiel.consulterService(ctx, { idStructureCPP: active.idStructureCPP, uuid: fiche.uuid }, key);
    // Invoices carry idServiceExecutant: only a public recipient's received invoices cite its services.
    const factures = service?.idService && fiche.typeStructure === "PUBLIQUE"
      ? (await rechercherFacturesRecipiendaire(ctx, { idServiceExecutant: service.idService, paramRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 20, triColonne: "DateDepot", triSens: "Descendant" } })).items
      : null;
    return { service, factures };
  });
  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="structures" t={t} active={active} />
      <p><Link className="text-primary underline" href="/structures/services">{s.services.back}</Link></p>
      {!data.ok ? <Alert tone="danger" title={t.states.unavailableTitle}>{data.message}</Alert> : !data.data.service ? <Alert tone="warning">{s.services.notFound}</Alert> : (
        <>
          <Card><CardHeader><CardTitle as="h2">{data.data.service.codeService} — {data.data.service.libelle}</CardTitle></CardHeader><CardContent>
            <DefinitionList items={[
              { label: s.services.code, value: data.data.service.codeService }, { label: s.services.libelle, value: data.data.service.libelle },
              { label: s.services.etat, value: data.data.service.actif ? s.active : data.data.service.etat === "SUPPRIME" ? s.deleted : s.inactive }, { label: s.services.description, value: data.data.service.description },
              { label: s.services.numeroEj, value: data.data.service.numeroEj }, { label: s.services.idService, value: data.data.service.idService ? String(data.data.service.idService) : null },
            ]} />
          </CardContent></Card>
          <section aria-labelledby="factures-service" className="flex flex-col gap-3">
            <h2 id="factures-service" className="text-lg font-bold">{s.services.invoices}</h2>
            {data.data.factures === null ? <p>{s.services.invoicesUnavailable}</p> : data.data.factures.length === 0 ? <p>{s.services.invoicesEmpty}</p> : (
              <Table regionLabel={s.services.invoices}>
                <TableHeader><TableRow><TableHead>{s.services.numero}</TableHead><TableHead>{s.services.fournisseur}</TableHead><TableHead>{s.services.date}</TableHead><TableHead>{s.services.statut}</TableHead><TableHead numeric>{s.services.montant}</TableHead></TableRow></TableHeader>
                <TableBody>{data.data.factures.map((f) => (
                  <TableRow key={f.idFacture}>
                    <TableCell>{f.numeroFacture}</TableCell><TableCell>{f.designationFournisseur}</TableCell>
                    <TableCell>{f.dateFacture ? formatDate(f.dateFacture) : "—"}</TableCell><TableCell>{f.statut ? <StatusBadge statut={f.statut} t={t.factures} /> : "—"}</TableCell>
                    <TableCell numeric>{f.montantTTC ? formatAmount(f.montantTTC) : "—"}</TableCell>
                  </TableRow>
                ))}</TableBody>
              </Table>
            )}
          </section>
        </>
      )}
    </div>
  );
}
