"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOut } from "@/auth";
import { getCurrentUser } from "@/lib/auth/current-user";
import { STRUCTURE_COOKIE } from "@/lib/auth/guards";
import { writeAudit } from "@/lib/audit";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n";
import { fail, type ActionResult } from "@/lib/actions/result";

const COOKIE = { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: 60 * 60 * 24 * 365 };

const structureChoice = z.object({ idStructureCPP: z.coerce.number().int().positive() });

export async function setActiveStructureAction(raw: unknown): Promise<ActionResult<null>> {
  const user = await getCurrentUser();
  if (!user) return fail("unauthenticated", "Votre session a expiré. Reconnectez-vous pour continuer.");
  const parsed = structureChoice.transform((v) => v.idStructureCPP).safeParse(raw);
  if (!parsed.success) return fail("invalid", "Structure inconnue.");
  // A structure id forged in the request is refused and recorded.
  if (!user.rattachements.some((r) => r.idStructureCPP === parsed.data)) {
    await writeAudit({ action: "shell.structure.select", outcome: "denied", accountId: user.id, accountEmail: user.email, idStructureCPP: parsed.data });
    return fail("forbidden", "Vous n'êtes pas rattaché à cette structure.");
  }
  (await cookies()).set(STRUCTURE_COOKIE, String(parsed.data), COOKIE);
  revalidatePath("/", "layout");
  return { ok: true, data: null };
}

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (isLocale(locale)) (await cookies()).set(LOCALE_COOKIE, locale, COOKIE);
  revalidatePath("/", "layout");
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await writeAudit({ action: "auth.signout", outcome: "success", accountId: user.id, accountEmail: user.email });
  await signOut({ redirectTo: "/login" });
}
