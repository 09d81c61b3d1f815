// A minimal HTTP client of the running portal for benchmarks: signs in through Auth.js's
// credentials endpoint and keeps the session cookie.
export class PortalClient {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }

  async get(path: string): Promise<Response> {
    const res = await fetch(new URL(path, this.baseUrl), { headers: { cookie: this.cookieHeader() }, redirect: "manual" });
    this.keep(res);
    return res;
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrfRes = await this.get("/api/auth/csrf");
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch(new URL("/api/auth/callback/credentials", this.baseUrl), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookieHeader() },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
      redirect: "manual",
    });
    this.keep(res);
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email} (HTTP ${res.status})`);
  }
}
