import { bigint, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// When an account last looked at a space for a structure: drives « nouveautés depuis ma dernière visite ».
export const lastVisits = pgTable(
  "last_visits",
  {
    accountId: uuid("account_id").notNull(),
    idStructureCPP: bigint("id_structure_cpp", { mode: "number" }).notNull(),
    space: text("space").notNull(),
    visitedAt: timestamp("visited_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.idStructureCPP, t.space] })],
);

// Portal-side settings of a public structure (not in Chorus Pro).
export const structureSettings = pgTable("structure_settings", {
  idStructureCPP: bigint("id_structure_cpp", { mode: "number" }).primaryKey(),
  // Legal payment period in days: 30 for the State, 50 for public hospitals (configurable).
  paymentDelayDays: integer("payment_delay_days"),
  updatedBy: uuid("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
