import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Every write to Chorus Pro is recorded here first, then sent by lib/outbox's worker.
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    idStructureCPP: bigint("id_structure_cpp", { mode: "number" }).notNull(),
    accountId: uuid("account_id"),
    technicalAccountId: uuid("technical_account_id").notNull(),
    idUtilisateurCourant: bigint("id_utilisateur_courant", { mode: "number" }),
    payload: jsonb("payload").notNull(),
    // e.g. soumettre:<idFournisseur>:<numeroFactureSaisi>: the same write is never queued twice.
    dedupKey: text("dedup_key").unique(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    // pending | sending | sent | failed | uncertain
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: jsonb("last_error"),
    result: jsonb("result"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_due").on(t.status, t.nextAttemptAt), index("outbox_subject").on(t.subjectType, t.subjectId)],
);
