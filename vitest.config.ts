import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: "unit" needs nothing running (the sandbox's own tests start it in-process);
// "integration" needs a real PostgreSQL (DATABASE_URL, see scripts/with-postgres.sh) and
// starts the sandbox as a child process in test/global-setup.ts.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next/**", ".next-*/**", "test-results/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**", ".next/**", ".next-*/**", "test-results/**"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
