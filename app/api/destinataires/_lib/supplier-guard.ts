import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canActOn } from "@/lib/auth/guards";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import { writeAudit } from "@/lib/audit";
import { logger } from "@/lib/log";
import type { ChorusContext } from "@/lib/chorus-pro";

export const json = (status: number, message: string) => NextResponse.json({ error: { message } }, { status });

const structureParam = z.coerce.number().int().positive();

/**
 * The checks every GET route of the key-in form makes itself (a route handler is a public
 * endpoint): signed in, `structure` is a structure the user acts for as fournisseur. Answers the
 * gateway context, or the JSON refusal to return.
 */
export async function supplierContext(req: Request, action: string): Promise<{ ctx: ChorusContext; audit: (detail?: Record<string, unknown>) => Promise<void> } | { refusal: NextResponse }> {
  const user = await getCurrentUser();
  if (!user) return { refusal: json(401, "Votre session a expiré. Reconnectez-vous pour continuer.") };
  const parsed = structureParam.safeParse(new URL(req.url).searchParams.get("structure"));
  if (!parsed.success) return { refusal: json(400, "Indiquez la structure pour laquelle vous agissez (paramètre structure).") };
  const rattachement = canActOn(user, parsed.data, ["fournisseur"]);
  const base = { action, accountId: user.id, accountEmail: user.email, idStructureCPP: parsed.data };
  if (!rattachement) {
    await writeAudit({ ...base, outcome: "denied", detail: { required: ["fournisseur"] } });
    return { refusal: json(403, "Vous n'avez pas le rôle fournisseur sur cette structure.") };
  }
  const ctx = await chorusContextFor(rattachement);
  return { ctx, audit: (detail) => writeAudit({ ...base, outcome: "success", ...(detail ? { detail } : {}) }) };
}

/** Expected failures (gateway, missing technical account) as French JSON; the rest as 502/500. */
export function failure(err: unknown, action: string): NextResponse {
  if (err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string") return json(502, err.userMessage);
  logger.error({ err, action }, "route failed");
  return json(500, "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l'administrateur.");
}
