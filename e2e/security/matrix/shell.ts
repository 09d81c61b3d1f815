import type { MatrixPart } from "./types";

export const shellMatrix: MatrixPart = {
  actions: {
    "app/(auth)/login/actions.ts#signInAction": { exempt: "sign-in: public by nature, throttled per account and address" },
    "app/(auth)/login/actions.ts#oidcSignInAction": { exempt: "sign-in: public by nature" },
    "app/(auth)/login/demo-accounts.tsx#$$RSC_SERVER_ACTION_0": { exempt: "demo sign-in (sandbox only): public by nature" },
    "app/(portal)/shell-actions.ts#setLocaleAction": { exempt: "sets the caller's own language cookie" },
    "app/(portal)/shell-actions.ts#signOutAction": { exempt: "ends the caller's own session" },
    "app/(portal)/shell-actions.ts#setActiveStructureAction": {
      roles: ["fournisseur", "valideur", "gestionnaire", "moe", "moa", "admin"],
      build: (id) => ({ idStructureCPP: id }),
    },
  },
  routes: {
    "/api/auth/[...nextauth]": [{ exempt: "Auth.js endpoints: public by nature" }],
    "/api/health": [{ exempt: "health: public by design, reveals nothing but the mode and dependency state" }],
  },
};
