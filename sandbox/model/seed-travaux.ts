// Seeds works billing files through the same model functions the API uses (deposit, actions), so that every
// seeded file is a coherent chain of pieces with its history. Seeded first: their ids (from 9000001) are stable
// whatever SANDBOX_INVOICES is (README "Billing files").
import type { Cadre } from "./enums";
import { makeRng, type Rng } from "./prng";
import { IDS } from "./seed-structures";
import type { NamespaceStore } from "./store";
import { deposit, type Actor } from "./travaux";
import { completerTravaux, demanderCompletion, demanderRecyclage, prendreEnCompte, refuser } from "./travaux-actions";
import type { Invoice } from "./types";

const DAY = 86_400_000;
const { moeArchitectes: MOE, departementMoa: MOA, batiTravaux: BATI, acmeFournisseur: ACME, sousTraitant: ST, titulaireValideur: TIT } = IDS;

class Script {
  private day = 0;
  private n = 0;
  constructor(private readonly ns: NamespaceStore, private readonly rng: Rng, start: number, private readonly anchor: number) { this.day = start; }

  actor(idStructure: number): Actor {
    this.day += (1 + this.rng.int(0, 2)) * DAY;
    const at = new Date(Math.min(this.anchor - 3600_000, this.day + this.rng.int(0, 28_000) * 1000));
    return { idStructure, idUtilisateur: this.ns.usersOf(idStructure)[0]?.idUtilisateur, at };
  }

  piece(by: number, cadre: Cadre, prev?: Invoice, extra: { valideur?: number; factor?: number } = {}): Invoice {
    const ht = prev ? Math.round(prev.montantHT * (extra.factor ?? 1) * 100) / 100 : this.rng.int(20_000, 2_000_000) / 100;
    const tva = Math.round(ht * 20) / 100;
    this.n++;
    return deposit(this.ns, this.actor(by), {
      cadre, numero: `TRV-${String(this.ns.seq.invoice + 1).slice(-6)}-${this.n}`, idPiecePrecedente: prev?.id,
      destinataire: prev ? undefined : { id: MOA, codeService: "FACTURES_PUBLIQUES" }, valideur: extra.valideur ? { id: extra.valideur } : undefined,
      numeroMarche: prev ? undefined : `MARCHE-TRAVAUX-${this.rng.int(2024, 2026)}-${this.rng.int(1, 40)}`,
      montantHT: ht, montantTVA: tva, montantTTC: Math.round((ht + tva) * 100) / 100,
    });
  }

  at(id: number): Actor { return this.actor(id); }
}

type Scenario = [size: number, run: (s: Script, ns: NamespaceStore) => void];
const mensuel = (s: Script, f: number) => s.piece(f, "A4_PROJET_DECOMPTE_MENSUEL_FOURNISSEUR");
const etatMoe = (s: Script, ns: NamespaceStore, f: number) => {
  const a4 = mensuel(s, f);
  prendreEnCompte(ns, s.at(MOE), a4);
  return s.piece(MOE, "A15_ETAT_ACOMPTE_MOE", a4, { factor: 0.95 });
};
const dg = (s: Script, ns: NamespaceStore, f: number) => {
  const a7 = s.piece(f, "A7_PROJET_DECOMPTE_FINAL_FOURNISSEUR");
  prendreEnCompte(ns, s.at(MOE), a7);
  const a17 = s.piece(MOE, "A17_PROJET_DECOMPTE_GENERAL_MOE", a7);
  prendreEnCompte(ns, s.at(MOA), a17);
  return s.piece(MOA, "A20_DECOMPTE_GENERAL_MOA", a17, { factor: 0.98 });
};

/** Fixed scenarios, in this order (README lists the resulting ids). */
const SCENARIOS: Scenario[] = [
  [3, (s, ns) => { const a15 = etatMoe(s, ns, BATI); prendreEnCompte(ns, s.at(MOA), a15); s.piece(MOA, "A19_ETAT_ACOMPTE_VALIDE_MOA", a15); }],
  [1, (s) => { mensuel(s, ACME); }],
  [2, (s, ns) => { etatMoe(s, ns, ACME); }],
  [1, (s, ns) => { demanderCompletion(ns, s.at(MOE), mensuel(s, ACME), "Joindre l'attachement des travaux du mois"); }],
  [1, (s, ns) => { refuser(ns, s.at(MOE), mensuel(s, BATI), "REF_FAC_TRAVAUX", "Travaux non réalisés"); }],
  [1, (s, ns) => { refuser(ns, s.at(MOE), mensuel(s, BATI), "MAUVAISE_MOE", "Lot géré par un autre maître d'œuvre"); }],
  [2, (s, ns) => { refuser(ns, s.at(MOA), etatMoe(s, ns, BATI), "MAUVAISE_MOA", "Mauvaise MOA"); }],
  [1, (s, ns) => { demanderRecyclage(ns, s.at(MOE), mensuel(s, BATI), "Service exécutant erroné"); }],
  [3, (s, ns) => { dg(s, ns, ACME); }],
  [4, (s, ns) => { const a20 = dg(s, ns, BATI); s.piece(BATI, "A8_DECOMPTE_GENERAL_DEFINITIF_FOURNISSEUR", a20); }],
  [3, (s, ns) => { refuser(ns, s.at(BATI), dg(s, ns, BATI), "AUTRE", "Décompte contesté"); }],
  [1, (s) => { s.piece(ST, "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT", undefined, { valideur: TIT }); }],
  [1, (s, ns) => { prendreEnCompte(ns, s.at(TIT), s.piece(ST, "A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT", undefined, { valideur: TIT })); }],
  [1, (s, ns) => { refuser(ns, s.at(BATI), s.piece(ST, "A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT", undefined, { valideur: BATI }), "MAUVAIS_VALIDEUR", "Mandataire erroné"); }],
  [1, (s, ns) => { const p = s.piece(ST, "A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT", undefined, { valideur: TIT }); prendreEnCompte(ns, s.at(TIT), p); prendreEnCompte(ns, s.at(MOE), p); }],
  [1, (s) => { s.piece(BATI, "A14_PROJET_DECOMPTE_FINAL_COTRAITANT", undefined, { valideur: TIT }); }],
  [1, (s, ns) => { const p = mensuel(s, BATI); demanderCompletion(ns, s.at(MOE), p, "Situation de travaux illisible"); completerTravaux(ns, s.at(BATI), p, "fournisseur", [], "Situation jointe"); }],
  [2, (s, ns) => { prendreEnCompte(ns, s.at(MOA), etatMoe(s, ns, BATI)); }],
  [2, (s, ns) => { refuser(ns, s.at(MOA), etatMoe(s, ns, BATI), "AUTRE", "Marché clos"); }],
];
const FIXED = SCENARIOS.reduce((n, [size]) => n + size, 0);

/** Number of works pieces for a target invoice count: none for tiny namespaces, the fixed set, ~8% beyond. */
export function worksBudget(count: number): number {
  return count < 100 ? 0 : Math.max(FIXED, Math.floor(count * 0.08));
}

/** `anchor`: the seed's fixed "now" (seed-invoices SEED_ANCHOR), passed in to keep the modules acyclic. */
export function seedTravaux(ns: NamespaceStore, budget: number, anchor: number): void {
  if (budget <= 0) return;
  const rng = makeRng(ns.seed ^ 0x7a7a);
  const run = ([, fn]: Scenario) => fn(new Script(ns, rng, anchor - rng.int(40, 380) * DAY, anchor), ns);
  let left = budget;
  for (const sc of SCENARIOS) { run(sc); left -= sc[0]; }
  // Further random files for large namespaces (the cheap, non-colliding scenarios only).
  const extra = SCENARIOS.filter(([size]) => size <= 2);
  while (left > 0) {
    const sc = rng.pick(extra);
    if (sc[0] > left) break;
    run(sc);
    left -= sc[0];
  }
}
