import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_KINDS } from "@/lib/chorus-pro/errors";
import { adminEn } from "./en";
import { adminFr } from "./fr";

// The outbox kinds, read from the sources: senders.ts is server-only (it imports the gateway and
// the database), and a new kind must not show up as a raw code on the health page.
function outboxKinds(): string[] {
  const dir = path.resolve(__dirname, "../../outbox");
  const text = ["senders.ts", "file-senders.ts"].map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
  return [...text.matchAll(/^\s*"([a-zA-Z]+(?:\.[a-zA-Z]+)+)":\s*\{\s*send:/gm)].map((m) => m[1]!);
}

describe("health page labels", () => {
  it("names every gateway error kind in French and English", () => {
    for (const dict of [adminFr, adminEn]) {
      expect(ERROR_KINDS.filter((k) => !(k in dict.health.errorKinds))).toEqual([]);
    }
  });

  it("names every outbox operation in French and English", () => {
    const kinds = outboxKinds();
    expect(kinds).toContain("factures.soumettre");
    expect(kinds).toContain("factures.deposerFlux.upload");
    for (const dict of [adminFr, adminEn]) {
      expect(kinds.filter((k) => !(k in dict.health.operations)), "add the operation to lib/i18n/admin/{fr,en}.ts health.operations").toEqual([]);
    }
  });
});
