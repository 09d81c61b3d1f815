import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { env, isSandbox } from "@/lib/env";

type LocalKeys = { authSecret: string; encryptionKey: string };

let cached: LocalKeys | undefined;

// Sandbox mode only: keys generated once into DATA_DIR so a demo survives restarts. Outside the
// sandbox lib/env has already refused to start without AUTH_SECRET and ENCRYPTION_KEY.
function localKeys(): LocalKeys {
  if (cached) return cached;
  if (!isSandbox) throw new Error("AUTH_SECRET et ENCRYPTION_KEY sont obligatoires hors bac à sable");
  const file = path.resolve(env.DATA_DIR, "keys.json");
  try {
    cached = JSON.parse(fs.readFileSync(file, "utf8")) as LocalKeys;
  } catch {
    const fresh: LocalKeys = {
      authSecret: crypto.randomBytes(32).toString("base64url"),
      encryptionKey: crypto.randomBytes(32).toString("base64"),
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": when two processes race, the first file wins and both read it back.
      fs.writeFileSync(file, JSON.stringify(fresh), { mode: 0o600, flag: "wx" });
    } catch {
      /* written by a concurrent process */
    }
    cached = JSON.parse(fs.readFileSync(file, "utf8")) as LocalKeys;
  }
  return cached;
}

export function authSecret(): string {
  return env.AUTH_SECRET ?? localKeys().authSecret;
}

export function encryptionKey(): Buffer {
  return Buffer.from(env.ENCRYPTION_KEY ?? localKeys().encryptionKey, "base64");
}
