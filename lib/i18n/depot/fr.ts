// Messages of the "depot" namespace (French is the reference; en.ts has the same keys).
export const depotFr = {
  title: "depot",
};
