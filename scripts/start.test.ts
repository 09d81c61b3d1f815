import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/start.ts")], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("npm start refuses a malformed environment", () => {
  it("names every missing variable outside the sandbox", () => {
    const res = start({ CHORUS_ENV: "production" });
    expect(res.status).toBe(1);
    for (const v of ["PISTE_CLIENT_ID", "PISTE_CLIENT_SECRET", "AUTH_SECRET", "ENCRYPTION_KEY"]) expect(res.stderr).toContain(v);
  });

  it("names a malformed variable", () => {
    const res = start({ DATABASE_URL: "mysql://localhost/x" });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("DATABASE_URL");
  });
});
