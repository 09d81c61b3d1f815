// Where the e2e servers run (same defaults as playwright.config.ts).
export const SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4110}`;
export const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
