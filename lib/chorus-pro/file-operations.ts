import "server-only";
import type { z } from "zod";
import { chorusFetch } from "./client";
import { ChorusProError } from "./errors";
import * as Req from "./schemas/factures";
import * as Res from "./schemas/factures-responses";
import * as T from "./schemas/transverses";
import { base64JsonBody } from "./streamed-body";
import type { CallOptions, ChorusContext } from "./types";

// The three operations that carry a file, sent from a file on disk with a streamed body (see
// streamed-body.ts). Same wire names and validation as their in-memory twins, file field aside.

function validated<S extends z.ZodType>(name: string, schema: S, ctx: ChorusContext, input: object): Record<string, unknown> {
  const withUser = ctx.idUtilisateurCourant !== undefined && !("idUtilisateurCourant" in input) ? { idUtilisateurCourant: ctx.idUtilisateurCourant, ...input } : input;
  const parsed = schema.safeParse(withUser);
  if (!parsed.success) {
    throw new ChorusProError({ kind: "invalid_request", operation: name, libelle: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
  }
  return parsed.data as Record<string, unknown>;
}

const FluxFields = Req.DeposerFluxFactureParam.omit({ fichierFlux: true });
const PdfFields = Req.DeposerPdfFactureParam.omit({ fichierFacture: true });
const PjFields = T.AjouterFichierParam.omit({ pieceJointeFichier: true });

export type FileInput<S extends z.ZodType> = z.input<S> & { /** absolute path of the file to send */ chemin: string };

export function deposerFluxFactureFichier(ctx: ChorusContext, input: FileInput<typeof FluxFields>, opts?: CallOptions) {
  const { chemin, ...rest } = input;
  const name = "factures.deposerFlux";
  const fields = validated(name, FluxFields, ctx, rest);
  return chorusFetch(ctx, { operation: name, path: "/cpro/factures/v1/deposer/flux", mode: "write", bodyStream: base64JsonBody(fields, "fichierFlux", chemin), response: Res.DeposerFluxResponse }, opts);
}

export function deposerPdfFactureFichier(ctx: ChorusContext, input: FileInput<typeof PdfFields>, opts?: CallOptions) {
  const { chemin, ...rest } = input;
  const name = "factures.deposerPdf";
  const fields = validated(name, PdfFields, ctx, rest);
  return chorusFetch(ctx, { operation: name, path: "/cpro/factures/v1/deposer/pdf", mode: "write", bodyStream: base64JsonBody(fields, "fichierFacture", chemin), response: Res.DeposerPdfResponse }, opts);
}

export function ajouterFichierDepuisDisque(ctx: ChorusContext, input: FileInput<typeof PjFields>, opts?: CallOptions) {
  const { chemin, ...rest } = input;
  const name = "transverses.ajouterFichier";
  const fields = validated(name, PjFields, ctx, rest);
  return chorusFetch(ctx, { operation: name, path: "/cpro/transverses/v1/ajouter/fichier", mode: "write", bodyStream: base64JsonBody(fields, "pieceJointeFichier", chemin), response: T.AjouterFichierResponse }, opts);
}
