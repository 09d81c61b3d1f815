import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectSyntax } from "../xml/detect-syntax";
import { extractInvoice } from "../xml/extract";
import { extractUbl } from "../xml/extract-ubl";
import { child, children, text } from "../xml/node";
import { parseXmlSafely } from "../xml/parse-safely";
import { readSample, SAMPLES_DIR } from "../xml/samples";
import { validateInvoiceModel } from "./validate";

const xmlFiles = (dir: string) => readdirSync(path.join(SAMPLES_DIR, dir)).filter((f) => f.endsWith(".xml")).map((f) => `${dir}/${f}`);

async function validate(file: string) {
  const detected = await detectSyntax(readSample(file));
  if (!detected.ok) throw new Error(detected.error.message);
  return validateInvoiceModel(extractInvoice(detected.detected));
}

const codes = (issues: { code: string }[]) => [...new Set(issues.map((i) => i.code))].sort();

describe("EN 16931 rules on the CEN and FNFE samples", () => {
  const valid = [
    ...xmlFiles("en16931-ubl"),
    ...xmlFiles("en16931-cii"),
    "facturx-fnfe/Facture_FR_EN16931.pdf",
    "facturx-fnfe/Facture_FR_BASIC.pdf",
    "facturx-fnfe/Avoir_FR_type381_BASIC.pdf",
    "facturx-fnfe/Facture_FR_EN16931.factur-x.xml",
    "facturx-fnfe/Facture_FR_BASIC.factur-x.xml",
    "facturx-fnfe/Avoir_FR_type381_BASIC.factur-x.xml",
  ];
  it("covers the 7 CEN files", () => expect(valid.length).toBe(13));

  it.each(valid)("%s: no EN 16931 error", async (file) => {
    expect((await validate(file)).en16931).toEqual([]);
  });

  it("BASIC WL (no lines, not an EN 16931 profile) fails what the CEN schematron reports", async () => {
    // SOURCES.md: BR-16, BR-S-08 ×2, BR-CO-10 (besides the CII-DT-031 syntax rule we do not run).
    const result = await validate("facturx-fnfe/Facture_FR_BASICWL.pdf");
    expect(result.en16931.map((i) => i.code).sort()).toEqual(["BR-16", "BR-CO-10", "BR-S-08", "BR-S-08"]);
  });

  it("the FNFE EN 16931 sample fails the Chorus rules on its fake SIRETs only", async () => {
    const result = await validate("facturx-fnfe/Facture_FR_EN16931.pdf");
    expect(codes(result.chorus)).toEqual(["CPP-SIRET-DESTINATAIRE", "CPP-SIRET-FOURNISSEUR"]);
  });

  it("the foreign CEN samples fail the Chorus buyer-SIRET rule", async () => {
    const result = await validate("en16931-cii/CII_example3.xml");
    expect(codes(result.chorus)).toContain("CPP-SIRET-DESTINATAIRE");
  });
});

describe("CEN UBL unit tests (VEFA testSet files)", () => {
  for (const file of xmlFiles("en16931-ubl-unit-tests")) {
    const parsed = parseXmlSafely(readSample(file));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const rule = text(parsed.xml.root, "assert", "scope");
    children(parsed.xml.root, "test").forEach((test, index) => {
      const assertNode = child(test, "assert");
      const expectsError = child(assertNode, "error") !== undefined;
      const errorCount = Number(child(assertNode, "error")?.["@_number"] ?? 1);
      it(`${file} case ${index + 1}: ${rule} ${expectsError ? "fires" : "passes"}`, () => {
        const model = extractUbl(child(test, "Invoice") ?? {}, false);
        const { en16931 } = validateInvoiceModel(model);
        const fired = en16931.filter((i) => i.code === rule);
        expect(fired).toHaveLength(expectsError ? errorCount : 0);
      });
    });
  }
});
