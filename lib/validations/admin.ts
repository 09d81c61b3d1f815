// Inputs of the administration space. Every action names the structure it acts on (idStructureCPP):
// the caller must be its admin, and the account touched must be attached to it.
// Every check carries its own French message: zod's defaults are English ("Invalid input").
import { z } from "zod";
import { isCalendarDate } from "@/lib/admin/paris-day";
import { ROLES } from "@/lib/auth/roles";

const STRUCTURE = "Structure invalide : choisissez l'une de vos structures dans la liste.";
const idStructure = z.coerce.number({ error: STRUCTURE }).int({ error: STRUCTURE }).positive(STRUCTURE);
const accountId = z.uuid({ error: "Compte invalide : rouvrez la fiche du compte depuis la liste." });
const PASSWORD = "Le mot de passe doit comporter au moins 12 caractères.";
export const passwordSchema = z.string({ error: PASSWORD })
  .min(12, PASSWORD)
  .max(200, "Le mot de passe est limité à 200 caractères.")
  .refine((v) => /[a-zA-Z]/.test(v) && /[^a-zA-Z]/.test(v), "Le mot de passe doit mêler des lettres et au moins un chiffre ou un symbole.");
const ROLE = "Choisissez au moins un rôle.";
const roles = z.array(z.enum(ROLES, { error: "Rôle inconnu : choisissez parmi les rôles proposés." }), { error: ROLE }).min(1, ROLE);
const ID_UTILISATEUR = "L'identifiant utilisateur Chorus Pro est un nombre entier positif (par exemple 1001), sans espace ni virgule.";
const idUtilisateurNumber = z.coerce.number({ error: ID_UTILISATEUR }).int({ error: ID_UTILISATEUR }).positive(ID_UTILISATEUR);
const idUtilisateur = z.union([z.literal("").transform(() => null), z.null(), idUtilisateurNumber], { error: ID_UTILISATEUR }).optional().transform((v) => v ?? null);
const EMAIL = "Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).";

export const createAccountSchema = z.object({
  idStructureCPP: idStructure,
  email: z.email({ error: EMAIL }).max(200, "L'adresse e-mail est limitée à 200 caractères.").transform((v) => v.toLowerCase()),
  name: z.string({ error: "Saisissez le nom de la personne." }).trim().min(2, "Le nom doit comporter au moins 2 caractères.").max(100, "Le nom est limité à 100 caractères."),
  password: passwordSchema,
  roles,
  idUtilisateurCourant: idUtilisateur,
});
export const accountTargetSchema = z.object({ idStructureCPP: idStructure, accountId });
export const setDisabledSchema = accountTargetSchema.extend({ disabled: z.boolean({ error: "Choix invalide : désactiver ou réactiver le compte." }) });
export const resetPasswordSchema = accountTargetSchema.extend({ password: passwordSchema });
export const setRattachementSchema = accountTargetSchema.extend({ roles, idUtilisateurCourant: idUtilisateur });
export const importRattachementsSchema = accountTargetSchema.extend({ idUtilisateur: idUtilisateurNumber, roles });

const LOGIN = "Saisissez l'identifiant du compte technique (par exemple TECH_1_12345678@cpro.fr).";
export const technicalAccountSchema = z.object({
  idStructureCPP: idStructure,
  // Chorus Pro technical accounts look like TECH_1_xxxxxxxx@cpro.fr.
  login: z.string({ error: LOGIN }).trim().min(3, LOGIN).max(200, "L'identifiant du compte technique est limité à 200 caractères.")
    .refine((v) => !/^[0-9a-f-]{36}$/i.test(v), "Ceci ressemble à un client_id PISTE : le compte technique est l'identifiant TECH_…@cpro.fr créé dans Chorus Pro."),
  password: z.string({ error: "Saisissez le mot de passe du compte technique." }).min(1, "Saisissez le mot de passe du compte technique.").max(200, "Le mot de passe est limité à 200 caractères."),
});
export const structureOnlySchema = z.object({ idStructureCPP: idStructure });
export const retryOutboxSchema = z.object({ idStructureCPP: idStructure, id: z.uuid({ error: "Envoi inconnu : actualisez la page." }) });

// A real calendar date, not only its shape: "2026-13-01" would become an invalid Date.
const day = z.string().refine(isCalendarDate).optional().catch(undefined);
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
export type AuditFilterProblem = "invalidDate" | "endBeforeStart";

/**
 * The viewer's filters plus what was ignored and why, for a message beside the field (the CSV
 * export uses auditFilterSchema alone: it ignores the same values).
 */
export function parseAuditFilter(raw: Record<string, string | undefined>): { filter: AuditFilter; problems: { du?: AuditFilterProblem; au?: AuditFilterProblem } } {
  const filter = auditFilterSchema.parse(raw);
  const problems: { du?: AuditFilterProblem; au?: AuditFilterProblem } = {};
  if (raw.du && filter.du === undefined) problems.du = "invalidDate";
  if (raw.au && filter.au === undefined) problems.au = "invalidDate";
  if (filter.du && filter.au && filter.au < filter.du) {
    problems.au = "endBeforeStart";
    filter.au = undefined;
  }
  return { filter, problems };
}

export function auditHref(base: string, f: AuditFilter, over: Partial<AuditFilter> = {}): string {
  const all = { ...f, ...over };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) p.set(k, String(v));
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}
