import "server-only";
import { z } from "zod";
import { chorusFetch } from "./client";
import { ChorusProError } from "./errors";
import { NO_RESULT_CODES } from "./inferred";
import { emptyPage } from "./schemas/common";
import type { CallOptions, ChorusContext } from "./types";

interface OperationDef<Req extends z.ZodType | undefined, Res extends z.ZodType> {
  /** "<api>.<operation>", used in logs, metrics and errors */
  name: string;
  path: string;
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  mode: "read" | "write";
  request?: Req;
  response: Res;
  /** searches: codes 20000/20007 answer an empty page instead of an error */
  search?: boolean;
  /** what a "no result" answer becomes when the response is not a Page */
  empty?: () => z.output<Res>;
  envelope?: boolean;
  /** adds ctx.idUtilisateurCourant to the body when the operation accepts it */
  withUser?: boolean;
}

type Input<Req> = Req extends z.ZodType ? z.input<Req> : void;

function validate(name: string, schema: z.ZodType, input: unknown): unknown {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ChorusProError({
      kind: "invalid_request", operation: name,
      libelle: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    });
  }
  return parsed.data;
}

/** What a defined operation tells about itself: the swagger check reads paths and schemas here. */
export interface OperationInfo<Req extends z.ZodType | undefined = z.ZodType | undefined, Res extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly path: string;
  readonly method: NonNullable<OperationDef<Req, Res>["method"]>;
  readonly request: Req | undefined;
  readonly response: Res;
}

/** Declares one Chorus Pro operation: wire request validated before sending, response parsed to domain. */
export function defineOperation<Req extends z.ZodType | undefined, Res extends z.ZodType>(def: OperationDef<Req, Res>) {
  const info: OperationInfo<Req, Res> = Object.freeze({ name: def.name, path: def.path, method: def.method ?? "POST", request: def.request, response: def.response });
  const call = async (ctx: ChorusContext, input: Input<Req>, opts?: CallOptions): Promise<z.output<Res>> => {
    let body: unknown;
    if (def.request) {
      const withUser = def.withUser !== false && ctx.idUtilisateurCourant !== undefined && input && typeof input === "object" && !("idUtilisateurCourant" in input)
        ? { idUtilisateurCourant: ctx.idUtilisateurCourant, ...input } : input;
      body = validate(def.name, def.request, withUser ?? {});
    } else if ((def.method ?? "POST") === "POST") {
      body = {}; // some clients send {} to parameterless operations (PASTELL); harmless everywhere
    }
    return chorusFetch(ctx, {
      operation: def.name, path: def.path, method: def.method, mode: def.mode, body, response: def.response,
      envelope: def.envelope,
      noResultCodes: def.search ? NO_RESULT_CODES : undefined,
      onNoResult: def.search ? (def.empty ?? (() => emptyPage() as z.output<Res>)) : undefined,
    }, opts);
  };
  return Object.assign(call, { operation: info });
}

/** The definition behind a wrapper, when it was made by defineOperation. */
export function operationOf(fn: unknown): OperationInfo | undefined {
  return typeof fn === "function" && "operation" in fn ? (fn as { operation: OperationInfo }).operation : undefined;
}
