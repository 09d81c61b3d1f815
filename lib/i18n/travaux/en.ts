import type { travauxFr } from "./fr";
import type { Widen } from "../widen";

export const travauxEn: Widen<typeof travauxFr> = {
  title: "travaux",
};
