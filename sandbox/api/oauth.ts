// PISTE OAuth2 client-credentials (CONTRACT §1): form-encoded, any scope, RFC 6749 error bodies.
import type { Router } from "../http/router";
import type { Services } from "./index";

export function register(router: Router, { registry }: Services): void {
  router.add({
    method: "POST", path: "/api/oauth/token", api: "oauth", auth: "none", bodyType: "form",
    handler: ({ req, body }) => {
      const form = body as Record<string, string>;
      const ct = req.headers["content-type"] ?? "";
      if (!ct.toLowerCase().startsWith("application/x-www-form-urlencoded"))
        return { status: 400, json: { error: "invalid_request", error_description: "Content-Type application/x-www-form-urlencoded attendu" } };
      // RFC 6749 §2.3.1: credentials may also come as HTTP Basic.
      let { client_id: id, client_secret: secret } = form;
      const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? "");
      if (basic?.[1]) {
        const [u, p] = Buffer.from(basic[1], "base64").toString("utf8").split(":");
        id ??= decodeURIComponent(u ?? "");
        secret ??= decodeURIComponent(p ?? "");
      }
      if (form.grant_type !== "client_credentials")
        return { status: 400, json: { error: "unsupported_grant_type", error_description: `grant_type ${form.grant_type ?? "(absent)"} non supporté` } };
      const client = registry.pisteClients.find((c) => c.client_id === id);
      if (!client || client.client_secret !== secret)
        return { status: 400, json: { error: "invalid_client", error_description: "Identifiants client invalides" } };
      const { token, expiresIn } = registry.issueToken(client.client_id);
      // SEEN [OCA; PASTELL fixture]: the answer always says scope "openid", whatever was asked.
      return { json: { access_token: token, token_type: "Bearer", expires_in: expiresIn, scope: "openid" }, headers: { "cache-control": "no-store" } };
    },
  });
}
