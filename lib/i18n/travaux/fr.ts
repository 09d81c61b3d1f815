// Messages of the "travaux" namespace (French is the reference; en.ts has the same keys).
export const travauxFr = {
  title: "travaux",
};
