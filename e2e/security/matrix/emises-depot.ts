import type { MatrixPart, Role } from "./types";

// Rows of the "emises-depot" feature (PDF and flux deposits, actions on a sent invoice, uploads).
// Ids are well-formed but unknown: allowed cells reach the role check, then fail harmlessly
// (upload not found, invoice unknown upstream).
const uploadId = "3c9e1f7a-5b2d-4a8e-8f1c-6d4b2a0e9c71";
const requestId = "7a1d3c5e-9b2f-4e6a-8c0d-1f3e5a7b9c2d";
const roles: Role[] = ["fournisseur"];

export const emisesDepotMatrix: MatrixPart = {
  actions: {
    "app/(portal)/factures/emises/deposer/flux/actions.ts#checkFluxAction": { roles, build: (id) => ({ uploadId, idStructureCPP: id }) },
    "app/(portal)/factures/emises/deposer/flux/actions.ts#depositFluxAction": { roles, build: (id) => ({ uploadId, idStructureCPP: id }) },
    "app/(portal)/factures/emises/deposer/pdf/actions.ts#submitPdfAction": {
      roles,
      build: (id) => ({
        uploadId, idStructureCPP: id, siretDestinataire: "73282932000074", numeroFacture: "MATRICE-1", dateFacture: "2026-01-15",
        montantHT: "100", montantTVA: "20", montantTTC: "120",
      }),
    },
    "app/(portal)/factures/emises/[id]/actions/supplier-actions.ts#completerAction": {
      roles, build: (id) => ({ idFacture: 999_999_999, idStructureCPP: id, requestId, commentaire: "matrice" }),
    },
    "app/(portal)/factures/emises/[id]/actions/supplier-actions.ts#traiterRejetAction": {
      roles, build: (id) => ({ idFacture: 999_999_999, idStructureCPP: id, requestId }),
    },
    "app/(portal)/factures/emises/[id]/actions/supplier-actions.ts#corrigerValideurAction": {
      roles, build: (id) => ({ idFacture: 999_999_999, idStructureCPP: id, requestId, siretValideur: "73282932000074" }),
    },
  },
  routes: {
    // A JSON body without a file name: allowed cells answer 400 (nothing stored), others 401/403.
    "/api/uploads": [{ roles, method: "POST", url: (id) => `/api/uploads?kind=attachment&structure=${id}`, body: () => ({ tiny: true }) }],
  },
};
