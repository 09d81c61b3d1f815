import "server-only";
import { consulterFactureFournisseur, type ChorusContext } from "@/lib/chorus-pro";
import { awaitOutcome, enqueue } from "@/lib/outbox/queue";
import { isAllowed, type SupplierAction } from "../_components/supplier-action-rules";

/** A refusal meant for the person (shown as is by authedAction). */
export class FollowUpError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

export type FollowUpState = { outboxId: string; status: "sent" | "pending" };

/**
 * The invoice as Chorus Pro sees it now, read with the structure's technical account (so an id
 * of another supplier's invoice is refused upstream), and the action checked against its status.
 */
export async function guardedInvoice(ctx: ChorusContext, idFacture: number, action: SupplierAction) {
  const facture = await consulterFactureFournisseur(ctx, { identifiantFactureCPP: idFacture });
  if (!isAllowed(action, facture.statutFacture, { rejetTraite: facture.rejetTraite })) {
    throw new FollowUpError(`Cette action n'est pas possible pour une facture au statut ${facture.statutFacture ?? "inconnu"}.`);
  }
  return facture;
}

/** Queues the write and waits a little for Chorus Pro's answer (« En attente d'envoi » after). */
export async function sendThroughOutbox(input: Parameters<typeof enqueue>[0]): Promise<FollowUpState> {
  const { id } = await enqueue(input);
  const entry = await awaitOutcome(id, 5_000);
  if (entry?.status === "failed") throw new FollowUpError(entry.lastError?.userMessage ?? "Chorus Pro a refusé l'action.");
  return { outboxId: id, status: entry?.status === "sent" ? "sent" : "pending" };
}
