import type { MatrixPart } from "./types";

// Rows of the "structures" feature. Builds reach the role check without changing anything:
// the EDI change sets no switch (refused after the check), the service code exists everywhere
// in the sandbox (FACTURES_PUBLIQUES → « code déjà utilisé » before anything is queued), the
// status of an unknown write (« envoi introuvable » after the checks).
export const structuresMatrix: MatrixPart = {
  actions: {
    "app/(portal)/structures/actions.ts#modifierParametresEdiAction": { roles: ["admin"], build: (id) => ({ idStructureCPP: id }) },
    "app/(portal)/structures/actions.ts#creerServiceAction": { roles: ["admin"], build: (id) => ({ idStructureCPP: id, codeService: "FACTURES_PUBLIQUES", libelle: "Matrice" }) },
    "app/(portal)/structures/actions.ts#writeStatusAction": { roles: ["admin"], build: (id) => ({ idStructureCPP: id, id: "0f6b2a1e-8c4d-4e7a-9b3f-5a1c2d3e4f63" }) },
  },
  routes: {
    // Anyone attached to a structure reads its fiche, so its attachments; an unknown id → 404 after the checks.
    "/api/structures/pieces-jointes/[id]": [{ roles: ["fournisseur", "valideur", "gestionnaire", "moe", "moa", "admin"], method: "GET", url: (id) => `/api/structures/pieces-jointes/999999901?structure=${id}` }],
  },
};
