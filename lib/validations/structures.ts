// Inputs of the "Structures et services" space: URL params of the lists and the admin's changes.
import { z } from "zod";
import { isValidSiren, isValidSiret } from "@/lib/format";

// Every check carries its own French message: zod's defaults are English ("Invalid input").
const ID = "Identifiant de structure invalide : choisissez l'une de vos structures.";
const id = z.coerce.number({ error: ID }).int({ error: ID }).positive(ID);
const text = (message: string) => z.string({ error: message });
const digits = (v: string) => v.replace(/[\s.]/g, "");

const SEARCH_BY = "Critère de recherche inconnu : choisissez Nom, SIREN ou SIRET.";
const SIREN = "Le SIREN doit comporter 9 chiffres valides (clé de Luhn), par exemple 732 829 320.";
const SIRET = "Le SIRET doit comporter 14 chiffres valides (clé de Luhn), par exemple 732 829 320 00074.";
const NAME = "Saisissez au moins 2 caractères du nom.";
/** Search across the référentiel: one criterion, checked before any call to Chorus Pro. */
export const structureSearchSchema = z.discriminatedUnion("par", [
  z.object({ par: z.literal("siren"), q: text(SIREN).transform(digits).refine(isValidSiren, SIREN) }),
  z.object({ par: z.literal("siret"), q: text(SIRET).transform(digits).refine(isValidSiret, SIRET) }),
  z.object({ par: z.literal("nom"), q: text(NAME).trim().min(2, NAME).max(100, "Le nom est limité à 100 caractères.") }),
], { error: SEARCH_BY });
const SEARCH_KEYS = ["nom", "siren", "siret"] as const;
export type StructureSearch = z.infer<typeof structureSearchSchema>;

/** parses ?par=&q= leniently: no criterion yet → null (the page shows the empty form); `field` is where the error goes */
export function parseStructureSearch(raw: Record<string, string | string[] | undefined>) {
  const one = (k: string) => { const v = raw[k]; return Array.isArray(v) ? v[0] : v; };
  const q = one("q");
  const asked = one("par") ?? "nom";
  // The select shows a criterion it knows; a forged ?par= is explained beside the field.
  const par = (SEARCH_KEYS as readonly string[]).includes(asked) ? asked : "nom";
  if (!q) return { search: null, error: null, field: null, par, q: "" };
  const parsed = structureSearchSchema.safeParse({ par: asked, q });
  if (!parsed.success) return { search: null, error: parsed.error.issues[0]?.message ?? SEARCH_BY, field: par === asked ? "q" as const : "par" as const, par, q };
  return { search: parsed.data, error: null, field: null, par: parsed.data.par, q };
}

export const SERVICE_FILTERS = ["tous", "actifs", "inactifs"] as const;
export const servicesListSchema = z.object({
  statut: z.enum(SERVICE_FILTERS).catch("tous"),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type ServicesList = z.infer<typeof servicesListSchema>;

export const parametresEdiSchema = z.object({
  idStructureCPP: id,
  // Optional each: a change sends only the switches it sets (PATCH semantics).
  reception_edi: z.boolean({ error: "Valeur invalide pour « Recevoir les cycles de vie des factures par EDI » : cochez ou décochez la case." }).optional(),
  connexion_edi: z.boolean({ error: "Valeur invalide pour « Émettre des factures par flux EDI » : cochez ou décochez la case." }).optional(),
});

export const creerServiceSchema = z.object({
  idStructureCPP: id,
  codeService: text("Le code service est obligatoire.").trim().min(1, "Le code service est obligatoire.").max(30, "Le code service est limité à 30 caractères.")
    .regex(/^[A-Za-z0-9_-]+$/, "Le code service ne peut contenir que des lettres sans accent, des chiffres, « _ » et « - »."),
  libelle: text("Le libellé doit comporter au moins 2 caractères.").trim().min(2, "Le libellé doit comporter au moins 2 caractères.").max(100, "Le libellé est limité à 100 caractères."),
  description: text("La description doit être un texte.").trim().max(500, "La description est limitée à 500 caractères.").optional().transform((v) => v || undefined),
  numeroEj: text("Le numéro d'engagement doit être un texte.").trim().max(50, "Le numéro d'engagement est limité à 50 caractères.").optional().transform((v) => v || undefined),
});
export type CreerServiceInput = z.infer<typeof creerServiceSchema>;

/** A queued write of the space, polled after « En attente d'envoi ». */
export const writeStatusSchema = z.object({ idStructureCPP: id, id: z.uuid({ error: "Envoi inconnu : actualisez la page." }) });
