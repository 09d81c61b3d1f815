"use client";

import { useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { writeStatusAction } from "../actions";
import type { WriteOutcome } from "./outcome";

/**
 * After an action answered « En attente d'envoi »: asks where the write stands until Chorus Pro
 * answers (every 2 s, then less often; the outbox keeps retrying for a long time), and stops when
 * the form goes away.
 */
export function useWritePoll() {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  return (idStructureCPP: number, id: string, onDone: (r: ActionResult<WriteOutcome>) => void) => {
    if (timer.current) clearTimeout(timer.current);
    let delay = 2_000;
    const tick = async () => {
      const r = await writeStatusAction({ idStructureCPP, id });
      if (r.ok && r.data.status === "pending") {
        delay = Math.min(delay * 1.5, 30_000);
        timer.current = setTimeout(tick, delay);
        return;
      }
      onDone(r);
    };
    timer.current = setTimeout(tick, delay);
  };
}
