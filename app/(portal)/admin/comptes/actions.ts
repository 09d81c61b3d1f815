"use server";

import { authedAction } from "@/lib/actions/result";
import { accountWide, administeredBy, assertAdministersAll } from "@/lib/admin/account-scope";
import { AdminInputError, createAccount, isAttached, removeRattachement, resetPassword, setDisabled, upsertRattachement } from "@/lib/admin/accounts";
import { MissingTechnicalAccountError, chorusContextFor } from "@/lib/auth/chorus-context";
import type { CurrentUser, Rattachement } from "@/lib/auth/current-user";
import { rattachementsUtilisateurStructure } from "@/lib/chorus-pro/referentiel";
import { isChorusProError } from "@/lib/chorus-pro/errors";
import { accountTargetSchema, createAccountSchema, importRattachementsSchema, resetPasswordSchema, setDisabledSchema, setRattachementSchema } from "@/lib/validations/admin";

// Every action: admin of the structure named in the input (authedAction), and the account touched
// must be attached to it — an admin of A never reaches an account that only B knows. Account-wide
// actions (disable, password) also need admin on EVERY structure of the account (accountWide).
const NOT_YOURS = "Ce compte n'est pas rattaché à cette structure : vous ne pouvez pas le modifier.";
async function mustBeAttached(accountId: string, idStructureCPP: number) {
  if (!(await isAttached(accountId, idStructureCPP))) throw new AdminInputError(NOT_YOURS);
}
const ref = (r: Rattachement) => ({ idStructureCPP: r.idStructureCPP, identifiantStructure: r.identifiantStructure, designationStructure: r.designationStructure });
const target = (i: { accountId: string }) => ({ type: "account", id: i.accountId });
const notSelf = (user: CurrentUser, accountId: string, what: string) => {
  if (user.id === accountId) throw new AdminInputError(`Vous ne pouvez pas ${what} votre propre compte : demandez-le à un autre administrateur.`);
};

export const createAccountAction = authedAction(
  { action: "admin.comptes.creer", roles: ["admin"], schema: createAccountSchema, structureOf: (i) => i.idStructureCPP, subjectOf: (i) => ({ type: "account", id: i.email }) },
  async ({ user, rattachement, input }) => createAccount(input, ref(rattachement), administeredBy(user)),
);

export const setAccountDisabledAction = accountWide("admin.comptes.desactiver", setDisabledSchema, authedAction(
  { action: "admin.comptes.desactiver", roles: ["admin"], schema: setDisabledSchema, structureOf: (i) => i.idStructureCPP, subjectOf: target },
  async ({ user, input }) => {
    await mustBeAttached(input.accountId, input.idStructureCPP);
    notSelf(user, input.accountId, "désactiver");
    await assertAdministersAll(user, input.accountId);
    await setDisabled(input.accountId, input.disabled);
    return { disabled: input.disabled };
  },
));

export const resetAccountPasswordAction = accountWide("admin.comptes.motDePasse", resetPasswordSchema, authedAction(
  { action: "admin.comptes.motDePasse", roles: ["admin"], schema: resetPasswordSchema, structureOf: (i) => i.idStructureCPP, subjectOf: target },
  async ({ user, input }) => {
    await mustBeAttached(input.accountId, input.idStructureCPP);
    await assertAdministersAll(user, input.accountId);
    await resetPassword(input.accountId, input.password);
    return { reset: true };
  },
));

/** Attaches the account to this structure (or changes its roles there). The account must already be attached to one of the caller's structures. */
export const setRattachementAction = authedAction(
  { action: "admin.comptes.rattacher", roles: ["admin"], schema: setRattachementSchema, structureOf: (i) => i.idStructureCPP, subjectOf: target },
  async ({ user, rattachement, input }) => {
    const mine = user.rattachements.filter((r) => r.roles.includes("admin"));
    const known = await Promise.all(mine.map((r) => isAttached(input.accountId, r.idStructureCPP)));
    if (!known.some(Boolean)) throw new AdminInputError(NOT_YOURS);
    if (user.id === input.accountId && !input.roles.includes("admin")) throw new AdminInputError("Vous ne pouvez pas retirer votre propre rôle d'administrateur.");
    await upsertRattachement(input.accountId, ref(rattachement), input.roles, input.idUtilisateurCourant);
    return { saved: true };
  },
);

export const removeRattachementAction = authedAction(
  { action: "admin.comptes.detacher", roles: ["admin"], schema: accountTargetSchema, structureOf: (i) => i.idStructureCPP, subjectOf: target },
  async ({ user, input }) => {
    await mustBeAttached(input.accountId, input.idStructureCPP);
    notSelf(user, input.accountId, "détacher");
    await removeRattachement(input.accountId, input.idStructureCPP);
    return { removed: true };
  },
);

/**
 * Reads in Chorus Pro (lister/rattachementsutilisateur, with each structure's own technical
 * account) where this Chorus Pro user is attached among the caller's structures, and records them.
 */
export const importRattachementsAction = authedAction(
  { action: "admin.comptes.importer", roles: ["admin"], schema: importRattachementsSchema, structureOf: (i) => i.idStructureCPP, subjectOf: target },
  async ({ user, input }) => {
    await mustBeAttached(input.accountId, input.idStructureCPP);
    const found: string[] = [];
    for (const r of user.rattachements.filter((x) => x.roles.includes("admin"))) {
      try {
        const ctx = await chorusContextFor(r);
        const res = await rattachementsUtilisateurStructure(ctx, { idStructure: r.idStructureCPP, idUtilisateur: input.idUtilisateur });
        await upsertRattachement(input.accountId, { idStructureCPP: r.idStructureCPP, identifiantStructure: res.identifiantStructure ?? r.identifiantStructure, designationStructure: res.designationStructure ?? r.designationStructure }, input.roles, input.idUtilisateur);
        found.push(res.designationStructure ?? r.designationStructure);
      } catch (err) {
        // "not attached there" is an answer, not a failure; anything else stops the import.
        if (err instanceof MissingTechnicalAccountError || (isChorusProError(err) && (err.kind === "business" || err.kind === "not_found"))) continue;
        throw err;
      }
    }
    return { imported: found };
  },
);
