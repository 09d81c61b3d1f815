import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "../fixtures";
import { expectAccessible } from "../a11y";

// A second portal, on the same build, whose database and Chorus Pro are both unreachable.
// Serial: both tests share that one process.
test.describe.configure({ mode: "serial" });
let portal: ChildProcess;
const PORT = Number(process.env.E2E_PORTAL_PORT ?? 3100) + 90;
const base = `http://127.0.0.1:${PORT}`;

test.beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-down-"));
  portal = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      CHORUS_ENV: "sandbox",
      DATABASE_URL: "postgres://portail@127.0.0.1:1/absente",
      SANDBOX_URL: "http://127.0.0.1:1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "silent",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("second portal did not start");
});

test.afterAll(() => {
  portal?.kill("SIGTERM");
});

test("health says the database and Chorus Pro are down", async ({ request }) => {
  const res = await request.get(`${base}/api/health`);
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", mode: "sandbox", db: "error", chorus: "unreachable" });
});

test("the login page explains that the database is unreachable, without a stack trace", async ({ page }) => {
  const res = await page.goto(`${base}/login`);
  expect(res?.status()).toBeLessThan(500);
  await expect(page.getByRole("alert").filter({ hasText: "La base de données du portail ne répond pas" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("Error:");
  await expectAccessible(page);
});
