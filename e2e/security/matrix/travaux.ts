import type { MatrixPart } from "./types";

// Rows of the "travaux" feature: one per server action and per route handler it adds. The ids are
// well-formed but unknown: allowed cells reach the role check, then fail upstream harmlessly.
const requestId = "7c1e5b2a-3d40-4f1b-8a9e-2e1f0c9b8a76";
const F = "app/(portal)/factures/travaux/actions";
const ROLES = ["fournisseur", "moe", "moa"] as const;
const DOWNLOAD_ROLES = ["fournisseur", "moe", "moa", "gestionnaire"] as const;
const piece = (id: number) => ({ idFactureTravaux: 999_999_999, idStructureCPP: id, requestId });

export const travauxMatrix: MatrixPart = {
  actions: {
    [`${F}/piece-actions.ts#prendreEnCompteAction`]: { roles: [...ROLES], build: piece },
    [`${F}/piece-actions.ts#refuserAction`]: { roles: [...ROLES], build: (id) => ({ ...piece(id), codeMotif: "AUTRE", commentaire: "matrice" }) },
    [`${F}/piece-actions.ts#demanderCompletionAction`]: { roles: [...ROLES], build: (id) => ({ ...piece(id), commentaire: "matrice" }) },
    [`${F}/piece-actions.ts#demanderRecyclageAction`]: { roles: [...ROLES], build: (id) => ({ ...piece(id), commentaire: "matrice" }) },
    [`${F}/piece-actions.ts#completerAction`]: { roles: [...ROLES], build: (id) => ({ ...piece(id), commentaire: "matrice" }) },
    [`${F}/piece-actions.ts#completerServiceMoeAction`]: { roles: [...ROLES], build: (id) => ({ ...piece(id), codeServiceMoe: "SERVICE" }) },
    [`${F}/piece-actions.ts#corrigerValideurAction`]: { roles: [...ROLES], build: (id) => ({ ...piece(id), siretValideur: "73282932000074" }) },
    [`${F}/piece-actions.ts#recyclerAction`]: { roles: [...ROLES], build: (id) => ({ ...piece(id), numeroBonCommande: "BC-MATRICE" }) },
    [`${F}/deposer.ts#deposerPieceAction`]: {
      roles: [...ROLES],
      build: (id) => ({
        idStructureCPP: id, requestId, cadre: "A15_ETAT_ACOMPTE_MOE", idPiecePrecedente: 999_999_999, numero: "MATRICE-1", dateFacture: "2026-01-15",
        montantHT: "100", montantTVA: "20", montantTTC: "120",
      }),
    },
  },
  routes: {
    "/api/factures/travaux/envois/[id]": [{ roles: [...ROLES], method: "GET", url: (id) => `/api/factures/travaux/envois/${requestId}?structure=${id}` }],
    // Downloads: every party of a billing file, the recipient's gestionnaire included.
    "/api/factures/travaux/[id]/telecharger": [
      { roles: [...DOWNLOAD_ROLES], method: "GET", url: (id) => `/api/factures/travaux/999999901/telecharger?structure=${id}` },
      { roles: [...DOWNLOAD_ROLES], method: "GET", url: (id) => `/api/factures/travaux/999999901/telecharger?structure=${id}&pj=1` },
    ],
    "/api/factures/travaux/[id]/pieces-jointes": [{ roles: [...DOWNLOAD_ROLES], method: "GET", url: (id) => `/api/factures/travaux/999999901/pieces-jointes?structure=${id}` }],
  },
};
