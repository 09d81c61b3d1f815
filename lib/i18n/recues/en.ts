import type { recuesFr } from "./fr";
import type { Widen } from "../widen";

export const recuesEn: Widen<typeof recuesFr> = {
  title: "recues",
};
