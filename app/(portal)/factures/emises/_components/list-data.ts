import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import { isChorusProError, rechercherDestinataires, rechercherFacturesFournisseur, rechercherServicesExecutants, type FactureEmise, type Pagination } from "@/lib/chorus-pro";
import type { Messages } from "@/lib/i18n";
import { logger } from "@/lib/log";
import { toFournisseurSearch, type Resolved } from "@/lib/queries/factures-emises";
import type { ListState } from "@/lib/validations/factures-emises-search";

export type ListData =
  | { ok: true; items: FactureEmise[]; pagination: Pagination; notices: string[] }
  | { ok: false; message: string };

// Upstream down or overloaded: the page says so in French and stays usable (not an error page).
const DOWN = new Set(["unavailable", "bad_gateway", "gateway_timeout", "timeout", "network", "server_error", "rate_limited"]);

const empty = (notices: string[]): ListData => ({ ok: true, items: [], pagination: { pageCourante: 1, pages: 0, nbResultatsParPage: 0, total: 0 }, notices });

/**
 * One page of the supplier's invoices: at most three upstream calls whatever the page size (the
 * recipient SIRET and service code are resolved only when filtered on), never one per row.
 */
export async function loadList(rattachement: Rattachement, state: ListState, t: Messages): Promise<ListData> {
  const notices: string[] = [];
  try {
    const ctx = await chorusContextFor(rattachement);
    const resolved: Resolved = {};
    const { destinataire, service } = state.filters;
    if (destinataire) {
      const found = await rechercherDestinataires(ctx, { identifiant: destinataire, parametresRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 10 } });
      const match = found.items.find((d) => d.siret === destinataire);
      if (!match) return empty([t.factures.list.unknownRecipient]);
      resolved.idDestinataire = match.idStructureCPP;
      if (service) {
        const services = await rechercherServicesExecutants(ctx, { idStructure: match.idStructureCPP, parametresRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 500 } });
        const s = services.items.find((x) => x.codeServiceExecutant?.toUpperCase() === service.toUpperCase());
        if (!s?.idServicesCPP) return empty([t.factures.list.unknownService]);
        resolved.idServiceExecutant = s.idServicesCPP;
      }
    } else if (service) {
      notices.push(t.factures.list.serviceNeedsRecipient);
    }
    const page = await rechercherFacturesFournisseur(ctx, toFournisseurSearch(state, resolved));
    return { ok: true, items: page.items, pagination: page.pagination, notices };
  } catch (err) {
    if (isChorusProError(err)) {
      if (DOWN.has(err.kind)) return { ok: false, message: t.states.chorusDown };
      return { ok: false, message: err.userMessage };
    }
    if (err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string") return { ok: false, message: err.userMessage };
    logger.error({ err }, "factures émises: list failed");
    throw err;
  }
}
