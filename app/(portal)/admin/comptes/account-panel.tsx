import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { AdminAccountRow } from "@/lib/admin/accounts";
import { format, type Messages } from "@/lib/i18n";
import { ActionForm } from "../_components/action-form";
import { importRattachementsAction, removeRattachementAction, resetAccountPasswordAction, setAccountDisabledAction, setRattachementAction } from "./actions";

type Opt = { value: string; label: string };

/**
 * The actions on one account, each scoped to a structure the admin administers. Disabling and the
 * password act on all of the account's structures: offered only to an admin of all of them (the
 * server refuses them otherwise, lib/admin/account-scope.ts).
 */
export function AccountPanel({ account, structureOptions, roleOptions, t }: { account: AdminAccountRow; structureOptions: Opt[]; roleOptions: Opt[]; t: Messages }) {
  const a = t.admin.accounts;
  const own = account.rattachements.map((r) => ({ value: String(r.idStructureCPP), label: r.designationStructure }));
  const hidden = { accountId: account.id };
  const structureField = (opts: Opt[]) => ({ name: "idStructureCPP", label: t.admin.structure, type: "select" as const, options: opts, required: true });
  return (
    <Card>
      <CardHeader><CardTitle as="h2">{format(a.manage, { email: account.email })}</CardTitle></CardHeader>
      <CardContent className="grid gap-8 md:grid-cols-2">
        {account.otherStructures.length ? (
          <Alert tone="info" title={a.sharedTitle} live="none" className="md:col-span-2">{format(a.shared, { list: account.otherStructures.join(", ") })}</Alert>
        ) : (
          <>
            <ActionForm action={setAccountDisabledAction} hidden={{ ...hidden, disabled: !account.disabled }} variant={account.disabled ? "secondary" : "danger"}
              submit={format(account.disabled ? a.enable : a.disable, { email: account.email })} success={account.disabled ? a.enabledDone : a.disabledDone} fields={[structureField(own)]} />
            <ActionForm action={resetAccountPasswordAction} hidden={hidden} submit={a.reset} success={a.resetDone} fields={[
              structureField(own), { name: "password", label: a.newPassword, hint: a.passwordHelp, type: "password", required: true, autoComplete: "new-password" },
            ]} />
          </>
        )}
        <ActionForm action={setRattachementAction} hidden={hidden} submit={a.assign} success={a.assigned} fields={[
          structureField(structureOptions), { name: "roles", label: a.roles, type: "checkboxes", options: roleOptions, required: true },
          { name: "idUtilisateurCourant", label: a.idUtilisateur, hint: a.idUtilisateurHelp, type: "number" },
        ]} />
        <ActionForm action={removeRattachementAction} hidden={hidden} variant="secondary" submit={a.remove} success={a.removed} fields={[structureField(own)]} />
        <div className="md:col-span-2">
          <p className="mb-2 text-sm text-muted-foreground">{a.importHelp}</p>
          <ActionForm action={importRattachementsAction} hidden={hidden} submit={a.import} label={a.import}
            success={a.imported} successWhenEmpty={{ key: "imported", text: a.importedNone }} fields={[
              structureField(own), { name: "idUtilisateur", label: a.idUtilisateur, type: "number", required: true },
              { name: "roles", label: a.roles, type: "checkboxes", options: roleOptions, required: true },
            ]} />
        </div>
      </CardContent>
    </Card>
  );
}
