import crypto from "node:crypto";
import { encryptionKey } from "@/lib/secrets";

// AES-256-GCM for technical-account passwords at rest. Format: v1.<iv>.<tag>.<ciphertext>, base64url.
const VERSION = "v1";

export function encryptSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString("base64url"), tag.toString("base64url"), data.toString("base64url")].join(".");
}

export function decryptSecret(enc: string): string {
  const [version, iv, tag, data] = enc.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("Secret chiffré illisible");
  const decipher = crypto.createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
