import type { adminFr } from "./fr";
import type { Widen } from "../widen";

export const adminEn: Widen<typeof adminFr> = {
  title: "Administration",
  tabs: { accueil: "Overview", comptes: "Portal accounts", techniques: "Technical accounts", journal: "Audit log", sante: "Gateway health" },
  scope: "You administer: {list}. There is no super-administrator: each administrator manages only the structures it administers.",
  structure: "Structure", choose: "Choose",
  expiry: { title: "Technical account password expires soon", line: "{structure}: the password expires on {date} ({days} days). Renew it in Chorus Pro, then enter it here.", expired: "{structure}: the password expired on {date}." },
  authFailure: "Chorus Pro refused the technical account (401) on {date}.",
  accounts: {
    region: "Accounts attached to your structures", email: "Email", name: "Name", state: "State", enabled: "Active", disabled: "Disabled", lastLogin: "Last sign-in", rattachements: "Attachments",
    create: "Create an account", password: "Initial password", passwordHelp: "At least 12 characters, letters and digits or symbols. Give it to the person through another channel.",
    roles: "Roles on the structure", idUtilisateur: "Chorus Pro user id", idUtilisateurHelp: "Sent as idUtilisateurCourant in calls made for this person.",
    submitCreate: "Create the account", created: "Account created.", disable: "Disable {email}", enable: "Enable {email}", disabledDone: "Account disabled: its sessions are closed.", enabledDone: "Account enabled.",
    reset: "Reset password", newPassword: "New password", resetDone: "Password changed: open sessions are closed.",
    assign: "Assign the attachment", assigned: "Attachment saved.", remove: "Remove the attachment", removed: "Attachment removed.",
    import: "Import from Chorus Pro", importHelp: "Looks up, for each of your structures, whether this Chorus Pro user is attached to it, and creates the attachments found.",
    imported: "{n} attachment(s) imported: {list}.", importedNone: "No attachment found in Chorus Pro for this user on your structures.",
    manage: "Manage {email}", empty: "No account is attached to your structures.",
  },
  roles: { fournisseur: "Supplier", valideur: "Validator", gestionnaire: "Manager", moe: "Project manager", moa: "Contracting authority", admin: "Administrator" },
  technical: {
    region: "Technical accounts of your structures", login: "Technical account login", loginHelp: "The TECH_…@cpro.fr login created in Chorus Pro (not the PISTE client_id).",
    password: "Password", passwordHelp: "Checked with Chorus Pro, then encrypted; it will never be shown again.", save: "Save the technical account", saved: "Credentials accepted by Chorus Pro and saved (encrypted).",
    test: "Test the connection", testOk: "Connection succeeded. Password expiry: {date}.", none: "No technical account recorded.", expires: "Password expiry", lastCheck: "Last test",
    ok: "Succeeded", ko: "Failed", never: "Never", flagged: "Refused by Chorus Pro (401)", current: "Current account",
  },
  journal: {
    region: "Log lines", filters: "Filters", account: "Account (email)", invoice: "Invoice (id)", action: "Action", outcome: "Outcome", from: "From", to: "To", all: "All",
    apply: "Filter", export: "Export as CSV", at: "Date", subject: "Subject", detail: "Detail", empty: "No line matches these filters.",
    outcomes: { success: "Succeeded", denied: "Denied", error: "Error", pending: "Pending" }, total: "{n} line(s)",
    pagination: "Log pagination", previous: "Previous", next: "Next", page: "Page {n}",
  },
  health: {
    gateway: "Calls to Chorus Pro (since this instance started, {since})", calls: "Calls", retries: "Retries", tokenRenewals: "Token renewals", tokenFailures: "Token failures",
    errors: "Errors by kind", noErrors: "No error.", byOperation: "Calls by operation", outbox: "Outbox of your structures", status: "State", count: "Count",
    statuses: { pending: "Waiting to be sent", sending: "Sending", sent: "Sent", failed: "Failed", uncertain: "To be checked" },
    failed: "Failed writes", noFailed: "No failed write.", kind: "Operation", error: "Error", attempts: "Attempts", retry: "Retry", retried: "Back in the outbox.",
  },
};
