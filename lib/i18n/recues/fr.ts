// Messages of the "recues" namespace (French is the reference; en.ts has the same keys).
export const recuesFr = {
  title: "recues",
};
