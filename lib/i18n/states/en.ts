import type { statesFr } from "./fr";
import type { Widen } from "../widen";

export const statesEn: Widen<typeof statesFr> = {
  loading: "Loading…",
  empty: "Nothing to show yet.",
  errorTitle: "Something went wrong",
  errorBody: "The page could not be displayed. Try again in a moment.",
  retry: "Try again",
  notFoundTitle: "Page not found",
  notFoundBody: "The address does not exist or is no longer available.",
  forbiddenTitle: "Access denied",
  forbiddenBody: "Your account lacks the rights for this page. The attempt has been recorded.",
  backHome: "Back to home",
  unavailableTitle: "Service temporarily unavailable",
  dbDown: "The portal's database is not answering. Your data is safe; try again in a few minutes.",
  chorusDown: "Chorus Pro is not answering right now. Pending writes will be sent automatically when it is back.",
};
