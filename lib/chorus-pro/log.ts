import "server-only";
import pino from "pino";

// Header and secret paths are redacted at the logger, not at each call site, so that a future log
// line that forgets to strip them cannot leak a token or a technical-account password.
export const REDACT_PATHS = [
  "authorization", "Authorization", "headers.authorization", "headers.Authorization",
  'headers["cpro-account"]', '*["cpro-account"]', '["cpro-account"]',
  "*.headers.authorization", "*.headers.Authorization", '*.headers["cpro-account"]',
  "client_secret", "*.client_secret", "access_token", "*.access_token",
  "password", "*.password", "passwordEnc", "*.passwordEnc", "technicalAccount.passwordEnc",
  "*.technicalAccount.passwordEnc", "pieceJointeFichier", "fichierFlux", "fichierFacture",
];

export const gatewayLogger = pino({
  name: "chorus-pro",
  level: process.env.NODE_ENV === "test" ? "silent" : (process.env.LOG_LEVEL ?? "info"),
  redact: { paths: REDACT_PATHS, censor: "[redacted]" },
});

export interface CallLog {
  requestId: string;
  operation: string;
  durationMs: number;
  httpStatus?: number;
  codeRetour?: number;
  attempt: number;
  errorKind?: string;
}

export function logCall(entry: CallLog) {
  const level = entry.errorKind ? "warn" : "info";
  gatewayLogger[level](entry, "chorus-pro call");
}
