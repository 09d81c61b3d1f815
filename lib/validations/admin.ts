// Inputs of the administration space. Every action names the structure it acts on (idStructureCPP):
// the caller must be its admin, and the account touched must be attached to it.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

const idStructure = z.coerce.number({ error: "Structure invalide." }).int().positive("Structure invalide.");
const accountId = z.uuid({ error: "Compte invalide." });
export const passwordSchema = z.string()
  .min(12, "Le mot de passe doit comporter au moins 12 caractères.")
  .max(200, "Le mot de passe est limité à 200 caractères.")
  .refine((v) => /[a-zA-Z]/.test(v) && /[^a-zA-Z]/.test(v), "Le mot de passe doit mêler des lettres et au moins un chiffre ou un symbole.");
const roles = z.array(z.enum(ROLES, { error: "Rôle inconnu." })).min(1, "Choisissez au moins un rôle.");
const idUtilisateur = z.union([z.literal("").transform(() => null), z.null(), z.coerce.number().int().positive("L'identifiant utilisateur Chorus Pro est un nombre entier positif.")]).optional().transform((v) => v ?? null);

export const createAccountSchema = z.object({
  idStructureCPP: idStructure,
  email: z.email({ error: "Adresse e-mail invalide (exemple : prenom.nom@exemple.fr)." }).max(200).transform((v) => v.toLowerCase()),
  name: z.string().trim().min(2, "Le nom doit comporter au moins 2 caractères.").max(100, "Le nom est limité à 100 caractères."),
  password: passwordSchema,
  roles,
  idUtilisateurCourant: idUtilisateur,
});
export const accountTargetSchema = z.object({ idStructureCPP: idStructure, accountId });
export const setDisabledSchema = accountTargetSchema.extend({ disabled: z.boolean() });
export const resetPasswordSchema = accountTargetSchema.extend({ password: passwordSchema });
export const setRattachementSchema = accountTargetSchema.extend({ roles, idUtilisateurCourant: idUtilisateur });
export const importRattachementsSchema = accountTargetSchema.extend({
  idUtilisateur: z.coerce.number({ error: "Identifiant utilisateur Chorus Pro invalide." }).int().positive("L'identifiant utilisateur Chorus Pro est un nombre entier positif."),
  roles,
});

export const technicalAccountSchema = z.object({
  idStructureCPP: idStructure,
  // Chorus Pro technical accounts look like TECH_1_xxxxxxxx@cpro.fr.
  login: z.string().trim().min(3, "Saisissez l'identifiant du compte technique (par exemple TECH_1_12345678@cpro.fr).").max(200)
    .refine((v) => !/^[0-9a-f-]{36}$/i.test(v), "Ceci ressemble à un client_id PISTE : le compte technique est l'identifiant TECH_…@cpro.fr créé dans Chorus Pro."),
  password: z.string().min(1, "Saisissez le mot de passe du compte technique.").max(200, "Le mot de passe est limité à 200 caractères."),
});
export const structureOnlySchema = z.object({ idStructureCPP: idStructure });
export const retryOutboxSchema = z.object({ idStructureCPP: idStructure, id: z.uuid({ error: "Envoi inconnu." }) });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
export const AUDIT_OUTCOMES = ["success", "denied", "error", "pending"] as const;
/** Audit viewer filters (URL); anything malformed is ignored rather than refused. */
export const auditFilterSchema = z.object({
  structure: z.coerce.number().int().positive().optional().catch(undefined),
  compte: z.string().trim().max(200).optional().catch(undefined),
  facture: z.string().trim().max(100).optional().catch(undefined),
  action: z.string().trim().max(100).optional().catch(undefined),
  resultat: z.enum(AUDIT_OUTCOMES).optional().catch(undefined),
  du: day,
  au: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function auditHref(base: string, f: AuditFilter, over: Partial<AuditFilter> = {}): string {
  const all = { ...f, ...over };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) p.set(k, String(v));
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}
