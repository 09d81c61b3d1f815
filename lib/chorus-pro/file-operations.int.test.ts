import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { configureGateway } from "./config";
import { ajouterFichierDepuisDisque, deposerFluxFactureFichier } from "./file-operations";
import { newNamespace, supplierSetup, type SandboxManifest } from "./int-helpers";

let m: SandboxManifest;
let s: ReturnType<typeof supplierSetup>;
const dir = mkdtempSync(path.join(tmpdir(), "fileops-"));

beforeAll(async () => {
  m = await newNamespace();
  s = supplierSetup(m);
  configureGateway({ timeoutMs: 60_000, retryBudgetMs: 10_000 });
});

describe("file operations with a streamed body", () => {
  it("adds an attachment read from disk (ajouter/fichier)", async () => {
    const file = path.join(dir, "pj.pdf");
    writeFileSync(file, Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"));
    const res = await ajouterFichierDepuisDisque(s.ctx, { chemin: file, pieceJointeNom: "pj.pdf", pieceJointeTypeMime: "application/pdf", pieceJointeExtension: "PDF" });
    expect(res.pieceJointeId).toBeGreaterThan(0);
  });

  it("deposits a 30 MB flux without holding it in memory (RSS growth printed)", async () => {
    const file = path.join(dir, "lot.zip");
    // Content does not matter here (the sandbox rejects it later): the body's size does.
    writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(30_000_000 - 4)]));
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
    const res = await deposerFluxFactureFichier(s.ctx, { chemin: file, nomFichier: "lot.zip", syntaxeFlux: "IN_DP_E1_UBL_INVOICE" });
    clearInterval(timer);
    const growthMb = (peak - before) / 1_000_000;
    console.log(`flux memory: 30 MB deposit, RSS growth ${growthMb.toFixed(1)} MB (budget 64 MB)`);
    expect(res.numeroFluxDepot).toBeTruthy();
    expect(growthMb).toBeLessThan(64);
  });
});
