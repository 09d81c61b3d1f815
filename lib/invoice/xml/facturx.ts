import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from "pdf-lib";
import { inflateToBytes } from "@/lib/uploads/inflate-capped";
import { XML_MAX_BYTES } from "./parse-safely";

// The embedded file names a Factur-X / ZUGFeRD reader looks for (INVOICE-FORMATS.md §4.1 L1b).
export const FACTURX_NAMES = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"] as const;

export type FacturXExtraction =
  | { ok: true; name: string; xml: Uint8Array; conformanceLevel?: string }
  | { ok: false; code: string; message: string };

const MAX_NAME_TREE_DEPTH = 8;

function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** Collects file specifications from the /EmbeddedFiles name tree (with /Kids) and /AF. */
function fileSpecs(doc: PDFDocument): PDFDict[] {
  const specs: PDFDict[] = [];
  const walk = (node: PDFDict | undefined, depth: number) => {
    if (!node || depth > MAX_NAME_TREE_DEPTH) return;
    const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
    for (let i = 1; names && i < names.size(); i += 2) {
      const spec = names.lookup(i);
      if (spec instanceof PDFDict) specs.push(spec);
    }
    const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
    for (let i = 0; kids && i < kids.size(); i += 1) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) walk(kid, depth + 1);
    }
  };
  const names = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
  walk(names?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict), 0);
  const af = doc.catalog.lookupMaybe(PDFName.of("AF"), PDFArray);
  for (let i = 0; af && i < af.size(); i += 1) {
    const spec = af.lookup(i);
    if (spec instanceof PDFDict && !specs.includes(spec)) specs.push(spec);
  }
  return specs;
}

/**
 * Stream bytes, inflated with a cap: pdf-lib's own decoder inflates without limit, and a
 * FlateDecode bomb hidden in an attachment must not take the server down.
 */
function streamBytes(stream: PDFRawStream, maxBytes: number): Uint8Array | null {
  const filter = stream.dict.lookup(PDFName.of("Filter"));
  const filterName = filter instanceof PDFArray ? (filter.size() === 1 ? filter.lookup(0) : filter) : filter;
  const raw = stream.getContents();
  if (filterName === undefined) return raw.length <= maxBytes ? raw : null;
  // INFERRED: Factur-X producers use FlateDecode only; other filters are refused, not guessed.
  if (filterName === PDFName.of("FlateDecode")) return inflateToBytes(raw, "zlib", maxBytes);
  return null;
}

function conformanceLevel(doc: PDFDocument): string | undefined {
  const metadata = doc.catalog.lookup(PDFName.of("Metadata"));
  if (!(metadata instanceof PDFRawStream)) return undefined;
  const bytes = streamBytes(metadata, 1_000_000);
  if (!bytes) return undefined;
  const xmp = new TextDecoder().decode(bytes);
  const m = /fx:ConformanceLevel(?:>\s*([^<]+?)\s*<|\s*=\s*"([^"]+)")/.exec(xmp);
  return m?.[1] ?? m?.[2];
}

/** Extracts the embedded factur-x.xml (or zugferd-invoice.xml) of a Factur-X PDF. */
export async function extractFacturX(pdf: Uint8Array, maxXmlBytes = XML_MAX_BYTES): Promise<FacturXExtraction> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return { ok: false, code: "FACTURX-PDF-ILLISIBLE", message: "Le PDF est illisible ou endommagé : exportez-le à nouveau depuis votre logiciel de facturation." };
  }
  for (const spec of fileSpecs(doc)) {
    const name = nameOf(spec.lookup(PDFName.of("UF"))) ?? nameOf(spec.lookup(PDFName.of("F")));
    if (!name || !(FACTURX_NAMES as readonly string[]).includes(name.toLowerCase())) continue;
    const ef = spec.lookupMaybe(PDFName.of("EF"), PDFDict);
    const stream = ef?.lookup(PDFName.of("F")) ?? ef?.lookup(PDFName.of("UF"));
    if (!(stream instanceof PDFRawStream)) continue;
    let xml: Uint8Array | null;
    try {
      xml = streamBytes(stream, maxXmlBytes);
    } catch {
      xml = null;
    }
    if (!xml) {
      return { ok: false, code: "FACTURX-XML-ILLISIBLE", message: `Le fichier ${name} joint au PDF est illisible ou trop volumineux.` };
    }
    return { ok: true, name, xml, conformanceLevel: conformanceLevel(doc) };
  }
  return { ok: false, code: "FACTURX-ABSENT", message: "Ce PDF ne contient pas de fichier factur-x.xml : ce n'est pas une facture Factur-X. Déposez-le comme facture PDF, ou exportez-le au format Factur-X." };
}
