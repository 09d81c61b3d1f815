import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Invoices being keyed in: saved as the supplier types, so nothing is lost on a reload or a failure.
export const invoiceDrafts = pgTable(
  "invoice_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull(),
    idStructureCPP: bigint("id_structure_cpp", { mode: "number" }).notNull(),
    // The form's state as the browser sent it (validated again before submission).
    data: jsonb("data").notNull(),
    numeroFacture: text("numero_facture"),
    // draft | queued | sent | failed
    status: text("status").notNull().default("draft"),
    outboxId: uuid("outbox_id"),
    // Set once Chorus Pro has accepted the submission.
    identifiantFactureCPP: bigint("identifiant_facture_cpp", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invoice_drafts_owner").on(t.accountId, t.idStructureCPP, t.updatedAt)],
);

// Files received from the browser, streamed to DATA_DIR/uploads and checked by content.
export const uploads = pgTable(
  "uploads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull(),
    idStructureCPP: bigint("id_structure_cpp", { mode: "number" }).notNull(),
    // attachment | pdf | flux
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    // Path relative to DATA_DIR (never a path from the browser).
    storagePath: text("storage_path").notNull(),
    // Once sent with ajouter/fichier: the id Chorus Pro gave it.
    pieceJointeId: bigint("piece_jointe_id", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("uploads_owner").on(t.accountId, t.createdAt)],
);

// Structured flux deposits and the follow-up of their deposit report (consulterCRDetaille).
export const fluxDeposits = pgTable(
  "flux_deposits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id").notNull(),
    idStructureCPP: bigint("id_structure_cpp", { mode: "number" }).notNull(),
    uploadId: uuid("upload_id").notNull(),
    syntaxeFlux: text("syntaxe_flux").notNull(),
    outboxId: uuid("outbox_id"),
    numeroFluxDepot: text("numero_flux_depot"),
    // last etatCourantDepotFlux seen
    etat: text("etat"),
    report: jsonb("report"),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("flux_deposits_owner").on(t.accountId, t.createdAt)],
);
