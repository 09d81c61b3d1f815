import pino from "pino";
import { env } from "@/lib/env";

// The portal's own logger. Secrets are redacted wherever they may appear in a logged object.
export const logger = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { app: "portail" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordEnc",
      "*.passwordEnc",
      "headers.authorization",
      'headers["cpro-account"]',
      "*.client_secret",
      "client_secret",
    ],
    censor: "[redacted]",
  },
});
