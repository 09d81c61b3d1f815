// Every API module registers its routes here. To add an API: create sandbox/api/<api>.ts exporting
// register(router, services) and add it to MODULES (see README "Extension points").
import type { Faults } from "../http/faults";
import type { Router } from "../http/router";
import type { RateLimiter, Stats } from "../http/stats";
import type { Registry } from "../model/registry";
import * as annuaire from "./annuaire";
import * as control from "./control";
import * as facturesRechercher from "./factures-rechercher";
import * as facturesConsulter from "./factures-consulter";
import * as facturesDeposer from "./factures-deposer";
import * as facturesTelecharger from "./factures-telecharger";
import * as facturesTraiter from "./factures-traiter";
import * as engagements from "./engagements";
import * as oauth from "./oauth";
import * as organisations from "./organisations";
import * as structures from "./structures";
import * as travaux from "./travaux";
import * as travauxRechercher from "./travaux-rechercher";
import * as transverses from "./transverses";
import * as transversesPj from "./transverses-pj";
import * as referentiels from "./transverses-referentiels";
import * as utilisateurs from "./utilisateurs";

export interface Services { registry: Registry; faults: Faults; stats: Stats; limiter: RateLimiter; router: Router }

const MODULES: { register(router: Router, services: Services): void }[] = [
  oauth, control, facturesDeposer, facturesRechercher, facturesConsulter, facturesTraiter, facturesTelecharger,
  transverses, transversesPj, referentiels, utilisateurs, travaux, travauxRechercher, structures, organisations, engagements, annuaire,
];

export function registerAll(router: Router, services: Services): void {
  for (const m of MODULES) m.register(router, services);
}
