import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { requireSpace } from "@/lib/auth/guards";
import { format } from "@/lib/i18n";
import { getMessages } from "@/lib/i18n/server";
import { getPaymentDelayDays } from "../_components/portal-state";
import { DelaySettingsForm } from "../_components/delay-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).recues.delay.title };
}

/** The structure's legal payment period (portal setting, used by the delay indicator). */
export default async function Page() {
  const { active } = await requireSpace("recues");
  const [t, setting] = await Promise.all([getMessages(), getPaymentDelayDays(active.idStructureCPP)]);
  const d = t.recues.delay;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <Link href="/factures/recues" className="inline-flex items-center gap-2 self-start text-primary underline underline-offset-4 hover:no-underline"><ArrowLeft aria-hidden="true" className="size-4" />{t.factures.detail.back}</Link>
      <h1 className="text-2xl font-bold">{format(d.settingsTitle, { structure: active.designationStructure })}</h1>
      <p>{d.settingsIntro}</p>
      <p>{format(d.current, { days: setting.days, suffix: setting.configured ? "" : d.defaultSuffix })}</p>
      <DelaySettingsForm idStructureCPP={active.idStructureCPP} days={setting.days} t={d} />
    </div>
  );
}
