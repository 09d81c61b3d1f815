// Deposit and recycling of works pieces (LIFECYCLE §5): a piece opens a billing file or follows the previous
// piece of one; order, depositor and amounts are checked against that previous piece; every change is logged.
import { isoDate } from "./clock";
import { CADRE_TRAVAUX, type Cadre } from "./enums";
import { BusinessError } from "./errors";
import { INFERRED } from "./inferred";
import type { NamespaceStore } from "./store";
import { TO_RECYCLE, requireTurn, ruleOf, type CadreRule } from "./travaux-rules";
import type { Invoice, Structure } from "./types";

export interface Actor { idStructure: number; idUtilisateur?: number; at?: Date }
export interface Ref { id?: number; identifiant?: string; codeService?: string }

export interface DepositInput {
  cadre: string;
  numero: string;
  dateFacture?: string;
  modeDepot?: string;
  idPiecePrecedente?: number;
  destinataire?: Ref;
  moe?: Ref;
  moa?: Ref;
  valideur?: Ref;
  numeroMarche?: string;
  numeroBonCommande?: string;
  devise?: string;
  montantHT: number;
  montantTVA: number;
  montantTTC: number;
  montantAPayer?: number;
  commentaire?: string;
}

/** Cadres missing from CADRE_TRAVAUX (pairing by name, CONTRACT §6.3). */
const EXTRA_TYPES: Partial<Record<Cadre, string>> = {
  A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT: "PROJET_DECOMPTE_FINAL",
  A14_PROJET_DECOMPTE_FINAL_COTRAITANT: "PROJET_DECOMPTE_FINAL",
  A18_DECOMPTE_GENERAL_MOE: "DECOMPTE_GENERAL",
};

const cents = (x: number) => Math.round(x * 100);

function resolve(ns: NamespaceStore, ref: Ref | undefined): Structure | undefined {
  if (!ref) return undefined;
  if (ref.id !== undefined) return ns.structures.get(ref.id);
  return ref.identifiant ? ns.structuresByIdentifiant.get(ref.identifiant) : undefined;
}

function serviceId(s: Structure | undefined, code: string | undefined): number | undefined {
  if (!s || !code) return undefined;
  const svc = s.services.find((x) => x.codeService === code);
  if (!svc) throw new BusinessError("SERVICE_INCONNU", code);
  if (!svc.estActif) throw new BusinessError("SERVICE_INACTIF", code);
  return svc.idService;
}

type Parties = Pick<Invoice, "idDestinataire" | "idServiceExecutant" | "idMoe" | "idMoa" | "idServiceMoe" | "idServiceMoa" | "idValideur" | "idTitulaire" | "idSousTraitant" | "numeroMarche" | "idDossier">;

/** Parties of a file's first piece (the opener names them; later pieces inherit them). */
function openerParties(ns: NamespaceStore, actor: Actor, rule: CadreRule, input: DepositInput): Parties {
  const dest = resolve(ns, input.destinataire);
  if (!dest || dest.typeStructure !== "PUBLIQUE") throw new BusinessError("DESTINATAIRE_INCONNU");
  if (!dest.actif) throw new BusinessError("DESTINATAIRE_INACTIF");
  const moa = input.moa ? resolve(ns, input.moa) : INFERRED.travauxMoaDefaultsToRecipient ? dest : undefined;
  if (!moa || !moa.actif) throw new BusinessError("MOA_INCONNUE");
  const needsMoe = rule.arrival !== "MISE_A_DISPOSITION_MOA" && rule.arrival !== "MISE_A_DISPOSITION";
  const moe = input.moe ? resolve(ns, input.moe) : ns.structure(moa.idMoe);
  if ((needsMoe || input.moe) && (!moe || !moe.actif)) throw new BusinessError("MOE_INCONNUE");
  let valideur: Structure | undefined;
  if (rule.needsValidator) {
    if (!input.valideur) throw new BusinessError("VALIDEUR_OBLIGATOIRE");
    valideur = resolve(ns, input.valideur);
    if (!valideur || !valideur.actif || valideur.idStructureCPP === actor.idStructure) throw new BusinessError("VALIDEUR_INCONNU");
  }
  return {
    idDestinataire: dest.idStructureCPP, idServiceExecutant: serviceId(dest, input.destinataire?.codeService),
    idMoa: moa.idStructureCPP, idServiceMoa: serviceId(moa, input.moa?.codeService),
    idMoe: needsMoe || input.moe ? moe?.idStructureCPP : undefined, idServiceMoe: serviceId(moe, input.moe?.codeService),
    idValideur: valideur?.idStructureCPP,
    // A sub/co-contractor's file belongs to the titulaire it names as validator (INFERRED, inferred.ts).
    idTitulaire: valideur?.idStructureCPP ?? actor.idStructure,
    idSousTraitant: valideur ? actor.idStructure : undefined,
    numeroMarche: input.numeroMarche,
  };
}

export function deposit(ns: NamespaceStore, actor: Actor, input: DepositInput): Invoice {
  const rule = ruleOf(input.cadre);
  const cadre = input.cadre as Cadre;
  if ([input.montantHT, input.montantTVA, input.montantTTC].some((x) => !Number.isFinite(x) || x < 0)
    || Math.abs(cents(input.montantHT) + cents(input.montantTVA) - cents(input.montantTTC)) > INFERRED.amountToleranceCents)
    throw new BusinessError("MONTANTS_INCOHERENTS");
  let prev: Invoice | undefined;
  let parties: Parties;
  if (rule.after) {
    if (input.idPiecePrecedente === undefined) throw new BusinessError("PIECE_PRECEDENTE_OBLIGATOIRE", cadre);
    prev = ns.invoices.get(input.idPiecePrecedente);
    if (!prev || prev.typeDemandePaiement !== "FACTURE_TRAVAUX") throw new BusinessError("DP_UNKNOWN", String(input.idPiecePrecedente));
    // Out of order: a décompte général must follow the MOE's projet, an état validé the MOE's état…
    if (!rule.after.includes(prev.cadre)) throw new BusinessError("PIECE_HORS_SEQUENCE", `${cadre} après ${prev.cadre}`);
    if (prev.idPieceSuivante !== undefined) throw new BusinessError("PIECE_DEJA_ASSOCIEE", String(prev.idPieceSuivante));
    requireTurn(prev, actor.idStructure, [rule.depositor]);
    if (INFERRED.travauxSameAmountsAfter[cadre] && (cents(prev.montantHT) !== cents(input.montantHT) || cents(prev.montantTTC) !== cents(input.montantTTC)))
      throw new BusinessError("MONTANT_PIECE_PRECEDENTE", `HT ${prev.montantHT} / TTC ${prev.montantTTC} attendus`);
    const { idDestinataire, idServiceExecutant, idMoe, idMoa, idServiceMoe, idServiceMoa, idValideur, idTitulaire, idSousTraitant, numeroMarche, idDossier } = prev;
    parties = { idDestinataire, idServiceExecutant, idMoe, idMoa, idServiceMoe, idServiceMoa, idValideur, idTitulaire, idSousTraitant, numeroMarche: input.numeroMarche ?? numeroMarche, idDossier };
  } else parties = openerParties(ns, actor, rule, input);
  if (ns.findByNumero(actor.idStructure, input.numero)) throw new BusinessError("NUMERO_DEJA_UTILISE", input.numero);

  const at = actor.at ?? new Date();
  const id = ns.nextInvoiceId();
  const inv: Invoice = {
    id, numero: input.numero, statut: "DEPOSEE", cadre, typeDemandePaiement: "FACTURE_TRAVAUX", typeFacture: "FACTURE",
    typeFactureTravaux: CADRE_TRAVAUX[cadre] ?? EXTRA_TYPES[cadre], modeDepot: input.modeDepot ?? "SAISIE_API",
    idFournisseur: actor.idStructure, idServiceFournisseur: ns.structures.get(actor.idStructure)?.services[0]?.idService,
    ...parties, idDossier: parties.idDossier ?? id, idPiecePrecedente: prev?.id,
    dateFacture: input.dateFacture ?? isoDate(at), dateDepot: isoDate(at), dateHeureEtatCourant: "", devise: input.devise ?? "EUR",
    typeTva: input.montantTVA === 0 ? "EXONERATION" : "TVA_SUR_DEBIT", numeroBonCommande: input.numeroBonCommande ?? prev?.numeroBonCommande,
    montantHT: input.montantHT, montantTVA: input.montantTVA, montantTTC: input.montantTTC, montantRemise: 0,
    montantAPayer: input.montantAPayer ?? input.montantTTC, lignes: [], lignesTva: [], pjComplementaires: [], rejetTraite: false,
    telechargee: false, visibleDestinataire: false, idUtilisateurCreateur: actor.idUtilisateur, commentaire: input.commentaire,
    taille: 50_000, histoStatuts: [], histoEvenements: [], histoActions: [],
  };
  ns.addInvoice(inv);
  ns.setStatus(inv, "DEPOSEE", { idUtilisateur: actor.idUtilisateur, at, commentaire: input.commentaire });
  if (prev) {
    prev.idPieceSuivante = inv.id;
    ns.setStatus(prev, "ASSOCIEE", { idUtilisateur: actor.idUtilisateur, at, commentaire: `Pièce suivante ${inv.numero} (${inv.id})` });
    ns.addEvent(prev, `Pièce suivante déposée : ${cadre} n° ${inv.numero}`, String(actor.idStructure), at);
    // LIFECYCLE §5.2: the MOE/MOA rectify amounts in their own piece; the change is shown to the file's parties.
    if (cents(prev.montantTTC) !== cents(inv.montantTTC))
      ns.addEvent(inv, `Montant rectifié par rapport à la pièce ${prev.numero} : TTC ${prev.montantTTC} → ${inv.montantTTC}`, String(actor.idStructure), at);
  }
  route(ns, inv, rule, actor, at);
  return inv;
}

/** Platform step (synchronous, INFERRED travauxArrivalSync): DEPOSEE → the cadre's arrival status. */
function route(ns: NamespaceStore, inv: Invoice, rule: CadreRule, actor: Actor, at: Date): void {
  void INFERRED.travauxArrivalSync;
  ns.setStatus(inv, rule.arrival, { at });
  ns.addEvent(inv, `Pièce acheminée (${rule.arrival})`, "Chorus Pro", at);
  void actor;
}

export interface RecycleInput { destinataire?: Ref; moe?: Ref; moa?: Ref; numeroBonCommande?: string; commentaire?: string }

/** LIFECYCLE §5.2: the depositor re-routes a piece in error / awaiting recycling; same id and number. */
export function recycle(ns: NamespaceStore, actor: Actor, inv: Invoice, input: RecycleInput): void {
  requireTurn(inv, actor.idStructure, ["deposant"]);
  if (!TO_RECYCLE.includes(inv.statut)) throw new BusinessError("STATE_FORBIDDEN", `statut ${inv.statut}`);
  const before = { idDestinataire: inv.idDestinataire, idValideur: inv.idValideur };
  const dest = input.destinataire ? resolve(ns, input.destinataire) : undefined;
  if (input.destinataire && (!dest || dest.typeStructure !== "PUBLIQUE" || !dest.actif)) throw new BusinessError("DESTINATAIRE_INCONNU");
  const moe = input.moe ? resolve(ns, input.moe) : undefined;
  if (input.moe && (!moe || !moe.actif)) throw new BusinessError("MOE_INCONNUE");
  const moa = input.moa ? resolve(ns, input.moa) : undefined;
  if (input.moa && (!moa || !moa.actif)) throw new BusinessError("MOA_INCONNUE");
  if (dest) { inv.idDestinataire = dest.idStructureCPP; inv.idServiceExecutant = serviceId(dest, input.destinataire?.codeService); }
  if (moe) { inv.idMoe = moe.idStructureCPP; inv.idServiceMoe = serviceId(moe, input.moe?.codeService); }
  if (moa) { inv.idMoa = moa.idStructureCPP; inv.idServiceMoa = serviceId(moa, input.moa?.codeService); }
  if (input.numeroBonCommande) inv.numeroBonCommande = input.numeroBonCommande;
  if (dest) ns.reindex(inv, before);
  const at = actor.at ?? new Date();
  ns.setStatus(inv, "DEPOSEE", { idUtilisateur: actor.idUtilisateur, at, commentaire: input.commentaire ?? "Recyclage" });
  route(ns, inv, ruleOf(inv.cadre), actor, at);
}
