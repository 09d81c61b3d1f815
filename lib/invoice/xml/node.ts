import type { XmlNode } from "./parse-safely";

// Readers over fast-xml-parser's output (isArray: every child is an array, text in "#text" when
// the element also has attributes). Missing elements read as undefined, never throw: uploaded
// files are often partial, and the rules decide what is mandatory.

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (!Array.isArray(value)) return [];
  return value.map((v) => (typeof v === "object" && v !== null ? (v as XmlNode) : { "#text": String(v) }));
}

export function child(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) current = children(current, name)[0];
  return current;
}

export function textOf(node: XmlNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = node["#text"];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

export function text(node: XmlNode | undefined, ...path: string[]): string | undefined {
  return textOf(child(node, ...path));
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}
