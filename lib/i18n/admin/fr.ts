// Messages of the "admin" namespace (French is the reference; en.ts has the same keys).
export const adminFr = {
  title: "admin",
};
