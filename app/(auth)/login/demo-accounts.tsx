import { like } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { accounts } from "@/lib/db/schema";
import { DEMO_PASSWORD, demoEmail } from "@/lib/demo/demo-accounts";
import { PERSONAS } from "@/lib/demo/manifest";
import { format, type Messages } from "@/lib/i18n";
import { signInAction } from "./actions";

// Sandbox mode only (the page does not render this otherwise). One form per account, so that
// one-click sign-in also works without JavaScript.
export async function DemoAccounts({ t, callbackUrl }: { t: Messages; callbackUrl: string }) {
  // Without a database there is no account to offer: the login page says why instead.
  const rows = await getDb()
    .select({ email: accounts.email })
    .from(accounts)
    .where(like(accounts.email, "%@sandbox.test"))
    .catch(() => []);
  const present = new Set(rows.map((r) => r.email));
  const personas = PERSONAS.filter((p) => present.has(demoEmail(p)));
  if (personas.length === 0) return null;
  const submit = async (formData: FormData) => {
    "use server";
    await signInAction({ error: null, email: "" }, formData);
  };
  return (
    <section aria-labelledby="demo-title" className="flex flex-col gap-3">
      <h2 id="demo-title" className="text-lg font-semibold">
        {t.login.demoTitle}
      </h2>
      <p className="text-sm text-muted-foreground">{t.login.demoIntro}</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {personas.map((p) => (
          <li key={p}>
            <form action={submit}>
              <input type="hidden" name="email" value={demoEmail(p)} />
              <input type="hidden" name="password" value={DEMO_PASSWORD} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button
                type="submit"
                aria-label={format(t.login.demoSignIn, { email: demoEmail(p) })}
                className="flex w-full flex-col items-start rounded-md border border-border px-3 py-2 text-left hover:bg-muted focus-visible:outline-2"
              >
                <span className="font-medium">{t.personas[p]}</span>
                <span className="break-all text-sm text-muted-foreground">{demoEmail(p)}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
