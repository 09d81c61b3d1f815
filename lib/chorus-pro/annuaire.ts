import "server-only";
// PPF annuaire (SW-PPF 1.11.0, CONTRACT §5.3): REST, RFC 7807-like errors, 204 = nothing found and
// 206 = fewer results than asked (both normal answers), 404 on a lookup = unknown identifier.
import { z } from "zod";
import { chorusFetch } from "./client";
import { ChorusProError, isChorusProError } from "./errors";
import { ANNUAIRE_BASE as P, MAX_PAGES } from "./inferred";
import { list, opt, wireBool, wireDate, wireDateTime, wireId, wireInt } from "./schemas/common";
import type { CallOptions, ChorusContext } from "./types";

/** pageSize = `limite` per request (default 100, the PPF's own default); maxPages bounds the walk. */
export interface WalkAnnuaireOptions { pageSize?: number; maxPages?: number }

const str = opt(z.string());
const bool = opt(wireBool);
const Filtre = z.object({ op: z.enum(["strict", "contient"]), valeur: z.unknown() });
export const RechercheAnnuaire = z.object({
  filtres: z.record(z.string(), Filtre).optional(),
  tris: z.array(z.object({ champ: z.string(), ordre: z.enum(["ascendant", "descendant"]) })).optional(),
  champs: z.array(z.string()).optional(), inclure: z.array(z.string()).optional(),
  limite: z.number().int().positive().optional(), ignorer: z.number().int().nonnegative().optional(),
});
export type RechercheAnnuaire = z.input<typeof RechercheAnnuaire>;

// SW-PPF: idInstance, dates and author live in `historisation`; idInstance is also hoisted (the key a caller needs).
const Historisation = z.object({ dateDefinition: opt(wireDateTime), dateDebutEffet: opt(wireDate), creePar: str, masque: bool, idInstance: opt(wireId) });
const Adresse = z.object({ ligneAdresse1: str, ligneAdresse2: str, ligneAdresse3: str, codePostal: str, subDivisionPays: str, localite: str, codePays: str, libellePays: str });
const UniteLegaleIncluse = z.object({ siren: str, raisonSociale: str, typeEntite: str, etatAdministratif: str, diffusible: str });
const hoist = <T extends { historisation?: { idInstance?: number } }>(r: T) => ({ ...r, idInstance: r.historisation?.idInstance });

const UniteLegale = z.object({
  siren: z.string(), raisonSociale: str, typeEntite: str, etatAdministratif: str, diffusible: str, historisation: opt(Historisation),
}).transform(hoist);
const Etablissement = z.object({
  siret: z.string(), siren: str, denomination: str, typeEtablissement: str, diffusible: str, etatAdministratif: str, adresse: opt(Adresse),
  historisation: opt(Historisation), uniteLegale: opt(UniteLegaleIncluse),
  // The B2G twin of the Chorus Pro structure parameters: what a supplier must fill for this recipient.
  donneesB2gComplementaires: opt(z.object({ moa: bool, moaUniquement: bool, gestionStatutMiseEnPaiement: bool, gestionEngagementJuridique: bool, gestionEngagementJuridiqueOuService: bool, gestionCodeService: bool })),
}).transform(hoist);
const CodeRoutage = z.object({
  identifiantRoutage: z.string(), siret: str, typeIdentifiantRoutage: str, libelleCodeRoutage: str, gestionEngagementJuridique: bool,
  etatAdministratif: str, adresse: opt(Adresse), historisation: opt(Historisation), uniteLegale: opt(UniteLegaleIncluse),
  etablissement: opt(z.object({ siret: str, siren: str, denomination: str, etatAdministratif: str })),
}).transform(hoist);
export type UniteLegaleAnnuaire = z.output<typeof UniteLegale>;
export type EtablissementAnnuaire = z.output<typeof Etablissement>;
export type CodeRoutageAnnuaire = z.output<typeof CodeRoutage>;
export interface ResultatsAnnuaire<T> { total: number; resultats: T[] }

// 204 has no body: readBody gives undefined, which becomes an empty result here.
const resultats = <S extends z.ZodType>(item: S) => z.object({ nombre_total_resultats: opt(wireInt), resultats: list(item) }).or(z.undefined())
  .transform((r): ResultatsAnnuaire<z.output<S>> => ({ total: r?.nombre_total_resultats ?? r?.resultats.length ?? 0, resultats: r?.resultats ?? [] }));

const call = <S extends z.ZodType>(ctx: ChorusContext, operation: string, method: "GET" | "POST", path: string, response: S, body?: unknown, opts?: CallOptions, query?: Record<string, string | undefined>) =>
  chorusFetch(ctx, { operation, method, path: `${P}${path}`, query, body, mode: "read", response, envelope: false }, opts);

// SW-PPF: each resource declares its filterable fields and the one operator each accepts. The sandbox
// is lenient; the client sends only what the swagger declares (CONTRACT §8).
type Op = "strict" | "contient";
const FILTRES: Record<"siren" | "siret" | "codeRoutage", Record<string, Op>> = {
  siren: { siren: "strict", raisonSociale: "contient", typeEntite: "strict", etatAdministratif: "strict" },
  siret: { siret: "strict", siren: "strict", typeEtablissement: "strict", denomination: "contient", lignesAdresse: "contient", codePostal: "contient", subDivisionPays: "contient", localite: "contient", etatAdministratif: "strict" },
  codeRoutage: { identifiantRoutage: "contient", siret: "strict", libelleCodeRoutage: "contient", etatAdministratif: "strict", lignesAdresse: "contient", codePostal: "contient", localite: "contient" },
};
const filtresOf = (ops: Record<string, Op>) => z.object({
  ...Object.fromEntries(Object.entries(ops).map(([champ, op]) => [champ, z.object({ op: z.literal(op), valeur: z.union([z.string(), z.number(), z.boolean()]) }).optional()])),
  historisation: z.record(z.string(), z.unknown()).optional(),
}).strict();

/** Checked before sending (a ChorusProError like every other refusal, never a raw ZodError). */
function searchBody(operation: string, recherche: RechercheAnnuaire, key: string, resource: keyof typeof FILTRES) {
  const parsed = RechercheAnnuaire.extend({ filtres: filtresOf(FILTRES[resource]).optional() }).safeParse(recherche);
  if (!parsed.success) throw new ChorusProError({ kind: "invalid_request", operation, libelle: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
  const b = parsed.data;
  // A projection (`champs`) without the identifier would drop the one field every result needs.
  return b.champs?.length && !b.champs.includes(key) ? { ...b, champs: [key, ...b.champs] } : b;
}

function identifier(operation: string, value: string, digits: 9 | 14) {
  const v = value.replace(/\s/g, "");
  if (new RegExp(`^\\d{${digits}}$`).test(v)) return v;
  const what = digits === 9 ? "SIREN" : "SIRET";
  throw new ChorusProError({ kind: "invalid_request", operation, libelle: `${what} ${value}`, userMessage: `Le ${what} doit comporter ${digits} chiffres (espaces acceptés). Vérifiez le numéro saisi.` });
}

/** A lookup of an unknown identifier answers 404: an expected answer (null), not a failure. */
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try { return await p; } catch (e) { if (isChorusProError(e) && e.kind === "not_found") return null; throw e; }
}

// async: a refused input rejects the promise like every other failure, never throws synchronously.
export const rechercherSiren = async (ctx: ChorusContext, recherche: RechercheAnnuaire, opts?: CallOptions) =>
  call(ctx, "annuaire.sirenRecherche", "POST", "/siren/recherche", resultats(UniteLegale), searchBody("annuaire.sirenRecherche", recherche, "siren", "siren"), opts);
export const rechercherSiret = async (ctx: ChorusContext, recherche: RechercheAnnuaire, opts?: CallOptions) =>
  call(ctx, "annuaire.siretRecherche", "POST", "/siret/recherche", resultats(Etablissement), searchBody("annuaire.siretRecherche", recherche, "siret", "siret"), opts);
export const rechercherCodesRoutage = async (ctx: ChorusContext, recherche: RechercheAnnuaire, opts?: CallOptions) =>
  call(ctx, "annuaire.codeRoutageRecherche", "POST", "/code-routage/recherche", resultats(CodeRoutage), searchBody("annuaire.codeRoutageRecherche", recherche, "identifiantRoutage", "codeRoutage"), opts);

/** The unité légale of a SIREN, or null when the annuaire does not know it. */
export const consulterSiren = async (ctx: ChorusContext, siren: string, opts?: CallOptions) =>
  orNull(call(ctx, "annuaire.sirenCodeInsee", "GET", `/siren/code-insee:${identifier("annuaire.sirenCodeInsee", siren, 9)}`, UniteLegale, undefined, opts));
/** An établissement (with its unité légale when `inclureSiren`), or null when the annuaire does not know it. */
export const consulterSiret = async (ctx: ChorusContext, siret: string, options: { inclureSiren?: boolean; dateObservation?: string } = {}, opts?: CallOptions) =>
  orNull(call(ctx, "annuaire.siretCodeInsee", "GET", `/siret/code-insee:${identifier("annuaire.siretCodeInsee", siret, 14)}`, Etablissement, undefined, opts,
    { inclure: options.inclureSiren ? "siren" : undefined, dateObservation: options.dateObservation }));

/**
 * Every result of a search. Walks by offset (`ignorer` += results received), not by page number:
 * a 206 may return fewer results than `limite`, and a page-number walk would then skip some.
 */
async function* walkResultats<T>(fetch: (limite: number, ignorer: number) => Promise<ResultatsAnnuaire<T>>, walk: WalkAnnuaireOptions = {}): AsyncGenerator<T, void, undefined> {
  const limite = walk.pageSize ?? 100;
  let ignorer = 0;
  for (let i = 0; i < (walk.maxPages ?? MAX_PAGES); i++) {
    const r = await fetch(limite, ignorer);
    yield* r.resultats;
    ignorer += r.resultats.length;
    if (r.resultats.length === 0 || ignorer >= r.total) return;
  }
}

type Filters = Omit<RechercheAnnuaire, "limite" | "ignorer">;
export const walkSiren = (ctx: ChorusContext, recherche: Filters, walk?: WalkAnnuaireOptions, opts?: CallOptions) =>
  walkResultats((limite, ignorer) => rechercherSiren(ctx, { ...recherche, limite, ignorer }, opts), walk);
export const walkSiret = (ctx: ChorusContext, recherche: Filters, walk?: WalkAnnuaireOptions, opts?: CallOptions) =>
  walkResultats((limite, ignorer) => rechercherSiret(ctx, { ...recherche, limite, ignorer }, opts), walk);
export const walkCodesRoutage = (ctx: ChorusContext, recherche: Filters, walk?: WalkAnnuaireOptions, opts?: CallOptions) =>
  walkResultats((limite, ignorer) => rechercherCodesRoutage(ctx, { ...recherche, limite, ignorer }, opts), walk);
