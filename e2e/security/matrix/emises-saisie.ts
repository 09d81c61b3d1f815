import type { MatrixPart } from "./types";

// Rows of the "emises-saisie" feature (key-in form and its lookups). The draft id is well-formed
// but unknown: allowed cells pass zod and the role check, then stop at « brouillon introuvable ».
const draftId = "0f6b2a1e-8c4d-4e7a-9b3f-5a1c2d3e4f60";
const data = { lignes: [] };

export const emisesSaisieMatrix: MatrixPart = {
  actions: {
    "app/(portal)/factures/emises/nouvelle/actions.ts#saveDraftAction": { roles: ["fournisseur"], build: (id) => ({ idStructureCPP: id, draftId, data }) },
    "app/(portal)/factures/emises/nouvelle/actions.ts#deleteDraftAction": { roles: ["fournisseur"], build: (id) => ({ idStructureCPP: id, draftId }) },
    "app/(portal)/factures/emises/nouvelle/actions.ts#submitInvoiceAction": { roles: ["fournisseur"], build: (id) => ({ idStructureCPP: id, draftId, data }) },
    "app/(portal)/factures/emises/nouvelle/actions.ts#refreshSubmissionAction": { roles: ["fournisseur"], build: (id) => ({ idStructureCPP: id, draftId }) },
  },
  routes: {
    "/api/destinataires": [{ roles: ["fournisseur"], method: "GET", url: (id) => `/api/destinataires?structure=${id}&q=COMMUNE` }],
    "/api/destinataires/[id]": [{ roles: ["fournisseur"], method: "GET", url: (id) => `/api/destinataires/26000004?structure=${id}` }],
    "/api/referentiels": [{ roles: ["fournisseur"], method: "GET", url: (id) => `/api/referentiels?structure=${id}` }],
  },
};
