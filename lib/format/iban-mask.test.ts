import { describe, expect, it } from "vitest";
import { maskIban } from "./iban-mask";

describe("maskIban", () => {
  it("keeps the country, the check digits and the last 4 characters", () => {
    expect(maskIban("FR76 3000 6000 0112 3456 7890 189")).toBe("FR76 •••• … 0189");
    expect(maskIban("de89370400440532013000")).toBe("DE89 •••• … 3000");
  });
  it("masks entirely what is too short to be an IBAN", () => {
    expect(maskIban("FR76 123")).toBe("••••");
  });
});
