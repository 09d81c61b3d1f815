// Référentiel des Organisations (CONTRACT §5.1): wire objects built from the model, and the search body
// ({field: {op, val}}, _sort, _desc, _fields) applied to them.
import { TYPES_IDENTIFIANT } from "./enums";
import { OrgaError } from "./errors";
import type { Service, Structure } from "./types";

type Row = Record<string, unknown>;
const iso = (d: string | undefined) => (d ? `${d.replace(" ", "T")}:00+00:00` : null);

export function structureRow(s: Structure): Row {
  const p = s.parametres;
  return {
    uuid: s.uuid, libelleOrganisation: s.designationStructure, numeroTvaIntracommunautaire: s.numeroTVA ?? null,
    typeOrganisation: s.typeStructure === "PUBLIQUE" ? "public" : "private", contactPrincipal: null, organisationParent: null,
    estCentreGestionAgricole: false, gestionNumeroEJOuCodeService: p.gestionNumeroEJOuCodeService, numeroPacage: null,
    status: s.actif ? "active" : "inactive", identifiant: s.identifiantStructure,
    // INFERRED: the sandbox sample shows typeIdentifiant "0" for a SIRET; the index in the CONTRACT §6.3 order.
    typeIdentifiant: String(TYPES_IDENTIFIANT.indexOf(s.typeIdentifiantStructure)),
    categorieFournisseurMemoireId: null, categorieBeneficiaireId: null, adresse: s.adresse.adresse, complementAdresse1: null, complementAdresse2: null,
    codePostal: s.adresse.codePostal, ville: s.adresse.ville, pays: s.adresse.libellePays, adresseElectronique: `contact@${s.idStructureCPP}.sandbox.test`,
    telephone: null, recevoirCyclesViesEdi: s.recevoirDonneesViaEDI ?? false, emetteurFluxEdi: s.connexionEDI ?? false, nonDiffusibleInsee: false,
    derniereMaj: "2026-01-01T00:00:00+00:00", nomStructure: null, prenomStructure: null, numeroRcsStructure: null,
    numeroEjDoitEtreRenseigne: p.numeroEJDoitEtreRenseigne, codeServiceDoitEtreRenseigne: p.codeServiceDoitEtreRenseigne,
    statutMiseEnPaiementNestPasRemonte: p.statutMiseEnPaiementNestPasRemonte, avecMOA: p.estMoa, estMOAUniquement: p.estMoaUniquement,
    structureOrigine: null, raisonSociale: s.designationStructure, categorieJuridique: null, categorieEntreprise: null,
  };
}

export function serviceRow(s: Structure, x: Service): Row {
  return {
    uuid: x.uuid, libelle: x.libelleService, description: x.description ?? null, codeService: x.codeService, rattachementOrganisation: s.uuid,
    dateCreation: iso(x.dateCreation ?? x.dateDbtService), dateDebutActivation: iso(x.dateDbtService), dateFinActivation: iso(x.dateFinService),
    dateModification: iso(x.dateDbtService), dateSuppression: null, etatService: x.estActif ? "ACTIF" : "INACTIF",
    adresse: s.adresse.adresse, complementAdresse1: null, complementAdresse2: null, codePostal: s.adresse.codePostal, ville: s.adresse.ville,
    pays: s.adresse.libellePays, telephone: null, numeroEj: x.numeroEj ?? null, derniereMaj: iso(x.dateCreation ?? x.dateDbtService),
  };
}

const OPS = ["=", ">", "<", ">=", "<=", "IN", "CONTAINS"] as const;

function test(value: unknown, op: string, val: unknown): boolean {
  const norm = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : v);
  switch (op) {
    case "=": return norm(value) === norm(val);
    case ">": return String(value) > String(val);
    case "<": return String(value) < String(val);
    case ">=": return String(value) >= String(val);
    case "<=": return String(value) <= String(val);
    case "IN": return Array.isArray(val) && val.map(norm).includes(norm(value));
    default: return typeof value === "string" && value.toLowerCase().includes(String(val).toLowerCase());
  }
}

/** Applies a search body to rows; unknown field or operator → 400 ParamsInvalid. */
export function searchRows(rows: Row[], body: unknown): Row[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new OrgaError("ParamsInvalid", "corps de recherche attendu : objet JSON");
  const known = new Set(Object.keys(rows[0] ?? {}));
  const b = body as Record<string, unknown>;
  const list = (k: string) => {
    const v = b[k] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || (known.size && !known.has(x)))) throw new OrgaError("ParamsInvalid", `${k} : liste de champs connus attendue`);
    return v as string[];
  };
  const sort = list("_sort"), desc = new Set(list("_desc")), fields = list("_fields");
  const filters = Object.entries(b).filter(([k]) => !k.startsWith("_")).map(([k, f]) => {
    const { op, val } = (f ?? {}) as { op?: string; val?: unknown };
    if (known.size && !known.has(k)) throw new OrgaError("ParamsInvalid", `champ inconnu : ${k}`);
    if (!OPS.includes(op as never)) throw new OrgaError("ParamsInvalid", `${k}.op doit être l'un de ${OPS.join(" ")}`);
    return (r: Row) => test(r[k], op!, val);
  });
  const out = rows.filter((r) => filters.every((f) => f(r)));
  if (sort.length) out.sort((a, b2) => {
    for (const k of sort) {
      const x = String(a[k] ?? ""), y = String(b2[k] ?? "");
      if (x !== y) return (x < y ? -1 : 1) * (desc.has(k) ? -1 : 1);
    }
    return 0;
  });
  return fields.length ? out.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]]))) : out;
}
