// Messages of the "factures" namespace (French is the reference; en.ts has the same keys).
export const facturesFr = {
  title: "factures",
};
