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

export const errorSchema = z.object({ error: z.object({ message: z.string() }) });
export const destinatairesListSchema = z.object({ items: z.array(destinataireResumeSchema) });
