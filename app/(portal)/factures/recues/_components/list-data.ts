import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import {
  isChorusProError, rechercherFacturesATraiterRecipiendaire, rechercherFacturesRecipiendaire, rechercherServicesExecutants,
  referentiel, type ChorusContext, type FactureRecue, type Pagination,
} from "@/lib/chorus-pro";
import type { StatutFacture } from "@/lib/chorus-pro/schemas/enums";
import type { Messages } from "@/lib/i18n";
import { logger } from "@/lib/log";
import { toRecipiendaireSearch, type Resolved } from "@/lib/queries/factures-recues";
import type { Traitement } from "@/lib/validations/factures-recues-traitement";
import { SORT_COLUMNS, type ListState } from "@/lib/validations/factures-recues-search";
import { actionsByStatus } from "./etats-traitement";

export type ListData =
  | { ok: true; items: FactureRecue[]; pagination: Pagination; notices: string[]; actions: Partial<Record<StatutFacture, Traitement[]>> }
  | { ok: false; message: string };

// Upstream down or overloaded: the page says so in French and stays usable (not an error page).
const DOWN = new Set(["unavailable", "bad_gateway", "gateway_timeout", "timeout", "network", "server_error", "rate_limited"]);

const emptyPage: Pagination = { pageCourante: 1, pages: 0, nbResultatsParPage: 0, total: 0 };
const empty = (notices: string[]): ListData => ({ ok: true, items: [], pagination: emptyPage, notices, actions: {} });

type Ctx = ChorusContext & { technicalAccountId: string };

/** Supplier SIRET and service code → upstream ids; null when Chorus Pro knows neither. */
async function resolve(ctx: Ctx, rattachement: Rattachement, state: ListState, t: Messages): Promise<Resolved | string> {
  const resolved: Resolved = { idDestinataire: rattachement.idStructureCPP };
  const { fournisseur, service } = state.filters;
  if (fournisseur) {
    const match = await referentiel.structureCppParIdentifiant(ctx, fournisseur, { typeIdentifiant: "SIRET" });
    if (!match) return t.recues.list.unknownSupplier;
    resolved.idFournisseur = match.idStructureCPP;
  }
  if (service) {
    const services = await rechercherServicesExecutants(ctx, { idStructure: rattachement.idStructureCPP, parametresRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 500 } });
    const s = services.items.find((x) => x.codeServiceExecutant?.toUpperCase() === service.toUpperCase());
    if (!s?.idServicesCPP) return t.recues.list.unknownService;
    resolved.idServiceExecutant = s.idServicesCPP;
  }
  return resolved;
}

/** One page of rows: every criterion, the last status change and « téléchargée » included, is filtered by Chorus Pro. */
async function loadRows(ctx: Ctx, state: ListState, resolved: Resolved): Promise<{ items: FactureRecue[]; pagination: Pagination; notices: string[] }> {
  const page = await rechercherFacturesRecipiendaire(ctx, toRecipiendaireSearch(state, resolved));
  return { ...page, notices: [] };
}

/** The list for a view: at most a handful of upstream calls whatever the page size. */
export async function loadList(rattachement: Rattachement, state: ListState, since: Date | null, t: Messages): Promise<ListData> {
  try {
    const ctx = await chorusContextFor(rattachement);
    let rows: { items: FactureRecue[]; pagination: Pagination; notices: string[] };
    if (state.view === "atraiter") {
      // rechercher/atraiter/recipiendaire takes no criteria: the to-do list is MISE_A_DISPOSITION and COMPLETEE.
      const triColonne = state.sort === "fournisseur" ? "DesignationFournisseur" : SORT_COLUMNS[state.sort];
      const page = await rechercherFacturesATraiterRecipiendaire(ctx, {
        idStructure: rattachement.idStructureCPP,
        parametreRechercheFactureATraiterParRecipiendaire: { pageResultatDemandee: state.page, nbResultatsParPage: state.size, triColonne, triSens: state.dir === "asc" ? "Ascendant" : "Descendant" },
      });
      rows = { ...page, notices: Object.keys(state.filters).length ? [t.recues.list.atraiterIgnoresFilters] : [] };
    } else {
      const resolved = await resolve(ctx, rattachement, state, t);
      if (typeof resolved === "string") return empty([resolved]);
      if (state.view === "nouveautes" && since) resolved.since = since;
      rows = await loadRows(ctx, state, resolved);
    }
    const actions = await actionsByStatus(ctx, rows.items.map((f) => f.statut));
    return { ok: true, ...rows, actions };
  } catch (err) {
    if (isChorusProError(err)) return { ok: false, message: DOWN.has(err.kind) ? t.states.chorusDown : err.userMessage };
    if (err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string") return { ok: false, message: err.userMessage };
    logger.error({ err }, "factures reçues: list failed");
    throw err;
  }
}
