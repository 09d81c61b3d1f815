import type { saisieFr } from "./fr";
import type { Widen } from "../widen";

export const saisieEn: Widen<typeof saisieFr> = {
  title: "saisie",
};
