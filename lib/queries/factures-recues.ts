// The recipient's invoice list: query keys and the mapping from the portal's list state to the
// rechercher/recipiendaire request (wire names exact). Pure: used by pages, routes and tests.
import { parseUpstreamDateTime } from "@/lib/chorus-pro/schemas/common";
import { SORT_COLUMNS, type Filters, type ListState } from "@/lib/validations/factures-recues-search";

export const facturesRecuesKeys = {
  all: ["factures", "recues"] as const,
  list: (idStructureCPP: number, state: Pick<ListState, "view" | "filters" | "sort" | "dir" | "page" | "size">) =>
    [...facturesRecuesKeys.all, "list", idStructureCPP, state] as const,
  detail: (idStructureCPP: number, id: number) => [...facturesRecuesKeys.all, "detail", idStructureCPP, id] as const,
};

/** Ids the URL resolved to upstream ids (the supplier SIRET, the service code) and the last visit. */
export interface Resolved {
  idDestinataire: number;
  idFournisseur?: number;
  idServiceExecutant?: number;
  /** « Nouveautés »: status changes after this instant. */
  since?: Date;
}

const day = (d: string, end: boolean) => `${d}T${end ? "23:59:59" : "00:00:00"}`;
const PARIS = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
/** Chorus Pro datetimes carry no zone and are Paris time: an instant is written the same way. */
export const parisInstant = (d: Date) => PARIS.format(d).replace(" ", "T");

/** The rechercher/recipiendaire body for a list state. */
export function toRecipiendaireSearch(state: Pick<ListState, "view" | "filters" | "sort" | "dir" | "page" | "size">, resolved: Resolved) {
  const f: Filters = state.filters;
  const etatDu = state.view === "nouveautes" && resolved.since ? parisInstant(resolved.since) : f.etatDu ? day(f.etatDu, false) : undefined;
  return {
    idDestinataire: resolved.idDestinataire,
    ...(resolved.idServiceExecutant !== undefined ? { idServiceExecutant: resolved.idServiceExecutant } : {}),
    ...(resolved.idFournisseur !== undefined ? { listeFournisseurs: [{ idFournisseur: resolved.idFournisseur }] } : {}),
    ...(f.numero ? { numeroFacture: f.numero } : {}),
    ...(f.depotDu ? { periodeDateDepotDu: f.depotDu } : {}),
    ...(f.depotAu ? { periodeDateDepotAu: f.depotAu } : {}),
    ...(f.factureDu ? { periodeDateFactureDu: f.factureDu } : {}),
    ...(f.factureAu ? { periodeDateFactureAu: f.factureAu } : {}),
    ...(etatDu ? { periodeDateHeureEtatCourantDu: etatDu } : {}),
    ...(f.etatAu ? { periodeDateHeureEtatCourantAu: day(f.etatAu, true) } : {}),
    ...(f.statut?.length ? { statutCourant: f.statut } : {}),
    ...(f.type ? { listeTypeFacture: [f.type] } : {}),
    ...(f.cadre ? { cadreFacturation: f.cadre } : {}),
    ...(f.htMin ? { montantHTMin: f.htMin } : {}),
    ...(f.htMax ? { montantHTMax: f.htMax } : {}),
    ...(f.ttcMin ? { montantTTCMin: f.ttcMin } : {}),
    ...(f.ttcMax ? { montantTTCMax: f.ttcMax } : {}),
    ...(f.apayerMin ? { montantApayerMin: f.apayerMin } : {}),
    ...(f.apayerMax ? { montantApayerMax: f.apayerMax } : {}),
    ...(f.numeroMarche ? { numeroMarche: f.numeroMarche } : {}),
    ...(f.numeroBonCommande ? { numeroBonCommande: f.numeroBonCommande } : {}),
    ...(f.telechargee ? { factureTelechargeeParDestinataire: f.telechargee === "oui" } : {}),
    paramRecherche: {
      pageResultatDemandee: state.page,
      nbResultatsParPage: state.size,
      triColonne: SORT_COLUMNS[state.sort],
      triSens: state.dir === "asc" ? ("Ascendant" as const) : ("Descendant" as const),
    },
  };
}

/** Criteria a gateway without the matching request field cannot send: checked on the rows instead. */
export interface LocalCriteria {
  etatDu?: Date;
  etatAu?: Date;
  telechargee?: boolean;
}

export function localCriteria(body: ReturnType<typeof toRecipiendaireSearch>): LocalCriteria {
  const at = (s: string | undefined) => (s ? parseUpstreamDateTime(s) : undefined);
  const c: LocalCriteria = {};
  const du = at(body.periodeDateHeureEtatCourantDu), au = at(body.periodeDateHeureEtatCourantAu);
  if (du) c.etatDu = du;
  if (au) c.etatAu = au;
  if (body.factureTelechargeeParDestinataire !== undefined) c.telechargee = body.factureTelechargeeParDestinataire;
  return c;
}

export const hasLocalCriteria = (c: LocalCriteria) => c.etatDu !== undefined || c.etatAu !== undefined || c.telechargee !== undefined;

/** Whether a row meets the criteria (a row without the field is kept: the upstream filtered it). */
export function matchesLocal(row: { dateHeureEtatCourant?: Date | undefined; factureTelechargeeParDestinataire?: boolean | undefined }, c: LocalCriteria): boolean {
  const at = row.dateHeureEtatCourant?.getTime();
  if (c.etatDu && at !== undefined && at < c.etatDu.getTime()) return false;
  if (c.etatAu && at !== undefined && at > c.etatAu.getTime()) return false;
  if (c.telechargee !== undefined && row.factureTelechargeeParDestinataire !== undefined && row.factureTelechargeeParDestinataire !== c.telechargee) return false;
  return true;
}
