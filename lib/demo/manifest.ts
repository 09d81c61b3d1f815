import { z } from "zod";

// The sandbox's control route /__sandbox/manifest (docs/ARCHITECTURE.md). Read by the portal in
// sandbox mode only, to create the demo accounts; never called against the real hosts.
export const PERSONAS = ["fournisseur", "valideur", "gestionnaire", "moe", "moa", "admin", "multi"] as const;
export type Persona = (typeof PERSONAS)[number];

const id = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

export const manifestSchema = z.object({
  namespace: z.string(),
  pisteClients: z.array(z.object({ client_id: z.string(), client_secret: z.string() })),
  technicalAccounts: z.array(
    z.object({
      login: z.string(),
      password: z.string(),
      idStructureCPP: id,
      dateExpirationMotPasse: z.string().nullish(),
    }),
  ),
  structures: z.array(
    z.object({
      idStructureCPP: id,
      identifiantStructure: z.string(),
      designationStructure: z.string(),
    }),
  ),
  users: z.array(
    z.object({
      idUtilisateur: id,
      email: z.string(),
      nom: z.string().optional(),
      prenom: z.string().optional(),
      persona: z.enum(PERSONAS).nullish(),
      rattachements: z.array(z.object({ idStructureCPP: id, roles: z.array(z.string()) })),
    }),
  ),
});
export type SandboxManifest = z.infer<typeof manifestSchema>;

export async function fetchManifest(sandboxUrl: string, signal?: AbortSignal): Promise<SandboxManifest> {
  const res = await fetch(new URL("/__sandbox/manifest", sandboxUrl), { signal, cache: "no-store" });
  if (!res.ok) throw new Error(`manifest du bac à sable : HTTP ${res.status}`);
  return manifestSchema.parse(await res.json());
}
