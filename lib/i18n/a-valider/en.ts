import type { aValiderFr } from "./fr";
import type { Widen } from "../widen";

export const aValiderEn: Widen<typeof aValiderFr> = {
  title: "aValider",
};
