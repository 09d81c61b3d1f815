import "server-only";
import { logger } from "@/lib/log";
import { processDue } from "./process";

const log = logger.child({ module: "outbox" });

export interface WorkerOptions { intervalMs?: number; limit?: number; leaseMs?: number }

// One loop per process; several processes share the table safely (SKIP LOCKED in processDue).
let state: { timer?: NodeJS.Timeout; running?: Promise<void>; stopped: boolean; opts: WorkerOptions; again: boolean } | undefined;

function schedule(delayMs: number) {
  if (!state || state.stopped) return;
  clearTimeout(state.timer);
  state.timer = setTimeout(tick, delayMs);
}

function tick() {
  if (!state || state.stopped) return;
  if (state.running) { state.again = true; return; }
  const s = state;
  s.again = false;
  const limit = s.opts.limit ?? 20;
  s.running = processDue({ limit, leaseMs: s.opts.leaseMs })
    .then((n) => {
      s.running = undefined;
      // A full batch means a backlog: go again at once instead of waiting for the interval.
      schedule(n >= limit || s.again ? 0 : (s.opts.intervalMs ?? 1000));
    }, (err: unknown) => {
      s.running = undefined;
      log.error({ err }, "outbox tick failed");
      schedule(s.opts.intervalMs ?? 1000);
    });
}

export function startWorker(opts: WorkerOptions = {}) {
  if (state && !state.stopped) return;
  state = { stopped: false, opts, again: false };
  schedule(0);
}

/** Stops the loop and waits for the batch in progress to be recorded. */
export async function stopWorker() {
  if (!state) return;
  state.stopped = true;
  clearTimeout(state.timer);
  await state.running;
  state = undefined;
}

/** Asks a started worker to look at the table now (after an enqueue, or a caller waiting). */
export function kickWorker() {
  if (state && !state.stopped) schedule(0);
}

export function isWorkerRunning() { return Boolean(state && !state.stopped); }
