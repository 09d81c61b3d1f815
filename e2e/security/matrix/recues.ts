import type { MatrixPart } from "./types";

// Rows of the "recues" feature: one per server action and per route handler it adds.
// Forged invoice ids are fine here: the verdict looks only at forbidden/unauthenticated.
const G = ["gestionnaire"] as const;
const uuid = "5d0c7c1e-7c0e-4a55-9b59-3c7e0f0f5d11";

export const recuesMatrix: MatrixPart = {
  actions: {
    "app/(portal)/factures/recues/actions.ts#traiterFacturesAction": {
      roles: [...G],
      build: (id) => ({ idStructureCPP: id, idFactures: [999999901], nouveauStatut: "MISE_EN_PAIEMENT", requestId: crypto.randomUUID() }),
    },
    "app/(portal)/factures/recues/actions.ts#suiviTraitementsAction": {
      roles: [...G],
      build: (id) => ({ idStructureCPP: id, outboxIds: [uuid] }),
    },
    "app/(portal)/factures/recues/actions.ts#enregistrerDelaiAction": {
      roles: [...G],
      // The sandbox's own default: writing it leaves other tests' expectations unchanged.
      build: (id) => ({ idStructureCPP: id, paymentDelayDays: 30 }),
    },
  },
  routes: {
    "/api/factures/recues/telecharger": [{ roles: [...G], method: "GET", url: (id) => `/api/factures/recues/telecharger?structure=${id}&id=999999901` }],
    "/api/factures/recues/[id]/telecharger": [{ roles: [...G], method: "GET", url: (id) => `/api/factures/recues/999999901/telecharger?structure=${id}` }],
    "/api/factures/recues/[id]/pieces-jointes": [{ roles: [...G], method: "GET", url: (id) => `/api/factures/recues/999999901/pieces-jointes?structure=${id}` }],
    "/api/factures/recues/ids": [{ roles: [...G], method: "GET", url: (id) => `/api/factures/recues/ids?structure=${id}&numero=INEXISTANTE` }],
  },
};
