// Shared between the server table (row checkboxes) and the client selection panel.
export const RECUES_SELECTION_FORM = "recues-selection";
