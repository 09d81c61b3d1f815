import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { REDACT_PATHS } from "@/lib/chorus-pro/log";
import { PORTAL_REDACT_PATHS } from "@/lib/log";

// The loggers' redaction lists, exercised: every secret the portal handles, where a log line
// could carry it, must come out as [redacted].
function capture(paths: string[]) {
  const lines: string[] = [];
  const out = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  return { log: pino({ level: "info", redact: { paths, censor: "[redacted]" } }, out), lines };
}

const SECRETS = {
  token: "eyJ-token-secret", cpro: "VEVDSF8xOnB3LXNlY3JldA==", clientSecret: "piste-client-secret",
  password: "mot-de-passe-secret", passwordEnc: "v1.aaa.bbb.ccc",
};

const samples = [
  { headers: { Authorization: `Bearer ${SECRETS.token}`, "cpro-account": SECRETS.cpro } },
  { request: { headers: { authorization: `Bearer ${SECRETS.token}`, "cpro-account": SECRETS.cpro } } },
  { client_secret: SECRETS.clientSecret, client: { client_secret: SECRETS.clientSecret } },
  { password: SECRETS.password, account: { password: SECRETS.password } },
  { passwordEnc: SECRETS.passwordEnc, technicalAccount: { passwordEnc: SECRETS.passwordEnc } },
  { access_token: SECRETS.token, body: { access_token: SECRETS.token } },
];

describe("log redaction", () => {
  it.each([["gateway", REDACT_PATHS], ["portal", PORTAL_REDACT_PATHS]])("%s logger keeps no secret", (_name, paths) => {
    const { log, lines } = capture(paths);
    for (const s of samples) log.info(s, "sample");
    const text = lines.join("");
    expect(lines).toHaveLength(samples.length);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(10);
  });
});
