import type { facturesFr } from "./fr";
import type { Widen } from "../widen";

export const facturesEn: Widen<typeof facturesFr> = {
  title: "factures",
};
