export type { FormatLocale } from "./locale";
export { formatDate, formatDateTime, type DateInput, type DateFormatOptions } from "./date";
export { formatAmount, formatDecimal, type AmountInput } from "./amount";
export { parseDecimalInput } from "./parse-decimal";
export { formatSiren, formatSiret, isValidSiren, isValidSiret, isValidFrenchVat } from "./identifiers";
export { formatIban, isValidIban } from "./iban";
