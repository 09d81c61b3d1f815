import "server-only";
import {
  collectPages, consulterStructure, rechercherDestinataires, rechercherStructures, walkServicesStructure, type ChorusContext,
} from "@/lib/chorus-pro";
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
  const [annuaire, referentiel] = await Promise.all([
    rechercherDestinataires(ctx, { ...(bySiret ? { identifiant: digits } : { nomVilleCodePostal: q.trim() }), typeStructure: "PUBLIQUE", parametresRecherche: PAGE }),
    rechercherStructures(ctx, {
      structure: { typeStructure: "PUBLIQUE", ...(bySiret ? (digits.length === 14 ? { identifiantStructure: digits } : {}) : { raisonSocialeStructure: q.trim() }) },
      restreindreStructuresPrivees: true, parametres: PAGE,
    }),
  ]);
  const byId = new Map<number, DestinataireResume>();
  for (const d of annuaire.items) {
    byId.set(d.idStructureCPP, { idStructureCPP: d.idStructureCPP, siret: d.siret ?? "", nom: d.nomDestinataire ?? "", codePostal: d.adresseCodePostal ?? null, ville: d.adresseVille ?? null, actif: null });
  }
  for (const s of referentiel.items) {
    // A partial SIRET only filters the directory: the référentiel matches identifiers exactly.
    if (bySiret && digits.length < 14) continue;
    const known = byId.get(s.idStructureCPP);
    const actif = s.statut ? s.statut.toUpperCase().startsWith("ACTI") : null;
    byId.set(s.idStructureCPP, known ? { ...known, actif } : { idStructureCPP: s.idStructureCPP, siret: s.identifiantStructure ?? "", nom: s.designationStructure ?? "", codePostal: null, ville: null, actif });
  }
  // Listed by the directory only: it lists active recipients.
  return [...byId.values()].map((d) => (d.actif === null ? { ...d, actif: true } : d));
}

/** What a supplier must know before keying in: status, requirements, services. */
export async function recipientDetail(ctx: ChorusContext, idStructureCPP: number): Promise<DestinataireDetail | null> {
  const detail = await consulterStructure(ctx, { idStructureCPP });
  const siret = detail.informations?.identifiantStructure ?? "";
  if (detail.informations?.structurePriveePublique && detail.informations.structurePriveePublique !== "PUBLIQUE") return null;
  const [status, services] = await Promise.all([
    siret ? rechercherStructures(ctx, { structure: { identifiantStructure: siret }, parametres: PAGE }) : Promise.resolve(null),
    collectPages(walkServicesStructure(ctx, idStructureCPP, { maxPages: 10, pageSize: 100 }), 1000),
  ]);
  const statut = status?.items.find((s) => s.idStructureCPP === idStructureCPP)?.statut;
  const adresse = detail.adresse;
  return {
    idStructureCPP,
    siret,
    nom: detail.informations?.raisonSocialeStructure ?? detail.informations?.libelleStructure ?? siret,
    codePostal: adresse?.codePostal ?? null,
    ville: adresse?.ville ?? null,
    actif: statut ? statut.toUpperCase().startsWith("ACTI") : true,
    exigences: detail.exigences,
    services: services.map((s) => ({ codeService: s.codeService ?? "", libelleService: s.libelleService ?? "", actif: s.estActif ?? true })),
  };
}

/** Server-side truth for the checks of a submission: the recipient behind a SIRET. */
export async function recipientParamsBySiret(ctx: ChorusContext, siret: string): Promise<{ params: RecipientParams; detail: DestinataireDetail } | null> {
  const found = await rechercherStructures(ctx, { structure: { identifiantStructure: siret, typeStructure: "PUBLIQUE" }, parametres: PAGE });
  const hit = found.items.find((s) => s.identifiantStructure === siret);
  if (!hit) return null;
  const detail = await recipientDetail(ctx, hit.idStructureCPP);
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
