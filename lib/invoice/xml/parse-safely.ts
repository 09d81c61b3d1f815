import { XMLParser, XMLValidator } from "fast-xml-parser";

// A flux file is at most 10 MB (CONTRACT.md §7, factures/deposer/flux).
export const XML_MAX_BYTES = 10_000_000;

export type XmlNode = Record<string, unknown>;

export type ParsedXml = {
  /** Local name of the root element ("Invoice", "CrossIndustryInvoice"). */
  rootName: string;
  /** Namespace URI of the root element, "" when it has none. */
  rootNamespace: string;
  /** The root element, namespace prefixes removed, every child an array, every value a string. */
  root: XmlNode;
};

export type XmlFailure = { code: string; message: string };
export type ParseXmlResult = { ok: true; xml: ParsedXml } | { ok: false; error: XmlFailure };

const fail = (code: string, message: string): ParseXmlResult => ({ ok: false, error: { code, message } });

/** Decodes UTF-8 or UTF-16 (by BOM, or by the `<?` pattern XML 1.0 appendix F describes). */
function decode(buf: Uint8Array): string | null {
  const [a, b, c] = [buf[0], buf[1], buf[2]];
  let encoding = "utf-8";
  let start = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) start = 3;
  else if (a === 0xff && b === 0xfe) [encoding, start] = ["utf-16le", 2];
  else if (a === 0xfe && b === 0xff) [encoding, start] = ["utf-16be", 2];
  else if (a === 0x3c && b === 0x00) encoding = "utf-16le";
  else if (a === 0x00 && b === 0x3c) encoding = "utf-16be";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buf.subarray(start));
  } catch {
    return null;
  }
}

// Characters XML 1.0 forbids: their presence means a binary or mis-encoded file.
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const DECLARED_ENCODING = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/;
const ROOT_START = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/;

function rootNamespaceOf(prefix: string | undefined, attributes: string): string {
  const wanted = prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns";
  for (const m of attributes.matchAll(/([\w:.-]+)\s*=\s*(["'])(.*?)\2/g)) {
    if (m[1] === wanted) return m[3] ?? "";
  }
  return "";
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Safe because any DTD was refused above: only &amp; &lt; … and character references remain.
  processEntities: true,
  htmlEntities: false,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

/**
 * Parses an uploaded XML flux defensively. Refuses, before any parsing, a DOCTYPE or ENTITY
 * declaration (XXE, billion laughs: an invoice never needs a DTD), a file over `maxBytes`, bytes
 * that are neither UTF-8 nor UTF-16, and a declared encoding the bytes do not match.
 */
export function parseXmlSafely(buf: Uint8Array, maxBytes = XML_MAX_BYTES): ParseXmlResult {
  if (buf.length === 0) return fail("XML-EMPTY", "Le fichier est vide.");
  if (buf.length > maxBytes) {
    return fail("XML-TOO-LARGE", `Le fichier XML dépasse ${Math.floor(maxBytes / 1_000_000)} Mo, la taille maximale d'une facture.`);
  }
  const text = decode(buf);
  if (text === null || FORBIDDEN_CHARS.test(text)) {
    return fail("XML-ENCODING", "Le fichier n'est pas un XML lisible : il doit être encodé en UTF-8 (ou UTF-16). Réenregistrez-le en UTF-8 depuis votre logiciel.");
  }
  if (/<!DOCTYPE|<!ENTITY|<!ELEMENT|<!ATTLIST/i.test(text)) {
    return fail("XML-DOCTYPE", "Le fichier contient une déclaration DOCTYPE ou ENTITY, refusée pour des raisons de sécurité. Une facture UBL ou CII n'en a jamais besoin : retirez-la.");
  }
  const declared = DECLARED_ENCODING.exec(text)?.[1]?.toLowerCase();
  if (declared && !["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be"].includes(declared)) {
    return fail("XML-ENCODING", `Le fichier se déclare encodé en « ${declared} » : Chorus Pro attend de l'UTF-8. Réenregistrez-le en UTF-8.`);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return fail("XML-SYNTAX", `Le fichier XML est mal formé (ligne ${line}, colonne ${col}) : ${msg}`);
  }
  const start = ROOT_START.exec(text);
  if (!start) return fail("XML-SYNTAX", "Le fichier XML n'a pas d'élément racine.");
  const rootName = start[2] ?? "";
  const doc = parser.parse(text) as XmlNode;
  const rootArray = doc[rootName];
  const root = Array.isArray(rootArray) ? (rootArray[0] as XmlNode | undefined) : undefined;
  return {
    ok: true,
    xml: { rootName, rootNamespace: rootNamespaceOf(start[1], start[3] ?? ""), root: typeof root === "object" && root !== null ? root : {} },
  };
}
