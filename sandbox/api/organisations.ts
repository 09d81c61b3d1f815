// Référentiel des Organisations (CONTRACT §5.1): REST, no codeRetour envelope; errors are arrays of
// {error, message, detail}; 401 bodies come from the gateway ({"ErrorCode":"401",…}, errorStyle "organisations").
import { ZodError, z } from "zod";
import type { CproCtx, Reply, Router } from "../http/router";
import { OrgaError } from "../model/errors";
import { INFERRED } from "../model/inferred";
import { searchRows, serviceRow, structureRow } from "../model/organisations";
import { uuidOf } from "../model/seed-structures";
import type { Structure } from "../model/types";
import type { Services } from "./index";

const O = "/cpro/organisations/v1";
type H = (ctx: CproCtx) => Reply;

/** Errors of this API never use the codeRetour envelope. */
const guard = (h: H): H => (ctx) => {
  try { return h(ctx); } catch (e) {
    if (e instanceof OrgaError) return e.reply();
    if (e instanceof ZodError) return new OrgaError("ParamsInvalid", e.issues.map((i) => `${i.path.join(".")} : ${i.message}`).join("; ")).reply();
    throw e;
  }
};

/** {id}: a 32-hex uuid, a SIRET or an intra-EU VAT number (CONTRACT §5.1, from the ParamsInvalidUuidStructures message). */
function structureOf(ctx: CproCtx, id: string | undefined): Structure {
  const v = id ?? "";
  const byUuid = /^[0-9a-f]{32}$/i.test(v), bySiret = /^\d{14}$/.test(v), byTva = /^[A-Z]{2}[0-9A-Z]{2,13}$/.test(v);
  if (!byUuid && !bySiret && !byTva) throw new OrgaError("ParamsInvalidUuidStructures", v);
  const s = [...ctx.ns.structures.values()].find((x) => (byUuid ? x.uuid === v.toLowerCase() : bySiret ? x.identifiantStructure === v : x.numeroTVA === v || x.identifiantStructure === v));
  if (!s) throw new OrgaError("NotFoundReference", `Aucune structure trouvée pour ${v}`);
  return s;
}

function allServices(ctx: CproCtx) {
  return [...ctx.ns.structures.values()].flatMap((s) => s.services.map((x) => ({ s, x })));
}

function own(ctx: CproCtx, s: Structure): void {
  // INFERRED (orgaWriteOwnStructureOnly): writes only on the technical account's structure; SEEN: 403 otherwise.
  if (INFERRED.orgaWriteOwnStructureOnly && s.idStructureCPP !== ctx.structure.idStructureCPP) throw new OrgaError("Forbidden", s.uuid ?? "");
}

const ediBody = z.object({ reception_edi: z.boolean().optional(), connexion_edi: z.boolean().optional() }).strict();
const creerBody = z.object({
  codeService: z.string().trim().min(1).max(100), libelle: z.string().trim().min(1).max(100), description: z.string().max(255).nullish(),
  rattachementOrganisation: z.string().optional(), dateDebutActivation: z.string().nullish(), numeroEj: z.string().nullish(),
}).loose();

export function register(router: Router, _services: Services): void {
  const add = (method: "GET" | "POST" | "PATCH", path: string, handler: H) =>
    router.add({ method, path: O + path, api: "organisations", auth: "cpro", errorStyle: "organisations", handler: guard(handler) });

  router.add({ method: "GET", path: `${O}/healthcheck`, api: "organisations", auth: "bearer", errorStyle: "organisations", handler: () => ({ status: 200 }) });
  add("GET", "/structures/{id}", (ctx) => ({ json: structureRow(structureOf(ctx, ctx.params.id)) }));
  add("POST", "/structures/recherche", (ctx) => ({ json: searchRows([...ctx.ns.structures.values()].map(structureRow), ctx.body) }));
  add("GET", "/structures/{id}/services", (ctx) => {
    const s = structureOf(ctx, ctx.params.id);
    if (!s.services.length) throw new OrgaError("NotFoundReference", "Aucun Services trouvé");
    return { json: s.services.map((x) => serviceRow(s, x)) };
  });
  add("GET", "/structures/{id}/pieces_jointes", (ctx) => {
    const s = structureOf(ctx, ctx.params.id);
    if (!s.piecesJointes?.length) throw new OrgaError("NotFoundReference", "Aucune pièce jointe trouvée");
    return { json: s.piecesJointes.map(({ base64: _b, ...pj }) => pj) };
  });
  add("GET", "/structures/{id}/pieces_jointes/{pj}", (ctx) => {
    const pj = structureOf(ctx, ctx.params.id).piecesJointes?.find((p) => p.uuid === ctx.params.pj);
    if (!pj) throw new OrgaError("NotFoundReference", "Aucune pièce jointe trouvée");
    const { base64, ...meta } = pj;
    return { json: { ...meta, attachmentData: base64 } };
  });
  add("PATCH", "/structures/{id}/parametres-edi", (ctx) => {
    const s = structureOf(ctx, ctx.params.id);
    own(ctx, s);
    const b = ediBody.parse(ctx.body);
    if (b.reception_edi !== undefined) s.recevoirDonneesViaEDI = b.reception_edi;
    if (b.connexion_edi !== undefined) s.connexionEDI = b.connexion_edi;
    return { status: 204 };
  });
  add("GET", "/services/{uuid}", (ctx) => {
    const hit = allServices(ctx).find(({ x }) => x.uuid === ctx.params.uuid);
    if (!hit) throw new OrgaError("NotFoundReference", "Aucun Services trouvé");
    return { json: serviceRow(hit.s, hit.x) };
  });
  add("POST", "/services/recherche", (ctx) => ({ json: searchRows(allServices(ctx).map(({ s, x }) => serviceRow(s, x)), ctx.body) }));
  // creerService (ZMOG: exists, body not documented): INFERRED body = the Service fields a client can set.
  add("POST", "/services", (ctx) => {
    const b = creerBody.parse(ctx.body);
    const s = b.rattachementOrganisation ? structureOf(ctx, b.rattachementOrganisation) : ctx.structure;
    own(ctx, s);
    if (s.services.some((x) => x.codeService.toUpperCase() === b.codeService.toUpperCase())) throw new OrgaError("CodeServiceAlreadyExists", b.codeService);
    const idService = 800_000_000 + ctx.ns.seq.liaison++;
    const day = (b.dateDebutActivation ?? new Date().toISOString()).slice(0, 10);
    const x = { idService, codeService: b.codeService, libelleService: b.libelle, description: b.description ?? undefined, numeroEj: b.numeroEj ?? undefined, estActif: true, dateDbtService: `${day} 00:00`, dateCreation: `${day} 00:00`, uuid: uuidOf("service", idService) };
    s.services.push(x);
    return { status: 201, json: serviceRow(s, x) };
  });
}
