import { accountIdOf } from "../known-accounts";
import type { MatrixPart } from "./types";

// Rows of the "admin" feature. Builds are valid for zod but harmless once allowed: an unknown
// account id (« compte non rattaché »), an existing e-mail, credentials Chorus Pro refuses (tested
// before being stored), an unknown outbox row.
const accountId = "0f6b2a1e-8c4d-4e7a-9b3f-5a1c2d3e4f61";
const C = "app/(portal)/admin/comptes/actions.ts";
const T = "app/(portal)/admin/comptes-techniques/actions.ts";

// Account-wide actions target a REAL account: multi@, attached to ACME (fournisseur), the commune
// (gestionnaire) and Titulaire (valideur). No persona administers all three, so nobody may disable
// it or change its password: admin@ (admin of ACME only) is refused by the all-structures check
// (lib/admin/account-scope.ts), everyone else by the role check. The builds do the least harm if
// that check ever broke: "disabled: false" on an active account.
const MULTI = "multi@sandbox.test";
export const MATRIX_ACCOUNTS = [MULTI] as const;

export const adminMatrix: MatrixPart = {
  actions: {
    [`${C}#createAccountAction`]: { roles: ["admin"], build: (id) => ({ idStructureCPP: id, email: "fournisseur@sandbox.test", name: "Matrice", password: "matrice-2026-ok", roles: ["fournisseur"] }) },
    [`${C}#setAccountDisabledAction`]: { roles: [], build: (id) => ({ idStructureCPP: id, accountId: accountIdOf(MULTI), disabled: false }) },
    [`${C}#resetAccountPasswordAction`]: { roles: [], build: (id) => ({ idStructureCPP: id, accountId: accountIdOf(MULTI), password: "matrice-2026-ok" }) },
    [`${C}#setRattachementAction`]: { roles: ["admin"], build: (id) => ({ idStructureCPP: id, accountId, roles: ["fournisseur"] }) },
    [`${C}#removeRattachementAction`]: { roles: ["admin"], build: (id) => ({ idStructureCPP: id, accountId }) },
    [`${C}#importRattachementsAction`]: { roles: ["admin"], build: (id) => ({ idStructureCPP: id, accountId, idUtilisateur: 1001, roles: ["fournisseur"] }) },
    [`${T}#saveTechnicalAccountAction`]: { roles: ["admin"], build: (id) => ({ idStructureCPP: id, login: "TECH_MATRICE@cpro.fr", password: "not-the-password" }) },
    [`${T}#testTechnicalAccountAction`]: { roles: ["admin"], build: (id) => ({ idStructureCPP: id }) },
    "app/(portal)/admin/sante/actions.ts#retryOutboxAction": { roles: ["admin"], build: (id) => ({ idStructureCPP: id, id: "0f6b2a1e-8c4d-4e7a-9b3f-5a1c2d3e4f62" }) },
  },
  routes: {
    "/api/admin/journal/export": [{ roles: ["admin"], method: "GET", url: (id) => `/api/admin/journal/export?structure=${id}` }],
  },
};
