import type { MatrixPart } from "./types";

// Rows of the "emises-list" feature (downloads of the supplier's list and detail). The invoice id
// is well-formed but unknown: allowed cells pass the role check, then get a 404.
const invoice = 999_999_901;

export const emisesListMatrix: MatrixPart = {
  actions: {},
  routes: {
    "/api/factures/emises/telecharger": [{ roles: ["fournisseur"], method: "GET", url: (id) => `/api/factures/emises/telecharger?structure=${id}&id=${invoice}` }],
    "/api/factures/emises/[id]/telecharger": [{ roles: ["fournisseur"], method: "GET", url: (id) => `/api/factures/emises/${invoice}/telecharger?structure=${id}` }],
    "/api/factures/emises/[id]/pieces-jointes": [{ roles: ["fournisseur"], method: "GET", url: (id) => `/api/factures/emises/${invoice}/pieces-jointes?structure=${id}` }],
  },
};
