import { defineConfig } from "@playwright/test";

// One production build, one sandbox and one portal for the whole run (2 cores: 2 workers at most).
// The portal runs on the PostgreSQL of scripts/with-postgres.sh when DATABASE_URL is set.
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4110);
const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 3100);
const sandboxUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // One output folder per portal port: parallel runs in one checkout keep their own traces.
  outputDir: `test-results/${PORTAL_PORT}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORTAL_PORT}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      // Without the networking flags Chromium floods the closed network with refused connections.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: "node node_modules/tsx/dist/cli.mjs sandbox/main.ts",
      url: `${sandboxUrl}/__sandbox/health`,
      env: { SANDBOX_PORT: String(SANDBOX_PORT), SANDBOX_ASYNC_DELAY_MS: "300" },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
      url: `http://127.0.0.1:${PORTAL_PORT}/api/health`,
      env: {
        PORT: String(PORTAL_PORT),
        CHORUS_ENV: "sandbox",
        SANDBOX_URL: sandboxUrl,
        DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
        ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
        // scripts/e2e.sh builds once before the run.
        START_BUILD: process.env.START_BUILD ?? "never",
      },
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
