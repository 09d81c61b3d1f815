import type { MatrixPart } from "./types";

// Rows of the "a-valider" feature: one per server action and per route handler it adds. The ids
// are well-formed but unknown: allowed cells reach the role check, then fail upstream harmlessly.
const requestId = "5b0d6a3e-2f44-4c1b-9a8e-3d2f1c0b9a87";

export const aValiderMatrix: MatrixPart = {
  actions: {
    "app/(portal)/factures/a-valider/actions.ts#decideAction": {
      roles: ["valideur"],
      build: (id) => ({ idFacture: 999_999_999, idStructureCPP: id, requestId, decision: "REFUS", motifRefus: "AUT_MOTIF_ERR_VALIDEUR", complementInfo: "matrice" }),
    },
    "app/(portal)/factures/a-valider/actions.ts#decisionStatusAction": {
      roles: ["valideur"],
      build: (id) => ({ idStructureCPP: id, outboxId: requestId }),
    },
  },
  routes: {
    "/api/factures/a-valider/[id]/telecharger": [{ roles: ["valideur"], method: "GET", url: (id) => `/api/factures/a-valider/999999999/telecharger?structure=${id}` }],
    "/api/factures/a-valider/[id]/pieces-jointes": [{ roles: ["valideur"], method: "GET", url: (id) => `/api/factures/a-valider/999999999/pieces-jointes?structure=${id}` }],
  },
};
