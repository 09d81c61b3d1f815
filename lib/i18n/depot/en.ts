import type { depotFr } from "./fr";
import type { Widen } from "../widen";

export const depotEn: Widen<typeof depotFr> = {
  title: "depot",
};
