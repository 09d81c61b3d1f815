import "server-only";
// PPF annuaire (SW-PPF): REST, RFC 7807-like errors, 204 = nothing found (mapped to an empty result).
import { z } from "zod";
import { chorusFetch } from "./client";
import { ANNUAIRE_BASE as P } from "./inferred";
import { list, opt, wireInt } from "./schemas/common";
import type { CallOptions, ChorusContext } from "./types";

const str = opt(z.string());
const Filtre = z.object({ op: z.enum(["strict", "contient"]), valeur: z.unknown() });
export const RechercheAnnuaire = z.object({
  filtres: z.record(z.string(), Filtre).optional(),
  tris: z.array(z.object({ champ: z.string(), ordre: z.enum(["ascendant", "descendant"]) })).optional(),
  champs: z.array(z.string()).optional(), inclure: z.array(z.string()).optional(),
  limite: z.number().int().positive().optional(), ignorer: z.number().int().nonnegative().optional(),
});
export type RechercheAnnuaire = z.input<typeof RechercheAnnuaire>;

const UniteLegale = z.looseObject({ siren: z.string(), raisonSociale: str, typeEntite: str, etatAdministratif: str, idInstance: opt(z.union([z.string(), z.number()])) });
const Etablissement = z.looseObject({ siret: z.string(), siren: str, denomination: str, etatAdministratif: str, typeEtablissement: str, idInstance: opt(z.union([z.string(), z.number()])) });
export type UniteLegaleAnnuaire = z.output<typeof UniteLegale>;
export type EtablissementAnnuaire = z.output<typeof Etablissement>;

// 204 has no body: readBody gives undefined, which becomes an empty result here.
const resultats = <S extends z.ZodType>(item: S) => z.object({ nombre_total_resultats: opt(wireInt), resultats: list(item) }).or(z.undefined())
  .transform((r) => ({ total: r?.nombre_total_resultats ?? r?.resultats.length ?? 0, resultats: r?.resultats ?? [] }));

const call = <S extends z.ZodType>(ctx: ChorusContext, operation: string, method: "GET" | "POST", path: string, response: S, body?: unknown, opts?: CallOptions) =>
  chorusFetch(ctx, { operation, method, path: `${P}${path}`, body, mode: "read", response, envelope: false }, opts);

export const rechercherSiren = (ctx: ChorusContext, recherche: RechercheAnnuaire, opts?: CallOptions) => call(ctx, "annuaire.sirenRecherche", "POST", "/siren/recherche", resultats(UniteLegale), RechercheAnnuaire.parse(recherche), opts);
export const rechercherSiret = (ctx: ChorusContext, recherche: RechercheAnnuaire, opts?: CallOptions) => call(ctx, "annuaire.siretRecherche", "POST", "/siret/recherche", resultats(Etablissement), RechercheAnnuaire.parse(recherche), opts);
export const consulterSiren = (ctx: ChorusContext, siren: string, opts?: CallOptions) => call(ctx, "annuaire.sirenCodeInsee", "GET", `/siren/code-insee:${encodeURIComponent(siren)}`, UniteLegale, undefined, opts);
export const consulterSiret = (ctx: ChorusContext, siret: string, opts?: CallOptions) => call(ctx, "annuaire.siretCodeInsee", "GET", `/siret/code-insee:${encodeURIComponent(siret)}`, Etablissement, undefined, opts);
