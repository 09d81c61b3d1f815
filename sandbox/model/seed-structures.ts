// Seeds the fixed persona structures (readable, stable ids documented in sandbox/README.md), their services,
// engagements, technical accounts and users. Random parts (SIRET digits, logins, passwords) come from the
// namespace's PRNG so that a namespace is deterministic for a given (name, seed).
import { createHash } from "node:crypto";
import { bankAccountsOf } from "./bank-details";
import { makeRng, makeSiret } from "./prng";
import type { NamespaceStore } from "./store";
import type { TypeIdentifiant } from "./enums";
import type { Persona, PortalRole, Service, Structure, StructureParametres } from "./types";

export const IDS = {
  communeServiceObligatoire: 26000001,
  ministereEjObligatoire: 26000002,
  hopitalServiceOuEj: 26000003,
  etablissementLibre: 26000004,
  officeInactif: 26000005,
  departementMoa: 26000006,
  acmeFournisseur: 27000001,
  batiTravaux: 27000002,
  moeArchitectes: 27000003,
  titulaireValideur: 27000004,
  sousTraitant: 27000005,
  europaGmbh: 27000006,
  globalCorp: 27000007,
  compteExpire: 27000008,
} as const;

const NONE: StructureParametres = {
  codeServiceDoitEtreRenseigne: false, numeroEJDoitEtreRenseigne: false, gestionNumeroEJOuCodeService: false,
  estMoa: false, estMoaUniquement: false, statutMiseEnPaiementNestPasRemonte: false,
};

interface Spec {
  id: number; nom: string; pub: boolean; type?: TypeIdentifiant; ident?: string; actif?: boolean;
  params?: Partial<StructureParametres>; ville: string; cp: string; pays?: [string, string]; idMoe?: number;
}

const SPECS: Spec[] = [
  { id: IDS.communeServiceObligatoire, nom: "COMMUNE DE SABLE-SUR-MER", pub: true, params: { codeServiceDoitEtreRenseigne: true }, ville: "Sablé-sur-Mer", cp: "85100" },
  { id: IDS.ministereEjObligatoire, nom: "MINISTERE DES ESSAIS", pub: true, params: { numeroEJDoitEtreRenseigne: true }, ville: "Paris", cp: "75007" },
  { id: IDS.hopitalServiceOuEj, nom: "CENTRE HOSPITALIER DE DEMO", pub: true, params: { gestionNumeroEJOuCodeService: true }, ville: "Lyon", cp: "69003" },
  { id: IDS.etablissementLibre, nom: "ETABLISSEMENT PUBLIC SANS CONTRAINTE", pub: true, ville: "Lille", cp: "59000" },
  { id: IDS.officeInactif, nom: "OFFICE PUBLIC DISSOUS", pub: true, actif: false, ville: "Nantes", cp: "44000" },
  { id: IDS.departementMoa, nom: "DEPARTEMENT DU VAL DE TEST", pub: true, params: { estMoa: true }, ville: "Orléans", cp: "45000", idMoe: IDS.moeArchitectes },
  { id: IDS.acmeFournisseur, nom: "ACME FOURNITURES SAS", pub: false, ville: "Bordeaux", cp: "33000" },
  { id: IDS.batiTravaux, nom: "BATI TRAVAUX SARL", pub: false, ville: "Tours", cp: "37000" },
  { id: IDS.moeArchitectes, nom: "MOE ARCHITECTES ASSOCIES", pub: false, ville: "Rennes", cp: "35000" },
  { id: IDS.titulaireValideur, nom: "TITULAIRE GROUPEMENT SA", pub: false, ville: "Marseille", cp: "13002" },
  { id: IDS.sousTraitant, nom: "SOUS-TRAITANT ELEC SARL", pub: false, ville: "Toulouse", cp: "31000" },
  { id: IDS.europaGmbh, nom: "EUROPA HANDEL GMBH", pub: false, type: "UE_HORS_FRANCE", ident: "DE811907980", ville: "Berlin", cp: "10115", pays: ["DE", "Allemagne"] },
  { id: IDS.globalCorp, nom: "GLOBAL CORP INC", pub: false, type: "HORS_UE", ident: "US-EIN-123456789", ville: "New York", cp: "10001", pays: ["US", "Etats-Unis"] },
  { id: IDS.compteExpire, nom: "COMPTE EXPIRE SARL", pub: false, ville: "Nice", cp: "06000" },
];

interface UserSpec { id: number; persona: Persona | null; prenom: string; nom: string; ratt: [number, PortalRole[]][] }

const USERS: UserSpec[] = [
  { id: 1001, persona: "fournisseur", prenom: "Fanny", nom: "Fournier", ratt: [[IDS.acmeFournisseur, ["fournisseur"]]] },
  { id: 1002, persona: "valideur", prenom: "Victor", nom: "Valette", ratt: [[IDS.titulaireValideur, ["valideur"]]] },
  { id: 1003, persona: "gestionnaire", prenom: "Gaëlle", nom: "Gestin", ratt: [[IDS.communeServiceObligatoire, ["gestionnaire"]]] },
  { id: 1004, persona: "moe", prenom: "Maël", nom: "Oeuvrard", ratt: [[IDS.moeArchitectes, ["moe"]]] },
  { id: 1005, persona: "moa", prenom: "Mathilde", nom: "Ouvrage", ratt: [[IDS.departementMoa, ["moa", "gestionnaire"]]] },
  { id: 1006, persona: "admin", prenom: "Adam", nom: "Admin", ratt: [[IDS.acmeFournisseur, ["admin", "fournisseur"]]] },
  { id: 1007, persona: "multi", prenom: "Marie", nom: "Multi", ratt: [[IDS.acmeFournisseur, ["fournisseur"]], [IDS.communeServiceObligatoire, ["gestionnaire"]], [IDS.titulaireValideur, ["valideur", "fournisseur"]]] },
  { id: 1008, persona: null, prenom: "Bruno", nom: "Batisseur", ratt: [[IDS.batiTravaux, ["fournisseur"]]] },
  { id: 1009, persona: null, prenom: "Sonia", nom: "Soustraite", ratt: [[IDS.sousTraitant, ["fournisseur"]]] },
  { id: 1010, persona: null, prenom: "Eva", nom: "Europa", ratt: [[IDS.europaGmbh, ["fournisseur"]]] },
  { id: 1011, persona: null, prenom: "Gary", nom: "Global", ratt: [[IDS.globalCorp, ["fournisseur"]]] },
  { id: 1012, persona: null, prenom: "Michel", nom: "Ministere", ratt: [[IDS.ministereEjObligatoire, ["gestionnaire"]]] },
  { id: 1013, persona: null, prenom: "Hugo", nom: "Hopital", ratt: [[IDS.hopitalServiceOuEj, ["gestionnaire"]]] },
  { id: 1014, persona: null, prenom: "Lise", nom: "Libre", ratt: [[IDS.etablissementLibre, ["gestionnaire"]]] },
  { id: 1015, persona: null, prenom: "Igor", nom: "Inactif", ratt: [[IDS.officeInactif, ["gestionnaire"]]] },
  { id: 1016, persona: null, prenom: "Ernest", nom: "Expire", ratt: [[IDS.compteExpire, ["fournisseur"]]] },
];

/** Stable 32-hex ids of the Référentiel des Organisations (INFERRED scheme, model/inferred.ts uuidScheme). */
export function uuidOf(kind: "structure" | "service" | "pj", id: number): string {
  return createHash("md5").update(`${kind}:${id}`).digest("hex");
}

/** A tiny valid PDF ("Kbis") so that organisations pieces_jointes has something to serve. */
const KBIS_PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").toString("base64");

function services(s: Spec): Service[] {
  const base = s.id * 10;
  const list: Service[] = [
    { idService: base + 1, codeService: "FACTURES_PUBLIQUES", libelleService: "Service des factures publiques", estActif: true, dateDbtService: "2017-01-01 08:30" },
    { idService: base + 2, codeService: s.pub ? "SERV_TECH" : "SERV_COMPTA", libelleService: s.pub ? "Services techniques" : "Comptabilité fournisseurs", estActif: true, dateDbtService: "2018-03-01 08:30" },
    { idService: base + 3, codeService: "SERV_ANCIEN", libelleService: "Ancien service (fermé)", estActif: false, dateDbtService: "2015-01-01 08:30", dateFinService: "2020-12-31 18:00" },
  ];
  for (const x of list) { x.uuid = uuidOf("service", x.idService); x.dateCreation = x.dateDbtService; }
  return list;
}

export function seedStructures(ns: NamespaceStore): void {
  const rng = makeRng(ns.seed ^ 0x5eed);
  for (const spec of SPECS) {
    const type = spec.type ?? "SIRET";
    const s: Structure = {
      idStructureCPP: spec.id,
      identifiantStructure: spec.ident ?? makeSiret(rng),
      typeIdentifiantStructure: type,
      designationStructure: spec.nom,
      typeStructure: spec.pub ? "PUBLIQUE" : "PRIVEE",
      actif: spec.actif ?? true,
      adresse: { adresse: `${rng.int(1, 120)} rue de la Recette`, codePostal: spec.cp, ville: spec.ville, codePays: spec.pays?.[0] ?? "FR", libellePays: spec.pays?.[1] ?? "France" },
      numeroTVA: type === "SIRET" ? undefined : spec.ident,
      parametres: { ...NONE, ...spec.params },
      services: services(spec),
      engagements: spec.pub ? Array.from({ length: 5 }, (_, i) => `EJ${spec.id}${String(i + 1).padStart(3, "0")}`) : [],
      coordBancaires: bankAccountsOf(spec, IDS.acmeFournisseur),
      idMoe: spec.idMoe,
      uuid: uuidOf("structure", spec.id),
      // One Kbis on the supplier personas and the commune; the others have none (→ 400 NotFoundReference).
      piecesJointes: [IDS.acmeFournisseur, IDS.batiTravaux, IDS.communeServiceObligatoire].includes(spec.id as never)
        ? [{ uuid: uuidOf("pj", spec.id), fileName: "kbis.pdf", contentType: "application/pdf", sizeBytes: Buffer.from(KBIS_PDF, "base64").length, base64: KBIS_PDF }]
        : [],
    };
    if (s.typeIdentifiantStructure === "SIRET") s.numeroTVA = "FR" + String(rng.int(10, 99)) + s.identifiantStructure.slice(0, 9);
    ns.addStructure(s);
    const login = `TECH_1_${rng.alnum(8)}@cpro.fr`; // SEEN-3P login shape
    ns.accounts.set(login, {
      login,
      password: `Sbx!${rng.alnum(10)}`,
      idStructureCPP: spec.id,
      dateExpirationMotPasse: spec.id === IDS.compteExpire ? "2024-01-31" : "2027-05-01",
    });
  }
  const loginOf = new Map([...ns.accounts.values()].map((a) => [a.idStructureCPP, a.login]));
  let idRatt = 880000;
  for (const u of USERS) {
    const first = u.prenom.normalize("NFD").replace(/[^\w]/g, "").toLowerCase();
    ns.users.set(u.id, {
      idUtilisateur: u.id,
      email: `${first}.${u.nom.toLowerCase()}@${u.persona ?? "utilisateur"}.sandbox.test`,
      nom: u.nom.toUpperCase(),
      prenom: u.prenom,
      telephone: `01${String(u.id).padStart(8, "0")}`,
      persona: u.persona,
      rattachements: u.ratt.map(([idStructureCPP, roles]) => ({
        idRattachement: ++idRatt, idStructureCPP, roles,
        technicalAccountLogin: loginOf.get(idStructureCPP) ?? "",
        idServices: [idStructureCPP * 10 + 1],
      })),
    });
  }
}

export const PUBLIC_IDS = SPECS.filter((s) => s.pub).map((s) => s.id);
export const SUPPLIER_IDS = SPECS.filter((s) => !s.pub && s.id !== IDS.compteExpire).map((s) => s.id);
