// Merges the three histories of consulter/historique (statuses, user actions, complementary events)
// into one timeline, newest first. Pure: the component only renders it.
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";

export type TimelineEntry =
  | { kind: "statut"; at: Date | undefined; statut: StatutFacture | undefined; commentaire?: string | undefined; who?: string | undefined }
  | { kind: "action"; at: Date | undefined; code: string; who?: string | undefined }
  | { kind: "evenement"; at: Date | undefined; libelle: string; who?: string | undefined };

export interface HistoryInput {
  statuts: { histoStatutCode?: StatutFacture | undefined; histoStatutDatePassage?: Date | undefined; histoStatutCommentaire?: string | undefined; histoStatutUtilisateurPrenom?: string | undefined; histoStatutUtilisateurNom?: string | undefined }[];
  actions: { histoActionCode?: string | undefined; histoActionDateHeure?: Date | undefined; histoActionUtilisateurPrenom?: string | undefined; histoActionUtilisateurNom?: string | undefined }[];
  evenements: { evenementLibelle?: string | undefined; evenementDateHeure?: Date | undefined; evenementQui?: string | undefined }[];
}

const person = (prenom?: string, nom?: string) => [prenom, nom].filter(Boolean).join(" ") || undefined;

export function buildTimeline(h: HistoryInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...h.statuts.map((s): TimelineEntry => ({ kind: "statut", at: s.histoStatutDatePassage, statut: s.histoStatutCode, commentaire: s.histoStatutCommentaire, who: person(s.histoStatutUtilisateurPrenom, s.histoStatutUtilisateurNom) })),
    ...h.actions.filter((a) => a.histoActionCode).map((a): TimelineEntry => ({ kind: "action", at: a.histoActionDateHeure, code: a.histoActionCode!, who: person(a.histoActionUtilisateurPrenom, a.histoActionUtilisateurNom) })),
    ...h.evenements.filter((e) => e.evenementLibelle).map((e): TimelineEntry => ({ kind: "evenement", at: e.evenementDateHeure, libelle: e.evenementLibelle!, who: e.evenementQui })),
  ];
  // Stable sort, newest first; undated entries go last. At equal instants a status comes before the
  // action that caused it would read backwards, so upstream order (already newest first) is kept.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const ta = a.e.at?.getTime(), tb = b.e.at?.getTime();
      if (ta === undefined || tb === undefined) return ta === tb ? a.i - b.i : ta === undefined ? 1 : -1;
      return tb - ta || a.i - b.i;
    })
    .map(({ e }) => e);
}
