// Intl formatters cost far more to build than to use (a DateTimeFormat with a time zone ≈ 30 µs,
// 60 of them per invoice list) and never change once built: one per locale and options, kept for
// the life of the process. The keys are a handful (locales × currencies × option sets); the cap
// only guards against a flood of odd currency codes.
const MAX = 200;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function memo<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let hit = cache.get(key);
  if (hit === undefined) {
    if (cache.size >= MAX) cache.clear();
    hit = build();
    cache.set(key, hit);
  }
  return hit;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(dateFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}
