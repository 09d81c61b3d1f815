import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";

// Shapes the portal's own JSON routes answer (app/api/destinataires, app/api/referentiels): the
// form and the lookup read them with react-query. Parsed on arrival like any other boundary.

export const destinataireResumeSchema = z.object({
  idStructureCPP: z.number(),
  siret: z.string(),
  nom: z.string(),
  codePostal: z.string().nullable(),
  ville: z.string().nullable(),
  /** null when Chorus Pro did not say (the directory lists active recipients only) */
  actif: z.boolean().nullable(),
});
export type DestinataireResume = z.infer<typeof destinataireResumeSchema>;

export const destinataireDetailSchema = destinataireResumeSchema.extend({
  actif: z.boolean(),
  exigences: z.object({ codeService: z.boolean(), numeroEngagement: z.boolean(), codeServiceOuEngagement: z.boolean() }),
  services: z.array(z.object({ codeService: z.string(), libelleService: z.string(), actif: z.boolean() })),
});
export type DestinataireDetail = z.infer<typeof destinataireDetailSchema>;

export const referentielsSchema = z.object({
  tauxTva: z.array(z.object({ code: z.string(), libelle: z.string(), rate: z.string() })),
  modesPaiement: z.array(z.string()),
});
export type Referentiels = z.infer<typeof referentielsSchema>;

const errorSchema = z.object({ error: z.object({ message: z.string() }) });

async function getJson<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = errorSchema.safeParse(body);
    throw new Error(parsed.success ? parsed.data.error.message : "Le service est indisponible. Réessayez dans un instant.");
  }
  return schema.parse(body);
}

export const saisieKeys = {
  all: ["saisie"] as const,
  destinataires: (structure: number, q: string) => [...saisieKeys.all, "destinataires", structure, q] as const,
  destinataire: (structure: number, id: number) => [...saisieKeys.all, "destinataire", structure, id] as const,
  referentiels: (structure: number) => [...saisieKeys.all, "referentiels", structure] as const,
};

export const destinatairesQuery = (structure: number, q: string) =>
  queryOptions({
    queryKey: saisieKeys.destinataires(structure, q),
    queryFn: () => getJson(`/api/destinataires?structure=${structure}&q=${encodeURIComponent(q)}`, z.object({ items: z.array(destinataireResumeSchema) })),
    enabled: q.trim().length >= 2,
  });

export const destinataireQuery = (structure: number, id: number | null) =>
  queryOptions({
    queryKey: saisieKeys.destinataire(structure, id ?? 0),
    queryFn: () => getJson(`/api/destinataires/${id}?structure=${structure}`, destinataireDetailSchema),
    enabled: id !== null,
    staleTime: 5 * 60_000,
  });

export const referentielsQuery = (structure: number) =>
  queryOptions({
    queryKey: saisieKeys.referentiels(structure),
    queryFn: () => getJson(`/api/referentiels?structure=${structure}`, referentielsSchema),
    staleTime: 60 * 60_000,
  });
