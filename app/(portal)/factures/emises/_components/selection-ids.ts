// Shared between the server table (row checkboxes) and the client download form.
export const SELECTION_FORM_ID = "factures-selection";
