// PPF annuaire public (SW-PPF, CONTRACT §5.3) built from the seeded structures: one unité légale per SIREN,
// one établissement per SIRET, one code routage per service of a public structure. Search body:
// filtres {champ: {op: strict|contient, valeur}}, tris, champs, limite, ignorer.
import type { NamespaceStore } from "./store";
import type { Structure } from "./types";

type Row = Record<string, unknown>;
export class PpfError extends Error {
  constructor(readonly statut: number, readonly titre: string, readonly detail: string) { super(detail); }
  /** SW-PPF `erreur` (RFC 7807-like), served as application/problem+json. */
  body(instance: string) { return { type: "about:blank", titre: this.titre, statut: this.statut, detail: this.detail, instance }; }
}

const histo = (s: Structure, id: number) => ({ dateDefinition: "2024-01-01T00:00:00+00:00", dateDebutEffet: "2024-01-01", creePar: "sandbox", masque: false, idInstance: id });
const adresse = (s: Structure) => ({ ligneAdresse1: s.adresse.adresse, ligneAdresse2: null, ligneAdresse3: null, codePostal: s.adresse.codePostal, subDivisionPays: null, localite: s.adresse.ville, codePays: s.adresse.codePays, libellePays: s.adresse.libellePays });
const sirets = (ns: NamespaceStore) => [...ns.structures.values()].filter((s) => s.typeIdentifiantStructure === "SIRET");

export function uniteLegale(s: Structure, withHisto = true): Row {
  const u: Row = { siren: s.identifiantStructure.slice(0, 9), raisonSociale: s.designationStructure, typeEntite: s.typeStructure === "PUBLIQUE" ? "Publique" : "Privée assujettie", etatAdministratif: s.actif ? "A" : "C", diffusible: "O" };
  return withHisto ? { ...u, historisation: histo(s, s.idStructureCPP) } : u;
}

export function etablissement(s: Structure, withHisto = true): Row {
  const p = s.parametres;
  const e: Row = {
    siret: s.identifiantStructure, siren: s.identifiantStructure.slice(0, 9), denomination: s.designationStructure, typeEtablissement: "P", diffusible: "O",
    etatAdministratif: s.actif ? "A" : "F", adresse: adresse(s),
  };
  // SW-PPF: the B2G block is only returned for public structures.
  if (s.typeStructure === "PUBLIQUE") e.donneesB2gComplementaires = { moa: p.estMoa, moaUniquement: p.estMoaUniquement, gestionStatutMiseEnPaiement: !p.statutMiseEnPaiementNestPasRemonte, gestionEngagementJuridique: p.numeroEJDoitEtreRenseigne, gestionEngagementJuridiqueOuService: p.gestionNumeroEJOuCodeService, gestionCodeService: p.codeServiceDoitEtreRenseigne };
  return withHisto ? { ...e, historisation: histo(s, s.idStructureCPP * 10) } : e;
}

export function rows(ns: NamespaceStore, kind: "siren" | "siret" | "code-routage", inclure: string[] = []): Row[] {
  if (kind === "siren") return sirets(ns).map((s) => uniteLegale(s));
  if (kind === "siret") return sirets(ns).map((s) => ({ ...etablissement(s), ...(inclure.includes("siren") ? { uniteLegale: uniteLegale(s, false) } : {}) }));
  return sirets(ns).filter((s) => s.typeStructure === "PUBLIQUE").flatMap((s) => s.services.map((x) => ({
    identifiantRoutage: x.codeService, siret: s.identifiantStructure, typeIdentifiantRoutage: "0224", libelleCodeRoutage: x.libelleService,
    gestionEngagementJuridique: s.parametres.numeroEJDoitEtreRenseigne, etatAdministratif: x.estActif ? "A" : "F", adresse: adresse(s), historisation: histo(s, x.idService),
    ...(inclure.includes("siren") ? { uniteLegale: uniteLegale(s, false) } : {}), ...(inclure.includes("siret") ? { etablissement: etablissement(s, false) } : {}),
  })));
}

const HISTO_FIELDS = ["dateDefinition", "dateDebutEffet", "masque", "idInstance", "creePar"];
const ADDRESS_FILTERS: Record<string, string> = { lignesAdresse: "ligneAdresse1", codePostal: "codePostal", localite: "localite", subDivisionPays: "subDivisionPays" };

function valueOf(r: Row, field: string): unknown {
  const a = ADDRESS_FILTERS[field];
  return a ? (r.adresse as Row | undefined)?.[a] : r[field];
}

export interface SearchBody { filtres?: Record<string, { op?: string; valeur?: unknown }>; tris?: { champ?: string; ordre?: string }[]; champs?: string[]; inclure?: string[]; limite?: number; ignorer?: number }

export function search(all: Row[], b: SearchBody, defaultLimit: number): { total: number; page: Row[] } {
  let out = all;
  for (const [field, f] of Object.entries(b.filtres ?? {})) {
    if (field === "historisation") continue; // history filters: the sandbox keeps one version of each row
    if (f?.op !== "strict" && f?.op !== "contient") throw new PpfError(400, "Requête invalide", `filtres.${field}.op doit valoir strict ou contient`);
    const want = String(f.valeur ?? "").toLowerCase();
    out = out.filter((r) => { const v = String(valueOf(r, field) ?? "").toLowerCase(); return f.op === "strict" ? v === want : v.includes(want); });
  }
  const tris = b.tris ?? [];
  if (tris.length) out = [...out].sort((x, y) => {
    for (const t of tris) {
      const a = String(x[t.champ ?? ""] ?? ""), c = String(y[t.champ ?? ""] ?? "");
      if (a !== c) return (a < c ? -1 : 1) * (t.ordre === "descendant" ? -1 : 1);
    }
    return 0;
  });
  const skip = Math.max(0, b.ignorer ?? 0), limit = Math.max(0, b.limite ?? defaultLimit);
  let page = out.slice(skip, skip + limit);
  if (b.champs?.length) {
    const champs = b.champs;
    page = page.map((r) => {
      const p: Row = Object.fromEntries(Object.entries(r).filter(([k]) => champs.includes(k) || k === "uniteLegale" || k === "etablissement"));
      const h = r.historisation as Row | undefined;
      if (h && champs.some((c) => HISTO_FIELDS.includes(c))) p.historisation = Object.fromEntries(Object.entries(h).filter(([k]) => champs.includes(k)));
      return p;
    });
  }
  return { total: out.length, page };
}
