// Seeds the portal's own state that neither the sandbox nor the UI can produce on demand: an
// administrator of COMPTE EXPIRE SARL (no persona administers it) and a write the outbox gave up
// on. Straight into the e2e run's PostgreSQL (scripts/with-postgres.sh sets DATABASE_URL; with the
// default PGlite the portal holds the only handle, so these tests fail and say so).
import { Client } from "pg";
import { SANDBOX_URL } from "../env";

export const hasDatabase = Boolean(process.env.DATABASE_URL);
export const COMPTE_EXPIRE = 27000008;

async function withDb<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

async function structureOf(idStructureCPP: number) {
  const m = (await (await fetch(`${SANDBOX_URL}/__sandbox/manifest`)).json()) as { structures: { idStructureCPP: number; identifiantStructure: string; designationStructure: string }[] };
  const s = m.structures.find((x) => x.idStructureCPP === idStructureCPP);
  if (!s) throw new Error(`structure ${idStructureCPP} is not in the sandbox manifest`);
  return s;
}

/** A new account, admin (and supplier) of `idStructureCPP` only, whose password is the demo one (« sandbox »). */
export async function createAdminOf(idStructureCPP: number, email: string): Promise<string> {
  const s = await structureOf(idStructureCPP);
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO accounts (email, name, password_hash) SELECT $1, 'Admin Compte Expiré', password_hash FROM accounts WHERE email = 'admin@sandbox.test' RETURNING id`,
      [email],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error("admin@sandbox.test is missing: the demo accounts were not created");
    await db.query(
      `INSERT INTO rattachements (account_id, id_structure_cpp, identifiant_structure, designation_structure, roles) VALUES ($1, $2, $3, $4, ARRAY['admin','fournisseur'])`,
      [id, idStructureCPP, s.identifiantStructure, s.designationStructure],
    );
    return id;
  });
}

/** A write of `idStructureCPP` that the outbox marked failed, as after a final refusal. */
export async function insertFailedWrite(idStructureCPP: number, accountId: string, kind: string, payload: object, subjectId: string): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO outbox (kind, id_structure_cpp, account_id, technical_account_id, payload, subject_type, subject_id, status, attempts, last_error)
       SELECT $1, $2, $3, id, $4, 'structure', $5, 'failed', 1, $6 FROM technical_accounts WHERE id_structure_cpp = $2 RETURNING id`,
      [kind, idStructureCPP, accountId, JSON.stringify(payload), subjectId, JSON.stringify({ kind: "unavailable", httpStatus: 503, userMessage: "Chorus Pro était indisponible (envoi abandonné, données de test).", at: new Date().toISOString() })],
    );
    if (!rows[0]) throw new Error(`no technical account recorded for ${idStructureCPP}`);
    return rows[0].id;
  });
}

/** Sets the recorded expiry of a structure's technical account password (YYYY-MM-DD). */
export async function setPasswordExpiry(idStructureCPP: number, day: string): Promise<void> {
  await withDb((db) => db.query(`UPDATE technical_accounts SET password_expires_at = $2 WHERE id_structure_cpp = $1`, [idStructureCPP, day]));
}
