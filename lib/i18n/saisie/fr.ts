// Messages of the "saisie" namespace (French is the reference; en.ts has the same keys).
export const saisieFr = {
  title: "saisie",
};
