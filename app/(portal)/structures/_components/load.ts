import "server-only";
import { chorusContextFor } from "@/lib/auth/chorus-context";
import type { Rattachement } from "@/lib/auth/current-user";
import { noteChorusFailure } from "@/lib/admin/technical-accounts";
import { referentiel, type FicheStructure } from "@/lib/chorus-pro/referentiel";
import type { ChorusContext } from "@/lib/chorus-pro";
import { logger } from "@/lib/log";

export type Loaded<T> = { ok: true; data: T } | { ok: false; message: string };

/** Runs a read for a structure; expected failures become a French message for the page. */
export async function loadFor<T>(r: Rattachement, fn: (ctx: ChorusContext, fiche: FicheStructure) => Promise<T>): Promise<Loaded<T>> {
  try {
    const ctx = await chorusContextFor(r);
    const fiche = await referentiel.ficheStructure(ctx, { idStructureCPP: r.idStructureCPP, identifiant: r.identifiantStructure });
    return { ok: true, data: await fn(ctx, fiche) };
  } catch (err) {
    await noteChorusFailure(r.idStructureCPP, err);
    if (err && typeof err === "object" && "userMessage" in err && typeof err.userMessage === "string") return { ok: false, message: err.userMessage };
    logger.error({ err }, "structures: read failed");
    return { ok: false, message: "Les informations de la structure sont momentanément indisponibles. Réessayez dans quelques instants." };
  }
}
