import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { technicalAccounts } from "@/lib/db/schema";
import type { ChorusContext } from "@/lib/chorus-pro";
import { technicalAccountLoadedFor, type Rattachement } from "@/lib/auth/current-user";

/** Raised when a structure has no technical account yet: an administrator must record one. */
export class MissingTechnicalAccountError extends Error {
  readonly userMessage: string;
  constructor(readonly idStructureCPP: number) {
    super(`no technical account for structure ${idStructureCPP}`);
    this.userMessage =
      "Aucun compte technique Chorus Pro n'est enregistré pour cette structure. Un administrateur du portail doit le saisir dans Administration › Comptes techniques.";
  }
}

/**
 * The Chorus Pro identity of a call: the technical account of the structure acted on (its
 * password stays encrypted here; only the gateway decrypts it) and the user's Chorus Pro id.
 * The caller has already checked that the user may act on this structure (lib/auth/guards).
 */
export async function chorusContextFor(rattachement: Rattachement): Promise<ChorusContext & { technicalAccountId: string }> {
  // Usually read with the user by getCurrentUser, in this same request: no second query.
  let ta = technicalAccountLoadedFor(rattachement);
  if (ta === undefined) {
    [ta] = await getDb()
      .select({ id: technicalAccounts.id, login: technicalAccounts.login, passwordEnc: technicalAccounts.passwordEnc })
      .from(technicalAccounts)
      .where(eq(technicalAccounts.idStructureCPP, rattachement.idStructureCPP))
      .limit(1);
  }
  if (!ta) throw new MissingTechnicalAccountError(rattachement.idStructureCPP);
  return {
    technicalAccountId: ta.id,
    technicalAccount: { login: ta.login, passwordEnc: ta.passwordEnc },
    ...(rattachement.idUtilisateurCourant ? { idUtilisateurCourant: rattachement.idUtilisateurCourant } : {}),
  };
}
