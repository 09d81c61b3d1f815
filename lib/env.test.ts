import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the sandbox with nothing set", () => {
    const env = parseEnv({});
    expect(env.CHORUS_ENV).toBe("sandbox");
    expect(env.SANDBOX_URL).toBe("http://127.0.0.1:4010");
    expect(env.DATA_DIR).toBe(".data");
  });

  it("refuses to run on real hosts without credentials and keys, naming each variable", () => {
    expect(() => parseEnv({ CHORUS_ENV: "production" })).toThrowError(/PISTE_CLIENT_ID[\s\S]*PISTE_CLIENT_SECRET[\s\S]*AUTH_SECRET[\s\S]*ENCRYPTION_KEY/);
  });

  it("accepts a complete qualification setup", () => {
    const env = parseEnv({
      CHORUS_ENV: "qualification",
      PISTE_CLIENT_ID: "id",
      PISTE_CLIENT_SECRET: "secret",
      AUTH_SECRET: "x".repeat(32),
      ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    });
    expect(env.CHORUS_ENV).toBe("qualification");
  });

  it("names a malformed variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(/DATABASE_URL/);
    expect(() => parseEnv({ CHORUS_ENV: "prod" })).toThrowError(/CHORUS_ENV/);
    expect(() => parseEnv({ ENCRYPTION_KEY: "short" })).toThrowError(/ENCRYPTION_KEY/);
  });

  it("requires the three OIDC variables together", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://idp.example" })).toThrowError(/OIDC_ISSUER/);
  });
});
