import type { Metadata } from "next";
import { Suspense } from "react";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { DefinitionList } from "@/components/factures/definition-list";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSpace } from "@/lib/auth/guards";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { referentiel } from "@/lib/chorus-pro/referentiel";
import { formatDate, formatSiret } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { BankDetailsCard, BankDetailsSection, BankDetailsSkeleton } from "./_components/bank-details-section";
import { loadBankDetails } from "./_components/bank-details-data";
import { EdiForm } from "./_components/edi-form";
import { loadFor } from "./_components/load";
import { StructureAttachmentsSection } from "./_components/structure-attachments-section";
import { StructureTabs } from "./_components/structure-tabs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav["structures"] };
}

const PARAMS = ["codeServiceDoitEtreRenseigne", "numeroEJDoitEtreRenseigne", "gestionNumeroEJOuCodeService", "estValideurDelegue", "statutMiseEnPaiementNestPasRemonte", "connexionEDI", "recevoirDonneesViaEDI"] as const;

export default async function Page() {
  const { active } = await requireSpace("structures");
  const t = await getMessages();
  const s = t.structures;
  // Started now, awaited by the two streamed cards below (bank accounts with their IBAN take a few calls).
  const details = chorusContextFor(active).then((ctx) => loadBankDetails(ctx, active.idStructureCPP));
  details.catch(() => undefined); // each card reports its own failure
  const data = await loadFor(active, async (ctx, fiche) => {
    const pj = await referentiel.piecesJointes(ctx, fiche.uuid).catch(() => []);
    return { fiche, pj };
  });
  const isAdmin = active.roles.includes("admin");
  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="structures" t={t} active={active} />
      <StructureTabs current="fiche" t={t} />
      {!data.ok ? <Alert tone="danger" title={t.states.unavailableTitle}>{data.message}</Alert> : (() => {
        const { fiche: f, pj } = data.data;
        const yn = (v: boolean) => <Badge tone={v ? "primary" : "neutral"}>{v ? s.yes : s.no}</Badge>;
        return (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card><CardHeader><CardTitle as="h2">{s.identity}</CardTitle></CardHeader><CardContent>
              <DefinitionList items={[
                { label: s.fields.designation, value: f.designation },
                { label: s.fields.identifiant, value: /^\d{14}$/.test(f.identifiant) ? formatSiret(f.identifiant) : f.identifiant },
                { label: s.fields.idStructureCPP, value: String(f.idStructureCPP) },
                { label: s.fields.type, value: f.typeStructure ? s.types[f.typeStructure] : null },
                { label: s.fields.statut, value: f.actif === null ? null : f.actif ? s.active : s.inactive },
                { label: s.fields.tva, value: f.numeroTva },
                { label: s.fields.email, value: f.email },
                { label: s.fields.expiry, value: f.dateExpirationMotPasseCompteTech ? formatDate(f.dateExpirationMotPasseCompteTech) : null },
                { label: s.fields.source, value: s.sources[f.source] },
              ]} />
            </CardContent></Card>
            <Card><CardHeader><CardTitle as="h2">{s.address}</CardTitle></CardHeader><CardContent>
              <DefinitionList items={[
                { label: s.fields.adresse, value: f.adresse.adresse }, { label: s.fields.codePostal, value: f.adresse.codePostal },
                { label: s.fields.ville, value: f.adresse.ville }, { label: s.fields.pays, value: f.adresse.pays },
              ]} />
            </CardContent></Card>
            <Card><CardHeader><CardTitle as="h2">{s.parameters}</CardTitle></CardHeader><CardContent>
              <dl className="flex flex-col gap-3">
                {PARAMS.map((k) => (
                  <div key={k}>
                    <dt className="flex items-center gap-2 font-semibold">{s.params[k]} {yn(f.parametres[k])}</dt>
                    {k in s.paramHelp ? <dd className="text-sm text-muted-foreground">{s.paramHelp[k as keyof typeof s.paramHelp]}</dd> : null}
                  </div>
                ))}
              </dl>
            </CardContent></Card>
            <Card><CardHeader><CardTitle as="h2">{s.edi.title}</CardTitle></CardHeader><CardContent className="flex flex-col gap-3">
              <p className="text-sm">{s.edi.intro}</p>
              {!isAdmin ? <p className="text-sm text-muted-foreground">{s.edi.adminOnly}</p> : !f.uuid ? <p className="text-sm">{s.edi.noUuid}</p> : (
                <EdiForm idStructureCPP={active.idStructureCPP} reception={f.parametres.recevoirDonneesViaEDI} connexion={f.parametres.connexionEDI}
                  t={{ ...s.edi, pending: s.outcome.pending, sent: s.outcome.sent, failed: s.outcome.failed, refresh: s.outcome.refresh }} />
              )}
            </CardContent></Card>
            <BankDetailsCard t={s}>
              <Suspense fallback={<BankDetailsSkeleton label={s.bankDetails.loading} />}>
                <BankDetailsSection active={active} t={s} details={details} />
              </Suspense>
            </BankDetailsCard>
            <Card className="lg:col-span-2"><CardHeader><CardTitle as="h2">{s.attachments}</CardTitle></CardHeader><CardContent>
              <Suspense fallback={<BankDetailsSkeleton label={t.states.loading} />}>
                <StructureAttachmentsSection active={active} t={s} details={details} referentiel={pj} />
              </Suspense>
            </CardContent></Card>
          </div>
        );
      })()}
    </div>
  );
}
