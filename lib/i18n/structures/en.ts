import type { structuresFr } from "./fr";
import type { Widen } from "../widen";

export const structuresEn: Widen<typeof structuresFr> = {
  title: "structures",
};
