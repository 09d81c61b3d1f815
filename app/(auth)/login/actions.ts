"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { getMessages } from "@/lib/i18n/server";
import { safeCallbackUrl } from "@/lib/safe-redirect";

export type SignInState = { error: string | null; email: string };

const formSchema = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(200),
  callbackUrl: z.string().max(2000).optional(),
});

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getMessages();
  const parsed = formSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success || !parsed.data.email || !parsed.data.password) {
    return { error: t.login.invalid, email: parsed.success ? parsed.data.email : "" };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(parsed.data.callbackUrl),
    });
    return { error: null, email: parsed.data.email };
  } catch (err) {
    // Success is a redirect, thrown by signIn: let it through.
    if (!(err instanceof AuthError)) throw err;
    // Checked by code rather than by class: the error may come from another copy of Auth.js's
    // module in the server bundle, where instanceof on the subclass fails.
    const throttled = err.type === CredentialsSignin.type && (err as { code?: unknown }).code === "throttled";
    // Same message whether the account exists or not: no account enumeration.
    return { error: throttled ? t.login.throttled : t.login.invalid, email: parsed.data.email };
  }
}

export async function oidcSignInAction(formData: FormData): Promise<void> {
  await signIn("oidc", { redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
}
