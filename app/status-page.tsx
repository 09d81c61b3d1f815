import Link from "next/link";

// Shared body of the not-found, forbidden and error pages: a plain message, never a stack trace.
export function StatusPage({ code, title, body, action }: { code?: string; title: string; body: string; action?: React.ReactNode }) {
  return (
    <main id="contenu" className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 p-8">
      {code ? <p className="text-sm font-semibold text-muted-foreground">{code}</p> : null}
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-base">{body}</p>
      <div className="flex gap-3">{action}</div>
    </main>
  );
}

export function HomeLink({ label }: { label: string }) {
  return (
    <Link href="/" className="font-medium text-primary underline underline-offset-4">
      {label}
    </Link>
  );
}
