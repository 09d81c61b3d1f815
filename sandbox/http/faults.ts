// Fault injection (POST /__sandbox/faults): latency, 429/5xx, held sockets and token revocation, for a share
// of requests (seeded RNG, so a failing test replays) or for one operation path.
import { z } from "zod";
import { mulberry32 } from "../model/prng";

const faultSchema = z.object({
  path: z.string().optional(),
  probability: z.number().min(0).max(1).default(1),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  status: z.union([z.literal(429), z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
  timeout: z.boolean().optional(),
  revokeToken: z.boolean().optional(),
  /** Apply this many times then disappear (absent = until DELETE). */
  count: z.number().int().positive().optional(),
});
export const faultsBody = z.union([
  z.object({ faults: z.array(faultSchema), seed: z.number().int().optional() }),
  faultSchema.extend({ seed: z.number().int().optional() }),
]);
export type Fault = z.infer<typeof faultSchema> & { id: number; remaining?: number };

export class Faults {
  private list: Fault[] = [];
  private rng = mulberry32(42);
  private nextId = 1;

  set(input: z.infer<typeof faultsBody>): Fault[] {
    if (input.seed !== undefined) this.rng = mulberry32(input.seed);
    const items = "faults" in input ? input.faults : [input];
    for (const f of items) this.list.push({ ...f, id: this.nextId++, remaining: f.count });
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
