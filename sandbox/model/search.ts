// Search engine over a per-structure index: build one predicate from the criteria actually sent, then a
// top-k selection for the requested page (no full sort of 10^4–10^5 rows for a 20-row page).
import { utcBound } from "./clock";
import { dayNum } from "./store";
import type { NamespaceStore } from "./store";
import type { Invoice } from "./types";

export interface Criteria {
  numeroFacture?: string;
  statuts?: string[];
  typeFacture?: string[];
  typeFactureTravaux?: string[];
  typeDemandePaiement?: string;
  cadre?: string;
  destinataires?: { id?: number; services?: number[] }[];
  fournisseurs?: { id?: number; services?: number[] }[];
  idServiceExecutant?: number;
  idServiceFournisseur?: number;
  idValideur?: number;
  idMoe?: number;
  idMoa?: number;
  depotDu?: string; depotAu?: string;
  factureDu?: string; factureAu?: string;
  etatDu?: string; etatAu?: string;
  htMin?: number; htMax?: number; ttcMin?: number; ttcMax?: number; apayerMin?: number; apayerMax?: number;
  numeroMarche?: string;
  numeroBonCommande?: string;
  numeroFactureOrigine?: string;
  modeDepot?: string;
  numeroFluxDepot?: string;
  rejetTraite?: boolean;
  telechargee?: boolean;
  coordBancaire?: number;
  createurs?: number[];
  masquerRejetee?: boolean;
}

type Pred = (i: Invoice) => boolean;
const num = (day: string | undefined) => (day ? dayNum(day) : undefined);

export function predicate(c: Criteria): Pred {
  const p: Pred[] = [];
  // Statuses are usually answered by the StatusIndex buckets; the check stays for callers passing flat lists.
  const add = (cond: unknown, f: Pred) => { if (cond !== undefined && cond !== "" && cond !== null) p.push(f); };
  add(c.numeroFacture, (i) => i.numero === c.numeroFacture);
  if (c.statuts?.length) { const s = new Set(c.statuts); p.push((i) => s.has(i.statut)); }
  if (c.typeFacture?.length) { const s = new Set(c.typeFacture); p.push((i) => s.has(i.typeFacture)); }
  if (c.typeFactureTravaux?.length) { const s = new Set(c.typeFactureTravaux); p.push((i) => i.typeFactureTravaux !== undefined && s.has(i.typeFactureTravaux)); }
  add(c.typeDemandePaiement, (i) => i.typeDemandePaiement === c.typeDemandePaiement);
  add(c.cadre, (i) => i.cadre === c.cadre);
  if (c.destinataires?.length) p.push((i) => c.destinataires!.some((d) => (d.id === undefined || d.id === i.idDestinataire) && (!d.services?.length || (i.idServiceExecutant !== undefined && d.services.includes(i.idServiceExecutant)))));
  if (c.fournisseurs?.length) p.push((i) => c.fournisseurs!.some((d) => (d.id === undefined || d.id === i.idFournisseur) && (!d.services?.length || (i.idServiceFournisseur !== undefined && d.services.includes(i.idServiceFournisseur)))));
  add(c.idServiceExecutant, (i) => i.idServiceExecutant === c.idServiceExecutant);
  add(c.idServiceFournisseur, (i) => i.idServiceFournisseur === c.idServiceFournisseur);
  add(c.idValideur, (i) => i.idValideur === c.idValideur);
  add(c.idMoe, (i) => i.idMoe === c.idMoe);
  add(c.idMoa, (i) => i.idMoa === c.idMoa);
  // Bounds computed once, not per row.
  const depotDu = num(c.depotDu), depotAu = num(c.depotAu), factureDu = num(c.factureDu), factureAu = num(c.factureAu);
  // Stored dateHeureEtatCourant values are UTC: bounds are converted once, then compared as text.
  const etatDu = c.etatDu ? utcBound(c.etatDu, "start") : undefined, etatAu = c.etatAu ? utcBound(c.etatAu, "end") : undefined;
  add(depotDu, (i) => i.depotNum! >= depotDu!);
  add(depotAu, (i) => i.depotNum! <= depotAu!);
  add(factureDu, (i) => i.factureNum! >= factureDu!);
  add(factureAu, (i) => i.factureNum! <= factureAu!);
  add(etatDu, (i) => i.dateHeureEtatCourant.slice(0, 19) >= etatDu!);
  add(etatAu, (i) => i.dateHeureEtatCourant.slice(0, 19) <= etatAu!);
  // Bounds copied into constants: the checks run once per candidate row.
  const { htMin, htMax, ttcMin, ttcMax, apayerMin, apayerMax } = c;
  add(htMin, (i) => i.montantHT >= htMin!);
  add(htMax, (i) => i.montantHT <= htMax!);
  add(ttcMin, (i) => i.montantTTC >= ttcMin!);
  add(ttcMax, (i) => i.montantTTC <= ttcMax!);
  add(apayerMin, (i) => i.montantAPayer >= apayerMin!);
  add(apayerMax, (i) => i.montantAPayer <= apayerMax!);
  add(c.numeroMarche, (i) => i.numeroMarche === c.numeroMarche);
  add(c.numeroBonCommande, (i) => i.numeroBonCommande === c.numeroBonCommande);
  add(c.numeroFactureOrigine, (i) => i.numeroFactureOrigine === c.numeroFactureOrigine);
  add(c.modeDepot, (i) => i.modeDepot === c.modeDepot);
  add(c.numeroFluxDepot, (i) => i.numeroFluxDepot === c.numeroFluxDepot);
  add(c.rejetTraite, (i) => i.rejetTraite === c.rejetTraite);
  add(c.telechargee, (i) => i.telechargee === c.telechargee);
  add(c.coordBancaire, (i) => i.idCoordBancaire === c.coordBancaire);
  if (c.createurs?.length) p.push((i) => i.idUtilisateurCreateur !== undefined && c.createurs!.includes(i.idUtilisateurCreateur));
  if (c.masquerRejetee) p.push((i) => i.statut !== "REJETEE");
  return all(p);
}

/**
 * The conjunction of the checks, unrolled: a loop over an array of closures is one megamorphic call
 * site that V8 cannot inline, and it ran for every candidate row of every search.
 */
function all(fs: Pred[]): Pred {
  const [a, b, c, d] = fs;
  switch (fs.length) {
    case 0: return () => true;
    case 1: return a!;
    case 2: return (i) => a!(i) && b!(i);
    case 3: return (i) => a!(i) && b!(i) && c!(i);
    case 4: return (i) => a!(i) && b!(i) && c!(i) && d!(i);
    default: {
      const rest = all(fs.slice(4));
      return (i) => a!(i) && b!(i) && c!(i) && d!(i) && rest(i);
    }
  }
}

type Key = (i: Invoice) => string | number;

/** triColonne → sort key. Names are shared by the search operations of SW-FACT. */
export function sortKey(ns: NamespaceStore, column: string | undefined): Key {
  const s = (id: number | undefined) => ns.structures.get(id ?? -1);
  switch (column) {
    case "NumeroFacture": return (i) => i.numero;
    case "DateFacture": return (i) => i.factureNum ?? 0;
    case "MontantHT": return (i) => i.montantHT;
    case "MontantTTC": return (i) => i.montantTTC;
    case "MontantAPayer": return (i) => i.montantAPayer;
    case "Statut": return (i) => i.statut;
    case "TypeFacture": return (i) => i.typeFacture;
    case "TypeFactureTravaux": return (i) => i.typeFactureTravaux ?? "";
    case "TypeDemandePaiement": return (i) => i.typeDemandePaiement;
    case "Devise": return (i) => i.devise;
    case "NumeroMarche": return (i) => i.numeroMarche ?? "";
    case "NumeroBonCommande": case "NumeroEngagement": return (i) => i.numeroBonCommande ?? "";
    case "NumeroFluxDepot": return (i) => i.numeroFluxDepot ?? "";
    case "ModeDepot": return (i) => i.modeDepot;
    case "IdFacture": return (i) => i.id;
    case "CodeDestinataire": case "IdentifiantDestinataire": return (i) => s(i.idDestinataire)?.identifiantStructure ?? "";
    case "DesignationDestinataire": case "Destinataire": return (i) => s(i.idDestinataire)?.designationStructure ?? "";
    case "CodeFournisseur": case "IdentifiantFournisseur": return (i) => s(i.idFournisseur)?.identifiantStructure ?? "";
    case "DesignationFournisseur": case "Fournisseur": return (i) => s(i.idFournisseur)?.designationStructure ?? "";
    case "FactureTelechargeeParDestinataire": return (i) => (i.telechargee ? 1 : 0);
    default: return (i) => i.depotNum ?? 0;
  }
}

/** Filters the sources, then returns the page: partial selection while page*size is small, full sort beyond. */
export function runSearch(sources: readonly Iterable<Invoice>[], pred: Pred, key: Key, descending: boolean, page: number, size: number, max?: number) {
  const sign = descending ? -1 : 1;
  const cmp = (a: Invoice, b: Invoice) => {
    const ka = key(a), kb = key(b);
    return sign * (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id);
  };
  const need = page * size;
  const partial = need <= 500;
  let total = 0;
  let top: Invoice[] = [];
  // Key of the current worst kept row, cached so that most rows cost one key() and one comparison.
  let worstKey: string | number = 0;
  for (const source of sources) for (const inv of source) {
    if (!pred(inv)) continue;
    total++;
    if (!partial) { top.push(inv); continue; }
    if (top.length === need) {
      const k = key(inv);
      const c = k < worstKey ? -sign : k > worstKey ? sign : cmp(inv, top[need - 1]!);
      if (c >= 0) continue;
    }
    let lo = 0, hi = top.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cmp(top[mid]!, inv) <= 0) lo = mid + 1; else hi = mid; }
    top.splice(lo, 0, inv);
    if (top.length > need) top.pop();
    worstKey = key(top[top.length - 1]!);
  }
  if (!partial) top = top.sort(cmp);
  if (max !== undefined && max > 0) total = Math.min(total, max);
  return { total, items: top.slice((page - 1) * size, Math.min(need, total)) };
}
