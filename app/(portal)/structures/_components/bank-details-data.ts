import "server-only";
import {
  collectPages, consulterIbanCoordonneeBancaire, recupererCoordonneesBancairesValides, walkPiecesJointesStructure,
  type ChorusContext, type IbanCoordonneeBancaire, type PieceJointeStructure,
} from "@/lib/chorus-pro";
import { isValidIban } from "@/lib/format";
import { logger } from "@/lib/log";

export type AttachmentView = { pieceJointeId: number; designation: string; extension: string | null };
export type IbanView =
  | { status: "known"; iban: string; valid: boolean; bic: string | null; source: IbanCoordonneeBancaire["source"] }
  | { status: "none" }
  | { status: "unavailable" };
export type BankAccountView = { idCoordonneeBancaire: number; nom: string | null; iban: IbanView; attachments: AttachmentView[] };
export type BankDetails = {
  accounts: BankAccountView[];
  /** The structure's own attachments (Kbis…); null when the list could not be read. */
  structureAttachments: AttachmentView[] | null;
};

// A structure has a handful of attachments; past this the list is not a structure's any more.
const MAX_ATTACHMENTS = 500;

const view = (p: PieceJointeStructure): AttachmentView => ({ pieceJointeId: p.pieceJointeId, designation: p.pieceJointeDesignation ?? `piece-jointe-${p.pieceJointeId}`, extension: p.pieceJointeExtension ?? null });

/**
 * Is this attachment a bank account's? rechercher/pj/structure ties a RIB to its account through
 * pieceJointeObjetId (PJ_OBJET_ID_IS_ACCOUNT, lib/chorus-pro/inferred.ts); typed CB when it says so.
 */
export function bankAccountOf(p: PieceJointeStructure, accountIds: ReadonlySet<number>): number | null {
  if (p.pieceJointeObjetId !== undefined && accountIds.has(p.pieceJointeObjetId)) return p.pieceJointeObjetId;
  return null;
}
export const isBankAttachment = (p: PieceJointeStructure, accountIds: ReadonlySet<number>) => p.pieceJointeTypeCode === "CB" || bankAccountOf(p, accountIds) !== null;

async function ibanOf(ctx: ChorusContext, idCoordonneeBancaire: number): Promise<IbanView> {
  try {
    const r = await consulterIbanCoordonneeBancaire(ctx, idCoordonneeBancaire);
    return r ? { status: "known", iban: r.iban, valid: isValidIban(r.iban), bic: r.bic, source: r.source } : { status: "none" };
  } catch (err) {
    // One unreadable invoice must not hide the other accounts: this one says « indisponible ».
    logger.warn({ err, idCoordonneeBancaire }, "structures: IBAN lookup failed");
    return { status: "unavailable" };
  }
}

/** The structure's bank accounts, each with its IBAN (from its latest invoice) and its attachments. */
export async function loadBankDetails(ctx: ChorusContext, idStructureCPP: number): Promise<BankDetails> {
  const [accounts, pjs] = await Promise.all([
    recupererCoordonneesBancairesValides(ctx, { idStructure: idStructureCPP }),
    collectPages(walkPiecesJointesStructure(ctx, idStructureCPP), MAX_ATTACHMENTS).catch((err: unknown) => {
      logger.warn({ err }, "structures: attachments list failed");
      return null;
    }),
  ]);
  const ids = new Set(accounts.map((a) => a.idCoordonneeBancaire));
  const ibans = await Promise.all(accounts.map((a) => ibanOf(ctx, a.idCoordonneeBancaire)));
  return {
    accounts: accounts.map((a, i) => ({
      idCoordonneeBancaire: a.idCoordonneeBancaire, nom: a.nomCoordonneeBancaire ?? null, iban: ibans[i] ?? { status: "unavailable" },
      attachments: (pjs ?? []).filter((p) => bankAccountOf(p, ids) === a.idCoordonneeBancaire).map(view),
    })),
    structureAttachments: pjs ? pjs.filter((p) => !isBankAttachment(p, ids)).map(view) : null,
  };
}
