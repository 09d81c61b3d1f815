import { z } from "zod";

// Parsed once, at import. No "server-only" here: next.config.ts imports this file so that a
// malformed environment fails the build and the start, naming the variable.

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const optionalSeconds = (min: number, max: number) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int(`un nombre entier de secondes`).min(min, `au moins ${min}`).max(max, `au plus ${max}`).optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional());

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    CHORUS_ENV: z.enum(["sandbox", "qualification", "production"]).default("sandbox"),
    PISTE_CLIENT_ID: optionalString,
    PISTE_CLIENT_SECRET: optionalString,
    PISTE_OAUTH_URL: optionalUrl,
    CHORUS_API_URL: optionalUrl,
    SANDBOX_URL: z.url().default("http://127.0.0.1:4010"),
    // Gateway tuning (lib/chorus-pro/config.ts): per call timeout, token renewal ahead of expiry,
    // total time a read may spend on retries.
    CHORUS_TIMEOUT_S: optionalSeconds(1, 600),
    CHORUS_TOKEN_MARGIN_S: optionalSeconds(0, 1800),
    CHORUS_RETRY_BUDGET_S: optionalSeconds(0, 600),
    DATABASE_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "doit commencer par postgres:// ou postgresql://")
        .optional(),
    ),
    DATA_DIR: z.string().min(1).default(".data"),
    AUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32, "au moins 32 caractères").optional()),
    ENCRYPTION_KEY: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .refine((v) => Buffer.from(v, "base64").length === 32, "doit être 32 octets encodés en base64")
        .optional(),
    ),
    OIDC_ISSUER: optionalUrl,
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: z.string().default("ProConnect"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    OUTBOX_WORKER: z.enum(["on", "off"]).default("on"),
  })
  .superRefine((env, ctx) => {
    if (env.CHORUS_ENV !== "sandbox") {
      // Outside the sandbox nothing may be generated on the fly: a second instance would get
      // another key and could not read the technical accounts the first one encrypted.
      for (const key of ["PISTE_CLIENT_ID", "PISTE_CLIENT_SECRET", "AUTH_SECRET", "ENCRYPTION_KEY"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: `obligatoire quand CHORUS_ENV=${env.CHORUS_ENV}` });
      }
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc !== 0 && oidc !== 3) {
      ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OIDC_ISSUER, OIDC_CLIENT_ID et OIDC_CLIENT_SECRET vont ensemble" });
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "(environnement)"} : ${i.message}`);
    throw new Error(`Configuration invalide, le portail ne démarre pas :\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
export const isSandbox = env.CHORUS_ENV === "sandbox";
export const oidcEnabled = Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
