import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";

const d = (s: string) => new Date(s);

describe("buildTimeline", () => {
  it("merges statuses, actions and events newest first, undated last", () => {
    const out = buildTimeline({
      statuts: [
        { histoStatutCode: "DEPOSEE", histoStatutDatePassage: d("2026-01-01T10:00:00Z"), histoStatutUtilisateurPrenom: "Anne", histoStatutUtilisateurNom: "Martin" },
        { histoStatutCode: "REJETEE", histoStatutDatePassage: d("2026-01-03T10:00:00Z"), histoStatutCommentaire: "Mauvais service" },
      ],
      actions: [{ histoActionCode: "TELECHARGEMENT_FACTURE", histoActionDateHeure: d("2026-01-02T10:00:00Z") }, { histoActionCode: undefined }],
      evenements: [{ evenementLibelle: "Relance", evenementQui: "Système" }],
    });
    expect(out.map((e) => e.kind)).toEqual(["statut", "action", "statut", "evenement"]);
    expect(out[0]).toMatchObject({ statut: "REJETEE", commentaire: "Mauvais service" });
    expect(out[2]).toMatchObject({ statut: "DEPOSEE", who: "Anne Martin" });
    expect(out[3]).toMatchObject({ libelle: "Relance", who: "Système" });
  });
  it("breaks ties at the same minute by the entries' sequence numbers", () => {
    const at = d("2026-01-01T10:00:00Z");
    const out = buildTimeline({
      statuts: [{ histoStatutId: 19, histoStatutCode: "REJETEE", histoStatutDatePassage: at }, { histoStatutId: 16, histoStatutCode: "DEPOSEE", histoStatutDatePassage: at }],
      actions: [],
      evenements: [{ evenementId: 18, evenementLibelle: "Mise à disposition", evenementDateHeure: at }],
    });
    expect(out.map((e) => (e.kind === "statut" ? e.statut : e.kind))).toEqual(["REJETEE", "evenement", "DEPOSEE"]);
  });
  it("is empty for an empty history", () => {
    expect(buildTimeline({ statuts: [], actions: [], evenements: [] })).toEqual([]);
  });
});
