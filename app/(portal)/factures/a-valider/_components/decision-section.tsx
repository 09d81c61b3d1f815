"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { Messages } from "@/lib/i18n";
import { DecisionPanel, type Motif, type Panel } from "./decision-panel";
import type { DecisionState } from "./use-decision";

type Props = { idFacture: number; idStructureCPP: number; numero: string; motifs: Motif[]; t: Messages["aValider"]["decision"] };

/** The decision on the detail page: the page is refreshed once Chorus Pro recorded it (new status, history). */
export function DecisionSection(props: Props) {
  const router = useRouter();
  const [panel, setPanel] = useState<Panel>("none");
  const onSettled = useCallback((s: DecisionState) => { if (s.phase === "sent") router.refresh(); }, [router]);
  return <DecisionPanel {...props} panel={panel} onPanelChange={setPanel} onSettled={onSettled} />;
}
