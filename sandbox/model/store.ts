// One namespace's state: entities plus the indexes that keep searches off linear scans of everything.
import { histoDate, isoDate, isoDateTime } from "./clock";
import type { HistoActionCode, Statut } from "./enums";
import { BusinessError } from "./errors";
import type {
  Attachment, Flux, Invoice, Sequences, Structure, TechnicalAccount, User,
} from "./types";

export interface NamespaceSnapshot {
  name: string;
  seed: number;
  invoiceTarget: number;
  structures: Structure[];
  users: User[];
  accounts: TechnicalAccount[];
  invoices: Invoice[];
  flux: Flux[];
  attachments: Attachment[];
  seq: Sequences;
}

/** structure id → status → invoices: a search on a few statuses reads only those buckets. */
export class StatusIndex {
  // Arrays, not Sets: iteration is the hot path (searches), removal (a status change) is rare.
  private readonly map = new Map<number, Map<string, Invoice[]>>();

  add(key: number, inv: Invoice, statut: string = inv.statut): void {
    let byStatus = this.map.get(key);
    if (!byStatus) this.map.set(key, (byStatus = new Map()));
    let list = byStatus.get(statut);
    if (!list) byStatus.set(statut, (list = []));
    list.push(inv);
  }

  remove(key: number, inv: Invoice, statut: string = inv.statut): void {
    const list = this.map.get(key)?.get(statut);
    const i = list ? list.lastIndexOf(inv) : -1;
    if (list && i >= 0) list.splice(i, 1);
  }

  /** The buckets to scan: only the requested statuses, or all of them. */
  buckets(key: number, statuts?: readonly string[]): Iterable<Invoice>[] {
    const byStatus = this.map.get(key);
    if (!byStatus) return [];
    if (!statuts?.length) return [...byStatus.values()];
    return statuts.map((s) => byStatus.get(s)).filter((x): x is Invoice[] => !!x);
  }
}

export class NamespaceStore {
  readonly supplierStatus = new StatusIndex();
  readonly recipientStatus = new StatusIndex();
  readonly validatorStatus = new StatusIndex();
  readonly structures = new Map<number, Structure>();
  readonly structuresByIdentifiant = new Map<string, Structure>();
  readonly users = new Map<number, User>();
  readonly accounts = new Map<string, TechnicalAccount>();
  readonly invoices = new Map<number, Invoice>();
  readonly bySupplier = new Map<number, Invoice[]>();
  readonly byRecipient = new Map<number, Invoice[]>();
  readonly byValidator = new Map<number, Invoice[]>();
  private readonly byNumero = new Map<string, number>();
  /** Works: billing file id → its pieces in deposit order; and every works piece (MOE/MOA searches scan it). */
  readonly byDossier = new Map<number, Invoice[]>();
  readonly worksPieces: Invoice[] = [];
  readonly flux = new Map<string, Flux>();
  readonly attachments = new Map<number, Attachment>();
  seq: Sequences = { invoice: 9_000_000, attachment: 5_000_000, histo: 1, flux: 1, liaison: 7_000_000 };

  constructor(
    readonly name: string,
    readonly seed: number,
    readonly invoiceTarget: number,
  ) {}

  addStructure(s: Structure): void {
    this.structures.set(s.idStructureCPP, s);
    this.structuresByIdentifiant.set(s.identifiantStructure, s);
  }

  addInvoice(inv: Invoice): void {
    this.invoices.set(inv.id, inv);
    this.indexDates(inv);
    push(this.bySupplier, inv.idFournisseur, inv);
    push(this.byRecipient, inv.idDestinataire, inv);
    if (inv.idValideur !== undefined) push(this.byValidator, inv.idValideur, inv);
    this.indexStatus(inv, "add");
    this.byNumero.set(`${inv.idFournisseur}|${inv.numero}`, inv.id);
    if (inv.idDossier !== undefined) push(this.byDossier, inv.idDossier, inv);
    if (inv.typeDemandePaiement === "FACTURE_TRAVAUX") this.worksPieces.push(inv);
  }

  private indexStatus(inv: Invoice, op: "add" | "remove", who: { idDestinataire: number; idValideur?: number } = inv): void {
    this.supplierStatus[op](inv.idFournisseur, inv);
    this.recipientStatus[op](who.idDestinataire, inv);
    if (who.idValideur !== undefined) this.validatorStatus[op](who.idValideur, inv);
  }

  /** Re-index after a change of recipient (recycler) or validator (corriger/valideur). */
  reindex(inv: Invoice, before: { idDestinataire: number; idValideur?: number }): void {
    this.indexStatus(inv, "remove", before);
    this.indexStatus(inv, "add");
    if (before.idDestinataire !== inv.idDestinataire) {
      remove(this.byRecipient, before.idDestinataire, inv);
      push(this.byRecipient, inv.idDestinataire, inv);
    }
    if (before.idValideur !== inv.idValideur) {
      if (before.idValideur !== undefined) remove(this.byValidator, before.idValideur, inv);
      if (inv.idValideur !== undefined) push(this.byValidator, inv.idValideur, inv);
    }
  }

  indexDates(inv: Invoice): void {
    inv.depotNum = dayNum(inv.dateDepot);
    inv.factureNum = dayNum(inv.dateFacture);
  }

  /** Index a number given later (an OCR draft finalised by soumettre). */
  indexNumero(inv: Invoice): void {
    this.byNumero.set(`${inv.idFournisseur}|${inv.numero}`, inv.id);
  }

  findByNumero(idFournisseur: number, numero: string): Invoice | undefined {
    const id = this.byNumero.get(`${idFournisseur}|${numero}`);
    return id === undefined ? undefined : this.invoices.get(id);
  }

  structure(id: number | undefined): Structure | undefined {
    return id === undefined ? undefined : this.structures.get(id);
  }

  requireStructure(id: number): Structure {
    const s = this.structures.get(id);
    if (!s) throw new BusinessError("STRUCTURE_INCONNUE");
    return s;
  }

  usersOf(idStructure: number): User[] {
    return [...this.users.values()].filter((u) => u.rattachements.some((r) => r.idStructureCPP === idStructure));
  }

  nextInvoiceId(): number {
    return ++this.seq.invoice;
  }

  /** Changes the status and writes the history row (who, when, why). */
  setStatus(inv: Invoice, statut: Statut, opts: { idUtilisateur?: number; commentaire?: string; at?: Date } = {}): void {
    const at = opts.at ?? new Date();
    if (this.invoices.get(inv.id) === inv) this.indexStatus(inv, "remove");
    inv.statut = statut;
    if (this.invoices.get(inv.id) === inv) this.indexStatus(inv, "add");
    inv.dateHeureEtatCourant = isoDateTime(at);
    inv.commentaireEtatCourant = opts.commentaire;
    if (statut === "MISE_A_DISPOSITION") inv.visibleDestinataire = true;
    inv.histoStatuts.push({ id: this.seq.histo++, code: statut, date: histoDate(inv.dateHeureEtatCourant), commentaire: opts.commentaire, idUtilisateur: opts.idUtilisateur });
  }

  addEvent(inv: Invoice, libelle: string, qui: string, at: Date = new Date()): void {
    inv.histoEvenements.push({ id: this.seq.histo++, libelle, qui, date: histoDate(isoDateTime(at)) });
  }

  addAction(inv: Invoice, code: HistoActionCode, idUtilisateur?: number, at: Date = new Date()): void {
    inv.histoActions.push({ id: this.seq.histo++, code, date: histoDate(isoDateTime(at)), idUtilisateur });
  }

  nextFluxNumber(): string {
    // SEEN [COMM show-detailed-report]: "CPP" + 22 digits.
    const n = this.seq.flux++;
    return "CPP001111" + String(n).padStart(16, "0");
  }

  today(): string {
    return isoDate();
  }

  snapshot(): NamespaceSnapshot {
    return {
      name: this.name, seed: this.seed, invoiceTarget: this.invoiceTarget,
      structures: [...this.structures.values()], users: [...this.users.values()], accounts: [...this.accounts.values()],
      invoices: [...this.invoices.values()], flux: [...this.flux.values()], attachments: [...this.attachments.values()],
      seq: { ...this.seq },
    };
  }

  static restore(snap: NamespaceSnapshot): NamespaceStore {
    const ns = new NamespaceStore(snap.name, snap.seed, snap.invoiceTarget);
    snap.structures.forEach((s) => ns.addStructure(s));
    snap.users.forEach((u) => ns.users.set(u.idUtilisateur, u));
    snap.accounts.forEach((a) => ns.accounts.set(a.login, a));
    snap.invoices.forEach((i) => ns.addInvoice(i));
    snap.flux.forEach((f) => ns.flux.set(f.numeroFluxDepot, f));
    snap.attachments.forEach((a) => ns.attachments.set(a.id, a));
    ns.seq = { ...snap.seq };
    return ns;
  }
}

export function dayNum(day: string | undefined): number {
  return day ? Number(day.slice(0, 10).replace(/-/g, "")) || 0 : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remove<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}
