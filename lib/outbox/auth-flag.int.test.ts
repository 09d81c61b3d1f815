import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { eq } from "drizzle-orm";
import { configureGateway } from "@/lib/chorus-pro/config";
import { invoice, newNamespace, supplierSetup, uniqueNumero } from "@/lib/chorus-pro/int-helpers";
import { encryptSecret } from "@/lib/crypto";
import { closeDb, getDb } from "@/lib/db/client";
import { outbox, technicalAccounts } from "@/lib/db/schema";
import { makeDue, rowOf } from "./int-helpers";
import { processDue } from "./process";
import { enqueue } from "./queue";

// A write refused with 401 (the technical account's password changed) flags the structure's
// technical account, so that administrators see it without waiting for someone to open a page.
const structure = 95_000_000 + Math.floor(Math.random() * 900_000);
let s: ReturnType<typeof supplierSetup>;

beforeAll(async () => {
  configureGateway({ timeoutMs: 5_000, retryBudgetMs: 5_000 });
  s = supplierSetup(await newNamespace());
});
afterAll(async () => {
  await getDb().delete(outbox).where(eq(outbox.idStructureCPP, structure));
  await getDb().delete(technicalAccounts).where(eq(technicalAccounts.idStructureCPP, structure));
  await closeDb();
});

const flag = async () => (await getDb().select({ at: technicalAccounts.lastAuthFailureAt }).from(technicalAccounts).where(eq(technicalAccounts.idStructureCPP, structure)))[0]?.at;

describe("outbox writes refused with 401", () => {
  it("flag the structure's technical account and fail with the administrator's message", async () => {
    // The real login with a password Chorus Pro no longer accepts.
    const [ta] = await getDb().insert(technicalAccounts).values({ idStructureCPP: structure, login: s.account.login, passwordEnc: encryptSecret("ancien-mot-de-passe") }).returning({ id: technicalAccounts.id });
    expect(await flag()).toBeNull();
    const { id } = await enqueue({
      kind: "factures.soumettre", idStructureCPP: structure, technicalAccountId: ta!.id,
      payload: invoice(uniqueNumero("AU"), s.idFournisseur, s.recipient.identifiantStructure),
    });
    await makeDue(id);
    await processDue({ limit: 50 });
    const row = await rowOf(id);
    expect(row.status).toBe("failed");
    // invalid or expired, depending on how the upstream words its 401: both are the admin's to fix
    expect(row.lastError).toMatchObject({ kind: expect.stringMatching(/^technical_account_(invalid|expired)$/), httpStatus: 401 });
    expect(await flag()).toBeInstanceOf(Date);
  });
});
