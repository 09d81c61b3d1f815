// Messages of the "structures" namespace (French is the reference; en.ts has the same keys).
export const structuresFr = {
  title: "structures",
};
