// Attachments of a structure in the Transverses API (CONTRACT §4.2, SEEN [GO]): rechercher/pj/structure, and the
// STRUCTURE_* objects of telecharger/pieceJointe. Both answer for the caller's own structure only.
import { zipSync } from "fflate";
import { z } from "zod";
import type { CproCtx, Router } from "../http/router";
import { renderRibPdf } from "../model/bank-details";
import { BusinessError, ERRORS, ok } from "../model/errors";
import { INFERRED } from "../model/inferred";
import type { Structure } from "../model/types";
import { opt, page, parametresRetour, zInt, zPagination, zStr } from "./common";

const T = "/cpro/transverses/v1";

/** One attachment of a structure, with what it takes to serve its bytes. */
interface StructureAttachment {
  typeObjet: "STRUCTURE" | "CB";
  pieceJointeId: number;
  objetId: number;
  designation: string;
  extension: string;
  bytes: () => Promise<Uint8Array>;
}

/** INFERRED id scheme of a structure's own attachments (the Kbis…): stable, apart from the RIBs'. */
const structurePjId = (idStructure: number, index: number) => idStructure * 100 + 1 + index;

export function attachmentsOf(s: Structure): StructureAttachment[] {
  const own = (s.piecesJointes ?? []).map((p, i): StructureAttachment => ({
    typeObjet: "STRUCTURE", pieceJointeId: structurePjId(s.idStructureCPP, i), objetId: s.idStructureCPP,
    designation: p.fileName, extension: p.fileName.split(".").pop() ?? "", bytes: async () => new Uint8Array(Buffer.from(p.base64, "base64")),
  }));
  const bank = s.coordBancaires.flatMap((cb) => (cb.piecesJointes ?? []).map((p): StructureAttachment => ({
    typeObjet: "CB", pieceJointeId: p.id, objetId: cb.idCoordonneeBancaire, designation: p.designation, extension: p.extension,
    bytes: () => renderRibPdf(s, cb),
  })));
  return [...own, ...bank];
}

const rechercheBody = z.object({
  idStructureCPP: opt(zInt), idStructure: opt(zInt), codeLangue: opt(zStr), pieceJointeDesignation: opt(zStr), pieceJointeTypeId: opt(zInt),
  parametresRecherche: opt(zPagination),
}).loose();

const OBJETS: Record<string, StructureAttachment["typeObjet"] | undefined> = { STRUCTURE_PIECEJOINTE: "STRUCTURE", STRUCTURE_COORDONNEE_BANCAIRE: "CB" };

export const structurePjBody = z.object({
  objetPieceJointe: zStr,
  structure: opt(z.object({ idStructure: opt(zInt), identifiantStructure: opt(zStr), typeIdentifiantStructure: opt(zStr) }).loose()),
}).loose();

/** telecharger/pieceJointe for STRUCTURE_PIECEJOINTE / STRUCTURE_COORDONNEE_BANCAIRE / STRUCTURE_MANDAT. */
export async function structurePjDownload(ctx: CproCtx, b: z.infer<typeof structurePjBody>) {
  const own = ctx.structure;
  const wanted = b.structure?.idStructure !== undefined ? b.structure.idStructure === own.idStructureCPP
    : b.structure?.identifiantStructure !== undefined ? b.structure.identifiantStructure === own.identifiantStructure : true;
  const typeObjet = OBJETS[b.objetPieceJointe];
  // Another structure's attachments, or an object the sandbox never seeds (mandates): "unknown", no leak.
  const files = wanted && typeObjet ? attachmentsOf(own).filter((a) => a.typeObjet === typeObjet) : [];
  if (!files.length) throw new BusinessError("PJ_UNKNOWN");
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.designation] = await f.bytes();
  void INFERRED.structurePjDownloadIsZip;
  return { json: { ...ok("OK_TRANSVERSES"), pieceJointe: Buffer.from(zipSync(entries, { level: 6, mtime: new Date("2024-01-15T09:00:00Z") })).toString("base64") } };
}

export function register(router: Router): void {
  router.cpro("transverses", `${T}/rechercher/pj/structure`, (ctx) => {
    const b = rechercheBody.parse(ctx.body);
    const id = b.idStructureCPP ?? b.idStructure ?? ctx.structure.idStructureCPP;
    const s = id === ctx.structure.idStructureCPP ? ctx.structure : undefined;
    const q = b.pieceJointeDesignation?.toLowerCase();
    const first = s ? ctx.ns.usersOf(s.idStructureCPP)[0]?.idUtilisateur : undefined;
    const list = (s ? attachmentsOf(s) : [])
      .filter((a) => (!q || a.designation.toLowerCase().includes(q)) && (b.pieceJointeTypeId === undefined || INFERRED.structurePjTypes[a.typeObjet]?.[0] === b.pieceJointeTypeId))
      .map((a) => ({
        pieceJointeDesignation: a.designation, pieceJointeExtension: a.extension, pieceJointeId: a.pieceJointeId, pieceJointeObjetId: a.objetId,
        pieceJointeStructureCode: s?.identifiantStructure, pieceJointeStructureId: s?.idStructureCPP, pieceJointeStructureRaisonSociale: s?.designationStructure,
        pieceJointeTypeCode: a.typeObjet, pieceJointeTypeLibelle: INFERRED.structurePjTypes[a.typeObjet]?.[1], pieceJointeUtilisateurId: first,
      }));
    const p = page(b.parametresRecherche);
    const envelope = list.length ? ok("OK_TRANSVERSES") : { codeRetour: ERRORS.SEARCH_EMPTY.codeRetour, libelle: ERRORS.SEARCH_EMPTY.libelle };
    return { json: { ...envelope, listePiecesJointes: list.slice((p.page - 1) * p.size, p.page * p.size), parametresRetour: parametresRetour(list.length, p) } };
  });
}
