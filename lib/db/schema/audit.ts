import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    accountId: uuid("account_id"),
    accountEmail: text("account_email"),
    action: text("action").notNull(),
    idStructureCPP: bigint("id_structure_cpp", { mode: "number" }),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    // success | denied | error | pending
    outcome: text("outcome").notNull(),
    detail: jsonb("detail"),
    ip: text("ip"),
    requestId: text("request_id"),
  },
  (t) => [
    index("audit_log_at").on(t.at),
    index("audit_log_account").on(t.accountId, t.at),
    index("audit_log_structure").on(t.idStructureCPP, t.at),
  ],
);
