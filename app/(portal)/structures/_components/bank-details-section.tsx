import Link from "next/link";
import { DefinitionList } from "@/components/factures/definition-list";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Rattachement } from "@/lib/auth/current-user";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { noteChorusFailure } from "@/lib/admin/technical-accounts";
import { formatDate, formatIban } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { logger } from "@/lib/log";
import { AttachmentLinks } from "./attachment-links";
import { loadBankDetails, type BankAccountView, type BankDetails } from "./bank-details-data";

type T = Messages["structures"];

function IbanValue({ account, t, active }: { account: BankAccountView; t: T; active: Rattachement }) {
  const b = t.bankDetails;
  const iban = account.iban;
  if (iban.status === "none") return <span>{b.ibanUnknown}</span>;
  if (iban.status === "unavailable") return <span>{b.ibanUnavailable}</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="font-mono">{formatIban(iban.iban)}</span>
      {iban.valid ? null : <Badge tone="danger">{b.invalidBadge}</Badge>}
      <span className="block w-full text-sm text-muted-foreground">
        {format(b.sourceText, { numero: iban.source.numeroFacture ?? String(iban.source.identifiantFactureCPP), date: iban.source.dateDepot ? formatDate(iban.source.dateDepot) : "—" })}
        {/* The supplier space shows the invoice; other roles of the structure do not open it. */}
        {active.roles.includes("fournisseur") ? (
          <> <Link className="text-primary underline" href={`/factures/emises/${iban.source.identifiantFactureCPP}`}>{format(b.sourceInvoice, { numero: iban.source.numeroFacture ?? String(iban.source.identifiantFactureCPP) })}</Link></>
        ) : null}
      </span>
    </span>
  );
}

function Account({ account, t, active }: { account: BankAccountView; t: T; active: Rattachement }) {
  const b = t.bankDetails;
  const headingId = `compte-${account.idCoordonneeBancaire}`;
  const bic = account.iban.status === "known" ? account.iban.bic : null;
  return (
    <li>
      <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-md border border-border p-4">
        <h3 id={headingId} className="text-lg font-semibold">{account.nom ?? `${t.bankId} ${account.idCoordonneeBancaire}`}</h3>
        <DefinitionList items={[
          { label: b.iban, value: <IbanValue account={account} t={t} active={active} /> },
          { label: b.bic, value: bic ? <span className="font-mono">{bic}</span> : null },
          { label: b.id, value: String(account.idCoordonneeBancaire) },
        ]} />
        {account.iban.status === "known" && !account.iban.valid ? (
          <Alert tone="warning" live="none" title={b.invalidTitle} titleAs="h4">{b.invalidBody}</Alert>
        ) : null}
        <div>
          <h4 className="font-semibold">{b.attachments}</h4>
          <AttachmentLinks idStructureCPP={active.idStructureCPP} items={account.attachments} empty={b.noAttachment} downloadLabel={b.download} />
        </div>
      </section>
    </li>
  );
}

/** Loads and shows the bank accounts; streamed on its own so the rest of the page does not wait. */
export async function BankDetailsSection({ active, t, details }: { active: Rattachement; t: T; details?: Promise<BankDetails> }) {
  let data: BankDetails;
  try {
    data = await (details ?? chorusContextFor(active).then((ctx) => loadBankDetails(ctx, active.idStructureCPP)));
  } catch (err) {
    await noteChorusFailure(active.idStructureCPP, err);
    const message = err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string" ? err.userMessage : null;
    if (!message) logger.error({ err }, "structures: bank details failed");
    return <Alert tone="danger" live="none">{message ?? t.bankDetails.ibanUnavailable}</Alert>;
  }
  if (data.accounts.length === 0) return <p>{t.noBank}</p>;
  return (
    <ul aria-label={t.bankDetails.region} className="flex flex-col gap-4">
      {data.accounts.map((a) => <Account key={a.idCoordonneeBancaire} account={a} t={t} active={active} />)}
    </ul>
  );
}

/** The card's body while the accounts load (announced once, the blocks hidden from screen readers). */
export function BankDetailsSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground" role="status">{label}</p>
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}

export function BankDetailsCard({ t, children }: { t: T; children: React.ReactNode }) {
  return (
    <Card className="lg:col-span-2"><CardHeader><CardTitle as="h2">{t.bank}</CardTitle></CardHeader><CardContent className="flex flex-col gap-4">
      <p className="text-sm">{t.bankDetails.intro}</p>
      {children}
    </CardContent></Card>
  );
}
