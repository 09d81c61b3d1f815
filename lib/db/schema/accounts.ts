import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const accounts = pgTable("accounts", {
  id: uuid("id").primaryKey().defaultRandom(),
  // Stored lower-cased: sign-in and uniqueness ignore case.
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  // Null for accounts that only sign in through OpenID Connect.
  passwordHash: text("password_hash"),
  oidcSubject: text("oidc_subject").unique(),
  disabled: boolean("disabled").notNull().default(false),
  // Bumped on password reset / disable: sessions issued before are refused.
  sessionVersion: bigint("session_version", { mode: "number" }).notNull().default(1),
  lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const rattachements = pgTable(
  "rattachements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    idStructureCPP: bigint("id_structure_cpp", { mode: "number" }).notNull(),
    identifiantStructure: text("identifiant_structure").notNull(),
    designationStructure: text("designation_structure").notNull(),
    // Portal roles: fournisseur, valideur, gestionnaire, moe, moa, admin (lib/auth/roles.ts).
    roles: text("roles").array().notNull().default(sql`'{}'::text[]`),
    // Chorus Pro user id sent as idUtilisateurCourant.
    idUtilisateurCourant: bigint("id_utilisateur_courant", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("rattachements_account_structure").on(t.accountId, t.idStructureCPP)],
);

export const technicalAccounts = pgTable(
  "technical_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    idStructureCPP: bigint("id_structure_cpp", { mode: "number" }).notNull().unique(),
    login: text("login").notNull(),
    // AES-256-GCM (lib/crypto.ts); decrypted only inside lib/chorus-pro.
    passwordEnc: text("password_enc").notNull(),
    passwordExpiresAt: date("password_expires_at", { mode: "string" }),
    lastCheckAt: timestamp("last_check_at", { withTimezone: true }),
    lastCheckOk: boolean("last_check_ok"),
    lastAuthFailureAt: timestamp("last_auth_failure_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("technical_accounts_login").on(t.login)],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // "account:<email>" or "ip:<address>": both are throttled.
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_key_at").on(t.key, t.at)],
);
