// "Ligne {n}" → "Ligne 2". Local so that client bundles do not pull every dictionary of lib/i18n.
export const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
