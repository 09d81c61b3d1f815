import "server-only";
import { collectPages, walkPiecesJointesStructure, type ChorusContext, type PieceJointeStructure } from "@/lib/chorus-pro";
import { logger } from "@/lib/log";
import { loadBankAccounts, type BankAccount } from "@/lib/structures/bank-details";

// The structure page's view of its bank details: the accounts with their IBAN (lib/structures,
// shared with the key-in form) plus the RIB attachments of each and the structure's own files.

export type { IbanView } from "@/lib/structures/bank-details";
export type AttachmentView = { pieceJointeId: number; designation: string; extension: string | null };
export type BankAccountView = BankAccount & { attachments: AttachmentView[] };
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

/** The structure's bank accounts, each with its IBAN (from its latest invoice) and its attachments. */
export async function loadBankDetails(ctx: ChorusContext, idStructureCPP: number): Promise<BankDetails> {
  const [accounts, pjs] = await Promise.all([
    loadBankAccounts(ctx, idStructureCPP),
    collectPages(walkPiecesJointesStructure(ctx, idStructureCPP), MAX_ATTACHMENTS).catch((err: unknown) => {
      logger.warn({ err }, "structures: attachments list failed");
      return null;
    }),
  ]);
  const ids = new Set(accounts.map((a) => a.idCoordonneeBancaire));
  return {
    accounts: accounts.map((a) => ({ ...a, attachments: (pjs ?? []).filter((p) => bankAccountOf(p, ids) === a.idCoordonneeBancaire).map(view) })),
    structureAttachments: pjs ? pjs.filter((p) => !isBankAttachment(p, ids)).map(view) : null,
  };
}
