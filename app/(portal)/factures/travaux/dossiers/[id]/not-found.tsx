import Link from "next/link";
import { FileQuestion } from "lucide-react";
import { buttonVariants } from "@/components/ui/button-variants";
import { getMessages } from "@/lib/i18n/server";

// Same page for an id that does not exist and for a piece of a file the structure is no party of.
export default async function NotFound() {
  const t = await getMessages();
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border px-6 py-12 text-center">
      <FileQuestion aria-hidden="true" className="size-10 text-muted-foreground" />
      <h1 className="text-2xl font-bold text-heading">{t.factures.detail.notFoundTitle}</h1>
      <p className="max-w-prose text-muted-foreground">{t.factures.detail.notFoundBody}</p>
      <Link href="/factures/travaux" className={buttonVariants({ variant: "secondary" })}>{t.travaux.detail.back}</Link>
    </div>
  );
}
