import pino from "pino";
import { env } from "@/lib/env";

// The portal's own logger. Secrets are redacted wherever they may appear in a logged object
// (lib/log.test.ts proves it for each path).
export const PORTAL_REDACT_PATHS = [
  "password", "*.password", "passwordEnc", "*.passwordEnc", "newPassword", "*.newPassword",
  "headers.authorization", "headers.Authorization", 'headers["cpro-account"]', '*["cpro-account"]',
  "*.headers.authorization", "*.headers.Authorization", '*.headers["cpro-account"]',
  "*.client_secret", "client_secret", "access_token", "*.access_token",
];

export const logger = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { app: "portail" },
  redact: { paths: PORTAL_REDACT_PATHS, censor: "[redacted]" },
});
