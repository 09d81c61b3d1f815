// Content negotiation rules of the gateway (brief §3): 415 on a non-JSON POST, 406 on an Accept or
// Accept-Charset the API cannot satisfy.

export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(";").map((s) => s.trim().toLowerCase());
  if (type !== "application/json") return false;
  const charset = params.find((p) => p.startsWith("charset="));
  return !charset || /^charset="?utf-?8"?$/.test(charset);
}

function ranges(header: string): { value: string; q: number }[] {
  return header.split(",").map((part) => {
    const [value = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return { value, q: q ? Number(q.slice(2)) : 1 };
  });
}

/** Missing, "*\/*", "application/*" or "application/json" (any charset param) are acceptable. */
export function acceptsJson(header: string | undefined): boolean {
  if (!header || !header.trim()) return true;
  return ranges(header).some((r) => r.q > 0 && ["*/*", "application/*", "application/json"].includes(r.value));
}

export function acceptsUtf8(header: string | undefined): boolean {
  if (!header || !header.trim()) return true;
  return ranges(header).some((r) => r.q > 0 && ["*", "utf-8", "utf8"].includes(r.value));
}
