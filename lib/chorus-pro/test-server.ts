// A tiny local stand-in for PISTE + Chorus Pro used by unit tests (127.0.0.1 only). Not the
// sandbox: it only answers what each test scripts.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded { path: string; headers: http.IncomingHttpHeaders; body: string }
type Handler = (req: Recorded, res: http.ServerResponse) => void | Promise<void>;

export async function startTestServer() {
  const recorded: Recorded[] = [];
  let tokenCount = 0;
  let tokenDelayMs = 0;
  let expiresIn = 3600;
  let tokenStatus = 200;
  let handler: Handler = (_r, res) => json(res, 200, { codeRetour: 0, libelle: "OK" });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rec = { path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      if (rec.path === "/api/oauth/token") {
        tokenCount++;
        const n = tokenCount;
        setTimeout(() => tokenStatus === 200
          ? json(res, 200, { access_token: `t${n}`, token_type: "Bearer", expires_in: expiresIn, scope: "openid" })
          : json(res, tokenStatus, { error: "invalid_client" }), tokenDelayMs);
        return;
      }
      recorded.push(rec);
      void handler(rec, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, recorded,
    get tokenCount() { return tokenCount; },
    setHandler(h: Handler) { handler = h; },
    setToken(o: { delayMs?: number; expiresIn?: number; status?: number }) {
      tokenDelayMs = o.delayMs ?? tokenDelayMs; expiresIn = o.expiresIn ?? expiresIn; tokenStatus = o.status ?? tokenStatus;
    },
    reset() { recorded.length = 0; tokenCount = 0; tokenDelayMs = 0; expiresIn = 3600; tokenStatus = 200; },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

export function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json;charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}
