import Link from "next/link";
import { SpaceHeader } from "@/app/(portal)/_components/space-header";
import { Alert } from "@/components/ui/alert";
import type { Rattachement } from "@/lib/auth/current-user";
import { expiryWarnings, listTechnicalAccounts } from "@/lib/admin/technical-accounts";
import { formatDate } from "@/lib/format";
import { format, type Messages } from "@/lib/i18n";
import { cn } from "@/lib/utils";

const TABS = [["accueil", "/admin"], ["comptes", "/admin/comptes"], ["techniques", "/admin/comptes-techniques"], ["journal", "/admin/journal"], ["sante", "/admin/sante"]] as const;
export type AdminTab = (typeof TABS)[number][0];

/** Header, navigation and the 30-day password expiry banner shown on every admin page. */
export async function AdminFrame({ current, t, active, structures, children }: { current: AdminTab; t: Messages; active: Rattachement; structures: Rattachement[]; children: React.ReactNode }) {
  const a = t.admin;
  const warnings = expiryWarnings(await listTechnicalAccounts(structures.map((s) => s.idStructureCPP)));
  const name = (id: number) => structures.find((s) => s.idStructureCPP === id)?.designationStructure ?? String(id);
  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space="admin" t={t} active={active} />
      <nav aria-label={a.title}>
        <ul className="flex flex-wrap gap-2 border-b border-border">
          {TABS.map(([key, href]) => (
            <li key={key}>
              <Link href={href} aria-current={current === key ? "page" : undefined}
                className={cn("inline-block px-3 py-2 font-medium underline-offset-4 hover:underline", current === key ? "border-b-2 border-primary text-primary" : "text-muted-foreground")}>
                {a.tabs[key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {warnings.length ? (
        <Alert tone="warning" title={a.expiry.title} live="none">
          <ul>{warnings.map((w) => <li key={w.idStructureCPP}>{format(w.days < 0 ? a.expiry.expired : a.expiry.line, { structure: name(w.idStructureCPP), date: formatDate(w.date), days: w.days })}</li>)}</ul>
        </Alert>
      ) : null}
      {children}
    </div>
  );
}
