import "server-only";
import type { Rattachement } from "@/lib/auth/current-user";
import { consulterFactureTravaux, type ChorusContext, type FactureTravauxDetail } from "@/lib/chorus-pro";
import { awaitOutcome, enqueue } from "@/lib/outbox/queue";
import { refusalReason, type PieceState, type TravauxAction } from "@/lib/travaux/rules";

/** A refusal meant for the person (authedAction shows it as is and audits it). */
export class TravauxError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

export type SendState = { outboxId: string; status: "sent" | "pending"; statut?: string | undefined; idFactureTravaux?: number | undefined };

export function pieceState(d: FactureTravauxDetail): PieceState {
  return {
    statut: d.statutFactureTravaux, cadre: d.cadreFacturation, idFournisseur: d.idFournisseur ?? d.fournisseur?.idStructure,
    idMoe: d.idStructureMoe ?? d.moe?.idStructure, idMoa: d.idStructureMoa ?? d.moa?.idStructure, idPieceSuivante: d.idPieceSuivante,
  };
}

/**
 * The piece as Chorus Pro sees it now, read with the structure's own technical account (a forged or
 * foreign id is refused upstream), and the action checked against the rules table for that state.
 */
export async function guardedPiece(ctx: ChorusContext, r: Rattachement, idFactureTravaux: number, action: TravauxAction) {
  const piece = await consulterFactureTravaux(ctx, { idFactureTravaux });
  const reason = refusalReason(action, pieceState(piece), { idStructureCPP: r.idStructureCPP, roles: r.roles });
  if (reason) throw new TravauxError(reason);
  return piece;
}

/** Queues the write and waits a little for Chorus Pro's answer (« En attente d'envoi » after that). */
export async function sendThroughOutbox(input: Parameters<typeof enqueue>[0]): Promise<SendState> {
  const { id } = await enqueue(input);
  const entry = await awaitOutcome(id, 5_000);
  if (entry?.status === "failed") throw new TravauxError(entry.lastError?.userMessage ?? "Chorus Pro a refusé l'action.");
  const result = entry?.result as { statutFactureTravaux?: string; idFactureTravaux?: number } | null | undefined;
  return { outboxId: id, status: entry?.status === "sent" ? "sent" : "pending", statut: result?.statutFactureTravaux, idFactureTravaux: result?.idFactureTravaux };
}
