// Merges the three histories of consulter/historique (statuses, user actions, complementary events)
// into one timeline, newest first. Pure: the component only renders it.
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";

export type TimelineEntry =
  | { kind: "statut"; at: Date | undefined; seq?: number | undefined; statut: StatutFacture | undefined; commentaire?: string | undefined; who?: string | undefined }
  | { kind: "action"; at: Date | undefined; seq?: number | undefined; code: string; who?: string | undefined }
  | { kind: "evenement"; at: Date | undefined; seq?: number | undefined; libelle: string; who?: string | undefined };

export interface HistoryInput {
  statuts: { histoStatutId?: number | undefined; histoStatutCode?: StatutFacture | undefined; histoStatutDatePassage?: Date | undefined; histoStatutCommentaire?: string | undefined; histoStatutUtilisateurPrenom?: string | undefined; histoStatutUtilisateurNom?: string | undefined }[];
  actions: { histoActionId?: number | undefined; histoActionCode?: string | undefined; histoActionDateHeure?: Date | undefined; histoActionUtilisateurPrenom?: string | undefined; histoActionUtilisateurNom?: string | undefined }[];
  evenements: { evenementId?: number | undefined; evenementLibelle?: string | undefined; evenementDateHeure?: Date | undefined; evenementQui?: string | undefined }[];
}

const person = (prenom?: string, nom?: string) => [prenom, nom].filter(Boolean).join(" ") || undefined;

export function buildTimeline(h: HistoryInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...h.statuts.map((s): TimelineEntry => ({ kind: "statut", at: s.histoStatutDatePassage, seq: s.histoStatutId, statut: s.histoStatutCode, commentaire: s.histoStatutCommentaire, who: person(s.histoStatutUtilisateurPrenom, s.histoStatutUtilisateurNom) })),
    ...h.actions.filter((a) => a.histoActionCode).map((a): TimelineEntry => ({ kind: "action", at: a.histoActionDateHeure, seq: a.histoActionId, code: a.histoActionCode!, who: person(a.histoActionUtilisateurPrenom, a.histoActionUtilisateurNom) })),
    ...h.evenements.filter((e) => e.evenementLibelle).map((e): TimelineEntry => ({ kind: "evenement", at: e.evenementDateHeure, seq: e.evenementId, libelle: e.evenementLibelle!, who: e.evenementQui })),
  ];
  // Newest first; undated entries go last. Upstream datetimes are often to the minute only
  // ("2018-04-19 11:08"), so several entries tie: INFERRED: the three histories number their
  // entries from one increasing sequence, so a higher id is the later entry. Otherwise the
  // upstream order (newest first) is kept.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const ta = a.e.at?.getTime(), tb = b.e.at?.getTime();
      if (ta === undefined || tb === undefined) return ta === tb ? a.i - b.i : ta === undefined ? 1 : -1;
      if (tb !== ta) return tb - ta;
      if (a.e.seq !== undefined && b.e.seq !== undefined && a.e.seq !== b.e.seq) return b.e.seq - a.e.seq;
      return a.i - b.i;
    })
    .map(({ e }) => e);
}
