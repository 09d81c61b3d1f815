import { beforeAll, describe, expect, it, vi } from "vitest";

describe("encryptSecret / decryptSecret", () => {
  beforeAll(() => {
    vi.stubEnv("ENCRYPTION_KEY", Buffer.alloc(32, 1).toString("base64"));
  });

  it("round-trips and never stores the plain text", async () => {
    const { encryptSecret, decryptSecret } = await import("./crypto");
    const enc = encryptSecret("MotDePasse!2026");
    expect(enc).not.toContain("MotDePasse");
    expect(enc.startsWith("v1.")).toBe(true);
    expect(decryptSecret(enc)).toBe("MotDePasse!2026");
  });

  it("uses a fresh IV each time", async () => {
    const { encryptSecret } = await import("./crypto");
    expect(encryptSecret("same")).not.toBe(encryptSecret("same"));
  });

  it("detects tampering", async () => {
    const { encryptSecret, decryptSecret } = await import("./crypto");
    const parts = encryptSecret("secret").split(".");
    const data = Buffer.from(parts[3]!, "base64url");
    data[0] = data[0]! ^ 0xff;
    parts[3] = data.toString("base64url");
    expect(() => decryptSecret(parts.join("."))).toThrow();
    expect(() => decryptSecret("garbage")).toThrow(/illisible/);
  });
});
