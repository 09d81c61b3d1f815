// CSV for spreadsheets used in France: « ; » separator, CRLF, UTF-8 with a BOM so that Excel reads
// accents. Cells that a spreadsheet would run as a formula are neutralised (CSV injection).
export const CSV_BOM = "\uFEFF";
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(";")}\r\n`;
}
