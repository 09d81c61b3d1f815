// Global sandbox state: namespaces (partitioned data), the technical-account index that routes a request to
// its namespace, PISTE clients and tokens (global), the async scheduler, stats and persistence.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync, existsSync, renameSync } from "node:fs";
import { hashString } from "./prng";
import { spreadInvoicesOverAccounts } from "./bank-details";
import { seedInvoices } from "./seed-invoices";
import { seedStructures } from "./seed-structures";
import { NamespaceStore, type NamespaceSnapshot } from "./store";
import type { Platform } from "./lifecycle";
import type { TechnicalAccount } from "./types";

export interface SandboxConfig {
  seed: number;
  invoices: number;
  asyncDelayMs: number;
  tokenTtlS: number;
  rateLimit: number;
  persistFile?: string;
}

export interface PisteClient { client_id: string; client_secret: string }
export interface Token { clientId: string; expiresAt: number; revoked: boolean }

/** The default PISTE application (documented in sandbox/README.md). */
export const DEFAULT_CLIENT: PisteClient = { client_id: "portail-sandbox", client_secret: "sandbox-secret-portail" };

export class Registry implements Platform {
  readonly namespaces = new Map<string, NamespaceStore>();
  private readonly accountIndex = new Map<string, { ns: NamespaceStore; account: TechnicalAccount }>();
  readonly pisteClients: PisteClient[] = [DEFAULT_CLIENT, { client_id: "portail-sandbox-2", client_secret: "sandbox-secret-portail-2" }];
  readonly tokens = new Map<string, Token>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private nsCounter = 0;
  tokensIssued = 0;

  constructor(readonly config: SandboxConfig) {}

  get asyncDelayMs(): number {
    return this.config.asyncDelayMs;
  }

  schedule(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    t.unref();
    this.timers.add(t);
  }

  /** Seeds a namespace; its PRNG seed mixes the name so that logins differ between namespaces. */
  createNamespace(name: string, seed = this.config.seed, invoices = this.config.invoices): NamespaceStore {
    const old = this.namespaces.get(name);
    if (old) for (const login of old.accounts.keys()) this.accountIndex.delete(login);
    const ns = new NamespaceStore(name, (hashString(name) ^ seed) >>> 0, invoices);
    seedStructures(ns);
    seedInvoices(ns, invoices);
    spreadInvoicesOverAccounts(ns);
    this.register(ns);
    return ns;
  }

  newNamespaceName(): string {
    return `ns-${++this.nsCounter}-${randomBytes(3).toString("hex")}`;
  }

  private register(ns: NamespaceStore): void {
    this.namespaces.set(ns.name, ns);
    for (const account of ns.accounts.values()) this.accountIndex.set(account.login, { ns, account });
  }

  reset(name?: string): void {
    const names = name ? [name] : [...this.namespaces.keys()];
    for (const n of names) {
      const ns = this.namespaces.get(n);
      if (ns) this.createNamespace(n, ns.seed ^ hashString(n), ns.invoiceTarget);
    }
  }

  findAccount(login: string): { ns: NamespaceStore; account: TechnicalAccount } | undefined {
    return this.accountIndex.get(login);
  }

  issueToken(clientId: string): { token: string; expiresIn: number } {
    const token = randomBytes(24).toString("base64url");
    this.tokens.set(token, { clientId, expiresAt: Date.now() + this.config.tokenTtlS * 1000, revoked: false });
    this.tokensIssued++;
    if (this.tokens.size > 50_000) this.pruneTokens();
    return { token, expiresIn: this.config.tokenTtlS };
  }

  private pruneTokens(): void {
    const now = Date.now();
    for (const [k, t] of this.tokens) if (t.expiresAt < now || t.revoked) this.tokens.delete(k);
  }

  revoke(token?: string): number {
    let n = 0;
    for (const [k, t] of this.tokens) if (!token || k === token) { t.revoked = true; n++; }
    return n;
  }

  save(): void {
    const file = this.config.persistFile;
    if (!file) return;
    const data = { version: 1, nsCounter: this.nsCounter, namespaces: [...this.namespaces.values()].map((ns) => ns.snapshot()) };
    writeFileSync(file + ".tmp", JSON.stringify(data));
    renameSync(file + ".tmp", file);
  }

  /** Loads SANDBOX_STATE_FILE if present; returns false when there was nothing to load. */
  load(): boolean {
    const file = this.config.persistFile;
    if (!file || !existsSync(file)) return false;
    const data = JSON.parse(readFileSync(file, "utf8")) as { nsCounter: number; namespaces: NamespaceSnapshot[] };
    this.nsCounter = data.nsCounter;
    for (const snap of data.namespaces) this.register(NamespaceStore.restore(snap));
    return this.namespaces.has("default");
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
