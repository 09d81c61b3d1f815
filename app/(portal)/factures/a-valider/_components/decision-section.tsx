"use client";

import { useState } from "react";
import type { Messages } from "@/lib/i18n";
import { DecisionPanel, type Motif, type Panel } from "./decision-panel";

type Props = { idFacture: number; idStructureCPP: number; numero: string; motifs: Motif[]; t: Messages["aValider"]["decision"] };

/**
 * The decision on the detail page. The page is not refreshed after the outcome: a refresh would
 * replace this panel (and its announced outcome) by the "no longer awaits" note before it is read.
 */
export function DecisionSection(props: Props) {
  const [panel, setPanel] = useState<Panel>("none");
  return <DecisionPanel {...props} panel={panel} onPanelChange={setPanel} />;
}
