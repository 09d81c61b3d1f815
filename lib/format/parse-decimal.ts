// Spaces people type or paste as thousands separators: space, no-break space, narrow no-break
// space (what Intl "fr" produces, so a copied amount parses back).
const SPACE = "[ \\u00a0\\u202f]";
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${SPACE}\\d{3})+)(?:[.,](\\d+))?$`);
const PLAIN = /^(\d*)(?:[.,](\d+))?$/;
const COMMA_GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const DOT_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;

/**
 * Reads a decimal typed by a person, French or English notation, and returns it in canonical
 * form ("1234.56") or null when it is not a number.
 *
 * Accepted: "1 234,56", "1234,56", "1234.56", "1,234.56", "1.234,56", "-10,5", ",5", "12 €".
 * A single separator is always the decimal one, so "1,234" is 1.234 (French first) and so is
 * "1.234"; two or more identical separators are thousands groups ("1.234.567", "1,234,567").
 */
export function parseDecimalInput(input: string): string | null {
  let text = input.trim();
  text = text.replace(/^€[ \u00a0\u202f]*/, "").replace(/[ \u00a0\u202f]*€$/, "");
  let negative = false;
  const sign = /^[+\-\u2212]/.exec(text);
  if (sign) {
    negative = sign[0] !== "+";
    text = text.slice(1);
  }

  const match =
    SPACE_GROUPED.exec(text) ?? PLAIN.exec(text) ?? COMMA_GROUPED.exec(text) ?? DOT_GROUPED.exec(text);
  if (!match) return null;
  const integerRaw = (match[1] ?? "").replace(/[^\d]/g, "");
  const fraction = match[2] ?? "";
  if (integerRaw === "" && fraction === "") return null;

  const integer = integerRaw.replace(/^0+(?=\d)/, "") || "0";
  const isZero = /^0*$/.test(integer) && /^0*$/.test(fraction);
  const body = fraction === "" ? integer : `${integer}.${fraction}`;
  return negative && !isZero ? `-${body}` : body;
}
