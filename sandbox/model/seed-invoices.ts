// Seeds invoices across every cadre and the statuses the emulator produces, each with a coherent history.
// Fast enough for SANDBOX_INVOICES=100000 (one line per invoice, no PDF until one is downloaded).
import { CADRE_TRAVAUX, type Cadre, type Statut } from "./enums";
import { makeRng, type Rng } from "./prng";
import { IDS } from "./seed-structures";
import { seedTravaux, worksBudget } from "./seed-travaux";
import type { NamespaceStore } from "./store";
import type { Invoice, Structure } from "./types";

/** Fixed anchor so that a seed gives the same dates whatever the day (dates go back ~400 days from it). */
export const SEED_ANCHOR = Date.UTC(2026, 10, 1, 9, 0, 0);

const MAD: Statut = "MISE_A_DISPOSITION";
const FACTURE_STATUTS: Statut[] = [
  "DEPOSEE", MAD, MAD, MAD, "SUSPENDUE", "COMPLETEE", "REJETEE", "A_RECYCLER", "SERVICE_FAIT", "MANDATEE",
  "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT", "MISE_EN_PAIEMENT", "PRISE_EN_COMPTE_DESTINATAIRE",
  "EN_COURS_ACHEMINEMENT", "INTERPRETEE_OCR", "BROUILLON",
];
const A9_STATUTS: Statut[] = [
  "A_VALIDER_1", "A_VALIDER_1", "REFUSEE_1", "ERREUR_FOURNISSEUR_SUR_VALIDEUR", "A_VALIDER_2", "REFUSEE_2",
  "ERREUR_COTRAITANT_SUR_VALIDEUR", "ABSENCE_VALIDATION_1_HORS_DELAI", MAD, "MANDATEE",
];
const A12_STATUTS: Statut[] = ["A_VALIDER_1", "REFUSEE_1", MAD, "MISE_EN_PAIEMENT"];
const FACTURE_SUPPLIERS = [IDS.acmeFournisseur, IDS.acmeFournisseur, IDS.batiTravaux, IDS.titulaireValideur, IDS.europaGmbh, IDS.globalCorp, IDS.sousTraitant];
const RECIPIENTS = [IDS.communeServiceObligatoire, IDS.communeServiceObligatoire, IDS.ministereEjObligatoire, IDS.hopitalServiceOuEj, IDS.etablissementLibre, IDS.departementMoa];
const TAUX: [string, number][] = [["TVA20", 20], ["TVA20", 20], ["TVA10", 10], ["TVA5.5", 5.5], ["TVA0", 0]];

type Plan = { cadre: Cadre; statut: Statut };

/** Every (cadre, statut) pair first, so that even a small seed covers them all; random plans after. */
function plans(rng: Rng, count: number): Plan[] {
  const all: Plan[] = [];
  const cover: Plan[] = [
    ...FACTURE_STATUTS.map((statut): Plan => ({ cadre: "A1_FACTURE_FOURNISSEUR" as Cadre, statut })),
    ...[MAD, "MISE_EN_PAIEMENT" as Statut].map((statut): Plan => ({ cadre: "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" as Cadre, statut })),
    ...A9_STATUTS.map((statut): Plan => ({ cadre: "A9_FACTURE_SOUSTRAITANT" as Cadre, statut })),
    ...A12_STATUTS.map((statut): Plan => ({ cadre: "A12_FACTURE_COTRAITANT" as Cadre, statut })),
  ];
  for (let i = 0; i < count; i++) {
    if (i < cover.length) { all.push(cover[i]!); continue; }
    const r = rng.next();
    if (r < 0.72) all.push({ cadre: "A1_FACTURE_FOURNISSEUR", statut: rng.pick(FACTURE_STATUTS) });
    else if (r < 0.8) all.push({ cadre: "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", statut: rng.pick([MAD, "MISE_EN_PAIEMENT", "MANDATEE"] as Statut[]) });
    else if (r < 0.87) all.push({ cadre: "A9_FACTURE_SOUSTRAITANT", statut: rng.pick(A9_STATUTS) });
    else all.push({ cadre: "A12_FACTURE_COTRAITANT", statut: rng.pick(A12_STATUTS) });
  }
  return all;
}

/** The statuses an invoice went through to reach `statut` (LIFECYCLE §2–§5). */
export function pathTo(cadre: Cadre, statut: Statut): Statut[] {
  const recipient: Statut[] = ["DEPOSEE", MAD];
  if (statut === "BROUILLON" || statut === "INTERPRETEE_OCR" || statut === "DEPOSEE") return [statut];
  if (CADRE_TRAVAUX[cadre]) {
    if (statut.endsWith("_MOE") || statut === "ASSOCIEE" || statut === "A_COMPLETER" || statut === "EN_ATTENTE_RECYCLAGE_FOURNISSEUR")
      return statut === "MISE_A_DISPOSITION_MOE" ? ["DEPOSEE", statut] : ["DEPOSEE", "MISE_A_DISPOSITION_MOE", statut];
    if (statut.endsWith("_MOA") || statut === "TRANSMISE_MOA")
      return statut === "MISE_A_DISPOSITION_MOA" ? ["DEPOSEE", statut] : ["DEPOSEE", "MISE_A_DISPOSITION_MOA", statut];
    if (statut === "A_ASSOCIER_FOURNISSEUR") return ["DEPOSEE", statut];
    if (statut === "REFUSEE_FOURNISSEUR") return ["DEPOSEE", "A_ASSOCIER_FOURNISSEUR", statut];
  }
  let prefix: Statut[] = [];
  if (cadre === "A9_FACTURE_SOUSTRAITANT" || cadre === "A12_FACTURE_COTRAITANT") {
    if (statut === "A_VALIDER_1") return [statut];
    if (["REFUSEE_1", "ERREUR_FOURNISSEUR_SUR_VALIDEUR", "ABSENCE_VALIDATION_1_HORS_DELAI"].includes(statut)) return ["A_VALIDER_1", statut];
    if (statut === "A_VALIDER_2") return ["A_VALIDER_1", "VALIDEE_1", statut];
    if (["REFUSEE_2", "ERREUR_COTRAITANT_SUR_VALIDEUR", "VALIDEE_2"].includes(statut)) return ["A_VALIDER_1", "VALIDEE_1", "A_VALIDER_2", statut];
    prefix = ["A_VALIDER_1", "VALIDEE_1"];
  }
  if (statut === MAD) return [...prefix, ...recipient];
  if (statut === "EN_COURS_ACHEMINEMENT") return [...prefix, "DEPOSEE", statut];
  if (statut === "COMPLETEE") return [...prefix, ...recipient, "SUSPENDUE", statut];
  if (statut === "MISE_EN_PAIEMENT") return [...prefix, ...recipient, "MANDATEE", statut];
  return [...prefix, ...recipient, statut];
}

export function seedInvoices(ns: NamespaceStore, count: number): void {
  const rng = makeRng(ns.seed ^ 0xfac7);
  const firstUser = new Map<number, number | undefined>();
  const userOf = (idStructure: number) => {
    if (!firstUser.has(idStructure)) firstUser.set(idStructure, ns.usersOf(idStructure)[0]?.idUtilisateur);
    return firstUser.get(idStructure);
  };
  const counters = new Map<number, number>();
  // Works pieces come as whole billing files built by the works model (seed-travaux), first and stable ids.
  seedTravaux(ns, worksBudget(count), SEED_ANCHOR);
  for (const plan of plans(rng, count - ns.worksPieces.length)) {
    const works = CADRE_TRAVAUX[plan.cadre];
    let idF: number = rng.pick(FACTURE_SUPPLIERS);
    let idD: number = rng.pick(RECIPIENTS);
    let idV: number | undefined;
    if (plan.cadre === "A9_FACTURE_SOUSTRAITANT") { idF = IDS.sousTraitant; idV = IDS.titulaireValideur; }
    if (plan.cadre === "A12_FACTURE_COTRAITANT") { idF = IDS.batiTravaux; idV = IDS.titulaireValideur; }
    if (works) {
      idD = IDS.departementMoa;
      idF = plan.cadre.startsWith("A15") ? IDS.moeArchitectes : plan.cadre.startsWith("A19") || plan.cadre.startsWith("A20") ? IDS.departementMoa : IDS.batiTravaux;
    }
    const dest = ns.structures.get(idD)!;
    const n = (counters.get(idF) ?? 0) + 1;
    counters.set(idF, n);
    const depot = SEED_ANCHOR - rng.int(0, 400) * 86_400_000 - rng.int(0, 36_000) * 1000;
    ns.addInvoice(build(ns, rng, plan, { idF, idD, idV, dest, depot, n, works, userOf }));
  }
}

interface Ctx { idF: number; idD: number; idV?: number; dest: Structure; depot: number; n: number; works?: string; userOf: (id: number) => number | undefined }

function build(ns: NamespaceStore, rng: Rng, plan: Plan, c: Ctx): Invoice {
  const [tauxCode, taux] = rng.pick(TAUX);
  const htCents = rng.int(5_000, 5_000_000);
  const tvaCents = Math.round((htCents * taux) / 100);
  const ht = htCents / 100, tva = tvaCents / 100, ttc = (htCents + tvaCents) / 100;
  const service = c.dest.services.find((s) => s.estActif);
  const path = pathTo(plan.cadre, plan.statut);
  const dateDepot = new Date(c.depot);
  const id = ns.nextInvoiceId();
  const supplierUser = c.userOf(c.idF), recipientUser = c.userOf(c.idD);
  const inv: Invoice = {
    id, numero: `F${dateDepot.getUTCFullYear()}-${String(c.n).padStart(6, "0")}`, statut: plan.statut, cadre: plan.cadre,
    typeDemandePaiement: c.works ? "FACTURE_TRAVAUX" : "FACTURE", typeFacture: rng.next() < 0.08 && !c.works ? "AVOIR" : "FACTURE",
    typeFactureTravaux: c.works, modeDepot: plan.statut === "INTERPRETEE_OCR" ? "DEPOT_PDF_API" : rng.pick(["SAISIE_API", "SAISIE_API", "DEPOT_PDF_API", "EDI"]),
    idFournisseur: c.idF, idServiceFournisseur: ns.structures.get(c.idF)?.services[0]?.idService, idDestinataire: c.idD,
    idServiceExecutant: service?.idService, idValideur: c.idV, dateValidation1: undefined, idMoe: c.works ? IDS.moeArchitectes : undefined, idMoa: c.works ? IDS.departementMoa : undefined,
    dateFacture: new Date(c.depot - rng.int(0, 10) * 86_400_000).toISOString().slice(0, 10), dateDepot: dateDepot.toISOString().slice(0, 10),
    dateHeureEtatCourant: "", devise: "EUR", typeTva: taux === 0 ? "EXONERATION" : "TVA_SUR_DEBIT",
    motifExonerationTva: taux === 0 ? "Article 261 du CGI" : undefined, numeroMarche: rng.next() < 0.5 ? `MARCHE-${rng.int(2020, 2026)}-${rng.int(1, 99)}` : undefined,
    numeroBonCommande: c.dest.engagements.length ? rng.pick(c.dest.engagements) : undefined, modePaiement: "VIREMENT",
    idCoordBancaire: ns.structures.get(c.idF)?.coordBancaires[0]?.idCoordonneeBancaire,
    montantHT: ht, montantTVA: tva, montantTTC: ttc, montantRemise: 0,
    montantAPayer: plan.cadre === "A2_FACTURE_FOURNISSEUR_DEJA_PAYEE" ? 0 : ttc,
    lignes: [{ numero: 1, reference: `REF-${rng.int(100, 999)}`, denomination: rng.pick(["Fournitures de bureau", "Prestation de maintenance", "Travaux de peinture", "Licence logicielle", "Conseil"]), quantite: 1, unite: "lot", prixUnitaireHT: ht, remiseHT: 0, tauxTvaCode: tauxCode, montantHT: ht, montantTva: tva }],
    lignesTva: [{ tauxCode, tauxValeur: taux, baseHT: ht, montantTva: tva }],
    pjComplementaires: [], rejetTraite: plan.statut === "REJETEE" && rng.next() < 0.3, telechargee: false, visibleDestinataire: false,
    idUtilisateurCreateur: supplierUser, taille: rng.int(20_000, 400_000), histoStatuts: [], histoEvenements: [], histoActions: [],
  };
  const step = Math.max(1, Math.floor((SEED_ANCHOR - c.depot) / (path.length + 1)));
  path.forEach((statut, i) => {
    const at = new Date(c.depot + i * Math.min(step, 3 * 86_400_000));
    const byRecipient = i > 0 && !["DEPOSEE", MAD, "EN_COURS_ACHEMINEMENT", "A_VALIDER_2"].includes(statut);
    const commentaire = statut === "SUSPENDUE" ? "Pièce justificative manquante" : statut === "REJETEE" ? "Facture non conforme" : statut === "A_RECYCLER" ? "Mauvais service exécutant" : undefined;
    ns.setStatus(inv, statut, { at, commentaire, idUtilisateur: byRecipient ? (statut.includes("VALID") || statut.startsWith("REFUSEE_") || statut.startsWith("ERREUR_") ? c.userOf(c.idV ?? c.idD) : recipientUser) : supplierUser });
  });
  if (inv.rejetTraite) ns.addAction(inv, "TRAITEMENT_REJET", supplierUser, new Date(SEED_ANCHOR));
  if (path.includes("VALIDEE_1")) inv.dateValidation1 = inv.histoStatuts.find((h) => h.code === "VALIDEE_1")?.date;
  return inv;
}
