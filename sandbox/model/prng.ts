/** mulberry32: tiny deterministic PRNG so that a seed always yields the same "matelas de données". */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stable 32-bit hash of a string (FNV-1a), used to derive per-namespace seeds. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  alnum(len: number): string;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    alnum(len: number) {
      const chars = "abcdefghijklmnopqrstuvwxyz0123456789";
      let out = "";
      for (let i = 0; i < len; i++) out += chars[Math.floor(next() * chars.length)];
      return out;
    },
  };
}

/** Luhn check digit so that seeded SIREN/SIRET numbers pass the checks real clients run. */
export function luhnComplete(digits: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(digits + d)) return digits + d;
  throw new Error("unreachable");
}

export function luhnValid(num: string): boolean {
  let sum = 0;
  for (let i = 0; i < num.length; i++) {
    let n = Number(num[num.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** A SIRET = Luhn-valid SIREN (9) + NIC (5) whose 14 digits are Luhn-valid too. */
export function makeSiret(rng: Rng): string {
  const siren = luhnComplete(String(rng.int(10000000, 99999999)));
  return luhnComplete(siren + String(rng.int(1000, 9999)));
}
