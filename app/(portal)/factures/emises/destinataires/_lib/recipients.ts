import "server-only";
import { rechercherDestinataires, referentiel, type ChorusContext } from "@/lib/chorus-pro";
import type { DestinataireDetail, DestinataireResume } from "@/lib/queries/saisie";
import type { RecipientParams } from "@/lib/invoice/keyed-invoice";

const PAGE = { pageResultatDemandee: 1, nbResultatsParPage: 20 };
const digitsOf = (q: string) => q.replace(/[\s.]/g, "");

/**
 * Recipient lookup (annex §2.1.1.6–7), both readings at once: the recipients' directory
 * (transverses rechercher/destinataire, active recipients only) and the structures référentiel
 * (structures rechercher, public structures with their status, so an inactive one shows as such
 * instead of silently missing). A SIRET searches by identifier, anything else by name.
 */
export async function searchRecipients(ctx: ChorusContext, q: string): Promise<DestinataireResume[]> {
  const digits = digitsOf(q);
  const bySiret = /^\d{3,14}$/.test(digits);
  const [annuaire, structures] = await Promise.all([
    rechercherDestinataires(ctx, { ...(bySiret ? { identifiant: digits } : { nomVilleCodePostal: q.trim() }), typeStructure: "PUBLIQUE", parametresRecherche: PAGE }),
    referentiel.rechercherStructuresCpp(ctx, {
      typeStructure: "PUBLIQUE", ...(bySiret ? (digits.length === 14 ? { identifiant: digits } : {}) : { raisonSociale: q.trim() }), restreindreStructuresPrivees: true,
    }, PAGE.pageResultatDemandee, PAGE.nbResultatsParPage),
  ]);
  const byId = new Map<number, DestinataireResume>();
  for (const d of annuaire.items) {
    byId.set(d.idStructureCPP, { idStructureCPP: d.idStructureCPP, siret: d.siret ?? "", nom: d.nomDestinataire ?? "", codePostal: d.adresseCodePostal ?? null, ville: d.adresseVille ?? null, actif: null });
  }
  for (const s of structures.items) {
    // A partial SIRET only filters the directory: the référentiel matches identifiers exactly.
    if (bySiret && digits.length < 14) continue;
    const known = byId.get(s.idStructureCPP);
    byId.set(s.idStructureCPP, known ? { ...known, actif: s.actif } : { idStructureCPP: s.idStructureCPP, siret: s.identifiant, nom: s.designation, codePostal: null, ville: null, actif: s.actif });
  }
  // Listed by the directory only: it lists active recipients.
  return [...byId.values()].map((d) => (d.actif === null ? { ...d, actif: true } : d));
}

/**
 * What a supplier must know before keying in: status, requirements, services. `siret`, when the
 * caller knows it, lets the Référentiel and the Structures API be read at once.
 */
export async function recipientDetail(ctx: ChorusContext, idStructureCPP: number, siret?: string): Promise<DestinataireDetail | null> {
  const fiche = await referentiel.ficheStructure(ctx, { idStructureCPP, identifiant: siret });
  if (fiche.typeStructure && fiche.typeStructure !== "PUBLIQUE") return null;
  const services = await referentiel.listerServices(ctx, { idStructureCPP, uuid: fiche.uuid }, { idService: false });
  return {
    idStructureCPP,
    siret: fiche.identifiant,
    nom: fiche.designation,
    codePostal: fiche.adresse.codePostal,
    ville: fiche.adresse.ville,
    actif: fiche.actif ?? true,
    exigences: fiche.exigences,
    // A deleted service is not offered, and the submission check then refuses its code; an inactive
    // one is listed, disabled, so that the supplier sees why it cannot be chosen.
    services: services.filter((s) => s.etat !== "SUPPRIME").map((s) => ({ codeService: s.codeService, libelleService: s.libelle, actif: s.actif })),
  };
}

/** Server-side truth for the checks of a submission: the recipient behind a SIRET. */
export async function recipientParamsBySiret(ctx: ChorusContext, siret: string): Promise<{ params: RecipientParams; detail: DestinataireDetail } | null> {
  const hit = await referentiel.structureCppParIdentifiant(ctx, siret, { typeStructure: "PUBLIQUE" });
  if (!hit) return null;
  const detail = await recipientDetail(ctx, hit.idStructureCPP, siret);
  if (!detail) return null;
  return {
    detail,
    params: {
      codeServiceDoitEtreRenseigne: detail.exigences.codeService,
      numeroEJDoitEtreRenseigne: detail.exigences.numeroEngagement,
      gestionNumeroEJOuCodeService: detail.exigences.codeServiceOuEngagement,
      active: detail.actif,
    },
  };
}
