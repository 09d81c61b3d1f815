// What a recipient may set on traiter/recue, what each target requires, and the input of the
// processing action (one invoice or several). Shared by the forms and the server action.
import { z } from "zod";
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";

/**
 * The processing targets the portal offers, in the order they are shown. A_RECYCLER is absent on
 * purpose: the reform withdrew recycling (rejection with a motif replaces it, LIFECYCLE §7); the
 * "no-op accept" (current status to itself) is not an action either.
 */
export const TRAITEMENTS = [
  "SERVICE_FAIT", "MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT", "SUSPENDUE", "REJETEE",
] as const satisfies readonly StatutFacture[];
export type Traitement = (typeof TRAITEMENTS)[number];

/** Targets that require a motif on traiter/recue (SW-FACT; LIFECYCLE rule 3). */
export const MOTIF_REQUIRED: ReadonlySet<Traitement> = new Set(["SUSPENDUE", "REJETEE"]);

export const MOTIF_MAX = 255;
export const MANDAT_MAX = 30;
export const MANDAT_PATTERN = /^[A-Za-z0-9/-]+$/;

const isTraitement = (s: string): s is Traitement => (TRAITEMENTS as readonly string[]).includes(s);

/**
 * The actions offered for an invoice: the statuses recuperer/etats/traitement allows for its
 * current one, restricted to the portal's targets, minus the current status itself.
 */
export function offeredActions(current: StatutFacture | undefined, allowed: readonly string[]): Traitement[] {
  const set = new Set(allowed);
  return TRAITEMENTS.filter((t) => t !== current && set.has(t) && isTraitement(t));
}

/** For several invoices at once: only the actions every one of them allows. */
export function commonActions(lists: readonly (readonly Traitement[])[]): Traitement[] {
  if (lists.length === 0) return [];
  const [head, ...rest] = lists;
  return (head ?? []).filter((a) => rest.every((l) => l.includes(a)));
}

const motif = z.string().trim().max(MOTIF_MAX, { error: `Le motif ne doit pas dépasser ${MOTIF_MAX} caractères.` });
const mandat = z.string().trim()
  .max(MANDAT_MAX, { error: `Le numéro de mandat ne doit pas dépasser ${MANDAT_MAX} caractères.` })
  .regex(MANDAT_PATTERN, { error: "Le numéro de mandat ne peut contenir que des lettres sans accent, des chiffres, des tirets (-) et des barres obliques (/)." });

export const MAX_BULK = 100;

export const TraiterInput = z.object({
  idStructureCPP: z.number().int().positive(),
  idFactures: z.array(z.number().int().positive()).min(1, { error: "Sélectionnez au moins une facture." })
    .max(MAX_BULK, { error: `Une action porte sur ${MAX_BULK} factures au plus.` }),
  nouveauStatut: z.enum(TRAITEMENTS, { error: "Choisissez une action proposée pour ces factures." }),
  motif: motif.optional(),
  // An empty field is "no mandate number": Chorus Pro does not require it (LIFECYCLE rule 3).
  numeroDPMandat: z.union([z.literal(""), mandat]).optional(),
  /** One per form submission: a double click or a retry never queues the same write twice. */
  requestId: z.uuid(),
}).superRefine((v, ctx) => {
  if (MOTIF_REQUIRED.has(v.nouveauStatut) && !v.motif) {
    ctx.addIssue({ code: "custom", path: ["motif"], message: v.nouveauStatut === "REJETEE" ? "Indiquez le motif du rejet : le fournisseur le verra." : "Indiquez le motif de la suspension et les éléments attendus du fournisseur." });
  }
});
export type TraiterInputT = z.infer<typeof TraiterInput>;

export const SuiviInput = z.object({
  idStructureCPP: z.number().int().positive(),
  outboxIds: z.array(z.uuid()).min(1).max(MAX_BULK),
});

export const DelaiInput = z.object({
  idStructureCPP: z.number().int().positive(),
  paymentDelayDays: z.number({ error: "Indiquez un nombre de jours." }).int({ error: "Indiquez un nombre entier de jours." })
    .min(1, { error: "Le délai doit être d'au moins 1 jour." }).max(365, { error: "Le délai ne peut pas dépasser 365 jours." }),
});
