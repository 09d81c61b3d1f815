// Fault injection (POST /__sandbox/faults): latency, 429/5xx, held sockets and token revocation, for a share
// of requests (seeded RNG, so a failing test replays) or for one operation path. By default a fault answers
// before the handler runs (nothing applied); `after: true` runs the handler first (the write IS applied) and
// then loses its answer (5xx or a held socket): the case a client must reconcile instead of resending.
import { z } from "zod";
import { mulberry32 } from "../model/prng";

const faultFields = z.object({
  path: z.string().optional(),
  probability: z.number().min(0).max(1).default(1),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  status: z.union([z.literal(429), z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
  timeout: z.boolean().optional(),
  revokeToken: z.boolean().optional(),
  /** Run the handler, then answer `status` or hold the socket (`timeout`) instead of its reply. */
  after: z.boolean().optional(),
  /** Apply this many times then disappear (absent = until DELETE). */
  count: z.number().int().positive().optional(),
});
// 429 and 503 promise "not processed": answering them after applying a write would be a lie no client
// can survive, so the sandbox refuses to tell it.
const afterIsALostAnswer = (f: z.infer<typeof faultFields>) =>
  !f.after || f.timeout === true || (f.status !== undefined && f.status !== 429 && f.status !== 503);
const afterRule = { message: "after: true needs timeout: true or status 500, 502 or 504", path: ["after"] };
const faultSchema = faultFields.refine(afterIsALostAnswer, afterRule);
export const faultsBody = z.union([
  z.object({ faults: z.array(faultSchema), seed: z.number().int().optional() }),
  // `faults` absent here: an invalid list must be refused, not read as one empty fault.
  faultFields.extend({ seed: z.number().int().optional(), faults: z.never().optional() }).refine(afterIsALostAnswer, afterRule),
]);
export type Fault = z.infer<typeof faultFields> & { id: number; remaining?: number };

export class Faults {
  private list: Fault[] = [];
  private rng = mulberry32(42);
  private nextId = 1;

  set(input: z.infer<typeof faultsBody>): Fault[] {
    if (input.seed !== undefined) this.rng = mulberry32(input.seed);
    for (const f of input.faults ?? [input]) this.list.push({ ...f, id: this.nextId++, remaining: f.count });
    return this.list;
  }

  clear(): void {
    this.list = [];
  }

  all(): Fault[] {
    return this.list;
  }

  /** The first fault that applies to this request path, consuming one use of it. */
  pick(pathname: string): Fault | undefined {
    for (const f of this.list) {
      if (f.path && f.path !== pathname) continue;
      if (f.probability < 1 && this.rng() >= f.probability) continue;
      if (f.remaining !== undefined && --f.remaining <= 0) this.list = this.list.filter((x) => x !== f);
      return f;
    }
    return undefined;
  }
}
