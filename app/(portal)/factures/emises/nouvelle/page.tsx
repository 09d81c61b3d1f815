import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { requireSpace } from "@/lib/auth/guards";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { FRENCH_VAT_RATES } from "@/lib/invoice/keyed-invoice";
import { getOutboxEntry } from "@/lib/outbox/queue";
import type { Referentiels } from "@/lib/queries/saisie";
import { emptySaisie, type SaisieFacture } from "@/lib/validations/saisie-facture";
import { initialCompte } from "@/lib/validations/saisie-facture-compte";
import { compteHint, loadComptes, type Comptes } from "./_lib/comptes";
import { draftData, getDraft, listDrafts } from "./_lib/drafts";
import { prefillFrom } from "./_lib/prefill";
import { loadReferentiels } from "./_lib/referentiels";
import { outcomeOf, todayInParis, type SubmitOutcome } from "./_lib/submit";
import { DraftsList } from "./_components/drafts-list";
import { SaisieForm } from "./_components/saisie-form";
import { fill } from "./_components/fill";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).saisie.title };
}

const paramsSchema = z.object({
  brouillon: z.uuid().optional().catch(undefined),
  depuis: z.coerce.number().int().positive().optional().catch(undefined),
});
const errorText = (err: unknown) => (err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string" ? err.userMessage : "Chorus Pro ne répond pas.");

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, active } = await requireSpace("emises");
  const [t, locale] = await Promise.all([getMessages(), getLocale()]);
  const sp = await searchParams;
  const { brouillon, depuis } = paramsSchema.parse({ brouillon: sp.brouillon, depuis: sp.depuis });
  const owner = { accountId: user.id, idStructureCPP: active.idStructureCPP };
  const today = todayInParis();
  const notices: { tone: "info" | "danger"; text: string }[] = [];

  let refs: Referentiels;
  let ctx: Awaited<ReturnType<typeof chorusContextFor>> | null = null;
  // null: the accounts could not be read (the select is hidden, the server checks again on sending).
  let bank: Comptes | null = null;
  try {
    ctx = await chorusContextFor(active);
    const [r, b] = await Promise.all([loadReferentiels(ctx), loadComptes(ctx, active.idStructureCPP).catch((err: unknown) => ({ error: errorText(err) }))]);
    refs = r;
    if ("error" in b) notices.push({ tone: "danger", text: fill(t.saisie.comptesIndisponibles, { message: b.error }) });
    else bank = b;
  } catch (err) {
    // The form still works with the metropolitan rates; the server checks against the real list.
    refs = { tauxTva: FRENCH_VAT_RATES.map((r) => ({ code: r.code, libelle: `${r.rate} %`, rate: r.rate })), modesPaiement: [] };
    notices.push({ tone: "danger", text: fill(t.saisie.loadError, { message: errorText(err) }) });
  }

  let data: SaisieFacture = emptySaisie(today);
  let draftId: string | null = null;
  let unsaved = false;
  let outcome: SubmitOutcome | null = null;
  const row = brouillon ? await getDraft(owner, brouillon) : null;
  if (row) {
    data = draftData(row) ?? data;
    draftId = row.id;
    if ((row.status === "queued" || row.status === "sent" || row.status === "failed") && row.outboxId) outcome = await outcomeOf(owner, row.id, await getOutboxEntry(row.outboxId));
  } else if (depuis && ctx) {
    try {
      const prefilled = await prefillFrom(ctx, depuis, today);
      data = prefilled.data;
      unsaved = true;
      notices.push({ tone: "info", text: fill(t.saisie.prefilled, { numero: prefilled.numeroOrigine }) });
    } catch (err) {
      notices.push({ tone: "danger", text: errorText(err) });
    }
  }
  // The proposed account fills an editable form that names none yet (a new form, an older draft).
  if (bank && (!outcome || outcome.state === "failed")) data = { ...data, idCoordonneeBancaire: initialCompte(data.idCoordonneeBancaire, bank.defaut) };
  const drafts = (await listDrafts(owner)).map((d) => {
    const parsed = z.object({ destinataire: z.object({ nom: z.string() }) }).safeParse(d.data);
    return { id: d.id, numeroFacture: d.numeroFacture, status: d.status, updatedAt: d.updatedAt, destinataire: parsed.success ? parsed.data.destinataire.nom : "" };
  });

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t.saisie.title}</h1>
        <p className="text-muted-foreground">{t.saisie.intro}</p>
        <p className="text-sm">{t.nav.structure} : <span className="font-medium">{active.designationStructure}</span></p>
        <p className="text-sm"><Link className="text-primary underline" href="/factures/emises/destinataires">{t.saisie.lookupLink}</Link></p>
      </header>
      {notices.map((n) => <Alert key={n.text} tone={n.tone} live="none">{n.text}</Alert>)}
      <DraftsList drafts={drafts} structure={active.idStructureCPP} currentId={draftId} t={t.saisie} />
      <SaisieForm
        key={draftId ?? `new-${depuis ?? ""}-${typeof sp.apres === "string" ? sp.apres : ""}`}
        structure={active.idStructureCPP} t={t.saisie} tUpload={t.depot.upload} refs={refs} today={today}
        initialData={data} initialDraftId={draftId} unsaved={unsaved} initialOutcome={outcome}
        comptes={bank?.comptes ?? null} compteHint={bank ? compteHint(bank.defaut, t.saisie, locale) : null}
      />
    </div>
  );
}
