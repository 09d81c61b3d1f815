// Messages of the "aValider" namespace (French is the reference; en.ts has the same keys).
export const aValiderFr = {
  title: "aValider",
};
