import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listAccountsOf } from "@/lib/admin/accounts";
import { requireSpace } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { ActionForm } from "../_components/action-form";
import { AdminFrame } from "../_components/admin-frame";
import { createAccountAction } from "./actions";
import { AccountPanel } from "./account-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.tabs.comptes };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ compte?: string | string[] }> }) {
  const { active, structures } = await requireSpace("admin");
  const [t, raw] = await Promise.all([getMessages(), searchParams]);
  const a = t.admin.accounts;
  const rows = await listAccountsOf(structures.map((s) => s.idStructureCPP));
  const selected = rows.find((r) => r.id === (Array.isArray(raw.compte) ? raw.compte[0] : raw.compte));
  const structureOptions = structures.map((s) => ({ value: String(s.idStructureCPP), label: s.designationStructure }));
  const roleOptions = ROLES.map((r) => ({ value: r, label: t.admin.roles[r] }));
  return (
    <AdminFrame current="comptes" t={t} active={active} structures={structures}>
      {rows.length === 0 ? <p>{a.empty}</p> : (
        <Table regionLabel={a.region}>
          <TableHeader><TableRow><TableHead>{a.email}</TableHead><TableHead>{a.name}</TableHead><TableHead>{a.state}</TableHead><TableHead>{a.rattachements}</TableHead><TableHead>{a.lastLogin}</TableHead></TableRow></TableHeader>
          <TableBody>{rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell><Link className="text-primary underline" href={`/admin/comptes?compte=${r.id}`} aria-label={format(a.manage, { email: r.email })}>{r.email}</Link></TableCell>
              <TableCell>{r.name}</TableCell>
              <TableCell><Badge tone={r.disabled ? "danger" : "success"}>{r.disabled ? a.disabled : a.enabled}</Badge></TableCell>
              <TableCell><ul>{r.rattachements.map((x) => <li key={x.idStructureCPP}>{x.designationStructure} : {x.roles.map((role) => t.admin.roles[role as keyof typeof t.admin.roles] ?? role).join(", ")}{x.idUtilisateurCourant ? ` (${x.idUtilisateurCourant})` : ""}</li>)}</ul></TableCell>
              <TableCell>{r.lastLoginAt ? formatDate(r.lastLoginAt) : "—"}</TableCell>
            </TableRow>
          ))}</TableBody>
        </Table>
      )}
      {selected ? <AccountPanel account={selected} structureOptions={structureOptions} roleOptions={roleOptions} t={t} /> : null}
      <Card><CardHeader><CardTitle as="h2">{a.create}</CardTitle></CardHeader><CardContent>
        <ActionForm action={createAccountAction} submit={a.submitCreate} success={a.created} label={a.create} fields={[
          { name: "idStructureCPP", label: t.admin.structure, type: "select", options: structureOptions, required: true },
          { name: "email", label: a.email, type: "email", required: true },
          { name: "name", label: a.name, type: "text", required: true },
          { name: "password", label: a.password, hint: a.passwordHelp, type: "password", required: true, autoComplete: "new-password" },
          { name: "roles", label: a.roles, type: "checkboxes", options: roleOptions, required: true },
          { name: "idUtilisateurCourant", label: a.idUtilisateur, hint: a.idUtilisateurHelp, type: "number" },
        ]} />
      </CardContent></Card>
    </AdminFrame>
  );
}
