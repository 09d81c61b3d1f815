import type { adminFr } from "./fr";
import type { Widen } from "../widen";

export const adminEn: Widen<typeof adminFr> = {
  title: "admin",
};
