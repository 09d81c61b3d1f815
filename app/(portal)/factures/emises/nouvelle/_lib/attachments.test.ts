import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/db/client", () => ({ getDb: () => { throw new Error("no database in unit tests"); } }));
const queue = vi.hoisted(() => ({ enqueue: vi.fn(), awaitOutcome: vi.fn() }));
vi.mock("@/lib/outbox/queue", () => queue);

import { saisieFactureSchema } from "@/lib/validations/saisie-facture";
import { sendAttachments } from "./attachments";

const common = { idStructureCPP: 27000001, technicalAccountId: "ta", accountId: "acc", idUtilisateurCourant: 1 };
const ids = { main: "11111111-1111-4111-8111-111111111111", a: "22222222-2222-4222-8222-222222222222", b: "33333333-3333-4333-8333-333333333333" };
const row = (id: string, fileName: string, pieceJointeId: number | null = null) => ({
  id, accountId: "acc", idStructureCPP: 27000001, kind: "attachment", fileName, mimeType: "application/pdf", size: 10, sha256: "x", storagePath: `uploads/${id}`, pieceJointeId, createdAt: new Date(),
});
const form = saisieFactureSchema.parse({
  pieceJointePrincipale: { uploadId: ids.main, fileName: "facture.pdf", size: 10 },
  piecesJointes: [{ uploadId: ids.a, fileName: "bl.pdf", size: 10 }, { uploadId: ids.b, fileName: "pv.pdf", size: 10 }],
});
const rows = new Map([[ids.main, row(ids.main, "facture.pdf", 70)], [ids.a, row(ids.a, "bl.pdf")], [ids.b, row(ids.b, "pv.pdf")]]);

beforeEach(() => {
  queue.enqueue.mockReset().mockImplementation(async (i: { subjectId: string }) => ({ id: `ob-${i.subjectId}`, created: true }));
  queue.awaitOutcome.mockReset();
});

describe("sendAttachments", () => {
  it("sends only the files Chorus Pro does not hold yet, deduplicated per upload, principale first", async () => {
    queue.awaitOutcome.mockImplementation(async (id: string) => ({ status: "sent", result: { pieceJointeId: id === `ob-${ids.a}` ? 81 : 82 } }));
    const out = await sendAttachments(common, form, rows);
    expect(queue.enqueue).toHaveBeenCalledTimes(2);
    expect(queue.enqueue.mock.calls.map((c) => (c[0] as { dedupKey: string }).dedupKey)).toEqual([`pj:${ids.a}`, `pj:${ids.b}`]);
    expect(out).toEqual({ state: "ready", pieces: { principale: { id: 70, nom: "facture.pdf" }, complementaires: [{ id: 81, nom: "bl.pdf" }, { id: 82, nom: "pv.pdf" }] } });
  });
  it("stops everything when one attachment is refused (the invoice is not sent)", async () => {
    queue.awaitOutcome.mockImplementation(async (id: string) => (id === `ob-${ids.b}` ? { status: "failed", lastError: { userMessage: "Fichier illisible." } } : { status: "sent", result: { pieceJointeId: 81 } }));
    const out = await sendAttachments(common, form, rows);
    expect(out.state).toBe("failed");
    expect(out.state === "failed" ? out.message : "").toMatch(/pv\.pdf.*Fichier illisible.*n'a pas été envoyée/);
  });
  it("waits while an attachment is still on its way", async () => {
    queue.awaitOutcome.mockImplementation(async (id: string) => (id === `ob-${ids.a}` ? { status: "pending", result: null } : { status: "sent", result: { pieceJointeId: 82 } }));
    expect(await sendAttachments(common, form, rows)).toEqual({ state: "pending" });
  });
  it("refuses a file that is not the caller's (unknown upload)", async () => {
    const out = await sendAttachments(common, form, new Map([[ids.main, rows.get(ids.main)!]]));
    expect(out.state).toBe("failed");
  });
});
