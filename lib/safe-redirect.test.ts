import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-redirect";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackUrl("/factures/emises?page=2")).toBe("/factures/emises?page=2");
  });
  it("refuses other sites, protocol-relative and login loops", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "/login?x=1", "/api/health", 42, undefined]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});
