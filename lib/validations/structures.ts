// Inputs of the "Structures et services" space: URL params of the lists and the admin's changes.
import { z } from "zod";
import { isValidSiren, isValidSiret } from "@/lib/format";

const id = z.coerce.number({ error: "Identifiant de structure invalide." }).int().positive("Identifiant de structure invalide.");
const digits = (v: string) => v.replace(/[\s.]/g, "");

/** Search across the référentiel: one criterion, checked before any call to Chorus Pro. */
export const structureSearchSchema = z.discriminatedUnion("par", [
  z.object({ par: z.literal("siren"), q: z.string().transform(digits).refine(isValidSiren, "Le SIREN doit comporter 9 chiffres valides (clé de Luhn), par exemple 732 829 320.") }),
  z.object({ par: z.literal("siret"), q: z.string().transform(digits).refine(isValidSiret, "Le SIRET doit comporter 14 chiffres valides (clé de Luhn), par exemple 732 829 320 00074.") }),
  z.object({ par: z.literal("nom"), q: z.string().trim().min(2, "Saisissez au moins 2 caractères du nom.").max(100, "Le nom est limité à 100 caractères.") }),
]);
export type StructureSearch = z.infer<typeof structureSearchSchema>;

/** parses ?par=&q= leniently: no criterion yet → null (the page shows the empty form) */
export function parseStructureSearch(raw: Record<string, string | string[] | undefined>) {
  const one = (k: string) => { const v = raw[k]; return Array.isArray(v) ? v[0] : v; };
  const q = one("q");
  if (!q) return { search: null, error: null, par: one("par") ?? "nom", q: "" };
  const parsed = structureSearchSchema.safeParse({ par: one("par") ?? "nom", q });
  if (!parsed.success) return { search: null, error: parsed.error.issues[0]?.message ?? "Critère invalide.", par: one("par") ?? "nom", q };
  return { search: parsed.data, error: null, par: parsed.data.par, q };
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
  reception_edi: z.boolean().optional(),
  connexion_edi: z.boolean().optional(),
});

export const creerServiceSchema = z.object({
  idStructureCPP: id,
  codeService: z.string().trim().min(1, "Le code service est obligatoire.").max(30, "Le code service est limité à 30 caractères.")
    .regex(/^[A-Za-z0-9_-]+$/, "Le code service ne peut contenir que des lettres sans accent, des chiffres, « _ » et « - »."),
  libelle: z.string().trim().min(2, "Le libellé doit comporter au moins 2 caractères.").max(100, "Le libellé est limité à 100 caractères."),
  description: z.string().trim().max(500, "La description est limitée à 500 caractères.").optional().transform((v) => v || undefined),
  numeroEj: z.string().trim().max(50, "Le numéro d'engagement est limité à 50 caractères.").optional().transform((v) => v || undefined),
});
export type CreerServiceInput = z.infer<typeof creerServiceSchema>;
