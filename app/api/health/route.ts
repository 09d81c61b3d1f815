import { dbReachable } from "@/lib/db/health";
import { env } from "@/lib/env";
import { getTokenManager } from "@/lib/chorus-pro/token";

export const dynamic = "force-dynamic";

async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}

// Public by design (load balancers and monitoring call it): it reveals the mode and whether the
// dependencies answer, nothing else.
export async function GET() {
  const [db, chorus] = await Promise.all([
    dbReachable().then((ok) => (ok ? ("ok" as const) : ("error" as const))),
    // A PISTE token proves the gateway reaches Chorus Pro's front door with valid credentials.
    within(5000, getTokenManager().getToken()).then(
      () => "ok" as const,
      () => "unreachable" as const,
    ),
  ]);
  return Response.json(
    { status: "ok", mode: env.CHORUS_ENV, db, chorus },
    { headers: { "Cache-Control": "no-store" } },
  );
}
