// GET /__sandbox/manifest: the one interface between the portal and the sandbox (docs/ARCHITECTURE.md).
import type { PisteClient } from "./registry";
import type { NamespaceStore } from "./store";

export function manifest(ns: NamespaceStore, pisteClients: PisteClient[]) {
  return {
    namespace: ns.name,
    pisteClients: pisteClients.map((c) => ({ client_id: c.client_id, client_secret: c.client_secret })),
    technicalAccounts: [...ns.accounts.values()].map((a) => ({
      login: a.login, password: a.password, idStructureCPP: a.idStructureCPP,
      identifiantStructure: ns.structures.get(a.idStructureCPP)?.identifiantStructure ?? "",
      dateExpirationMotPasse: a.dateExpirationMotPasse,
    })),
    structures: [...ns.structures.values()].map((s) => ({
      idStructureCPP: s.idStructureCPP, identifiantStructure: s.identifiantStructure,
      typeIdentifiantStructure: s.typeIdentifiantStructure, designationStructure: s.designationStructure, typeStructure: s.typeStructure,
    })),
    users: [...ns.users.values()].map((u) => ({
      idUtilisateur: u.idUtilisateur, email: u.email, nom: u.nom, prenom: u.prenom, persona: u.persona,
      rattachements: u.rattachements.map((r) => ({ idStructureCPP: r.idStructureCPP, roles: r.roles, technicalAccountLogin: r.technicalAccountLogin })),
    })),
  };
}
