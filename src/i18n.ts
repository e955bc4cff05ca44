/** Player-facing languages. A message is written in every one of them. */
export const LOCALES = ['en', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** One language range of an Accept-Language header: its primary subtag (or `*`) and its weight. */
interface LanguageRange {
  language: string;
  q: number;
  position: number;
}

// RFC 9110 §12.4.2: a weight is 0 to 1 with at most three decimals.
const WEIGHT = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;
// A header is read up to this many ranges: a longer one is not a browser's.
const MAX_RANGES = 32;

function languageRanges(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const [position, part] of header.split(',').slice(0, MAX_RANGES).entries()) {
    const [tag = '', ...params] = part.split(';').map((p) => p.trim());
    // `tr-TR` counts as `tr`: the platform has no regional variants.
    const language = tag.toLowerCase().split('-')[0]!;
    if (!/^([a-z]{1,8}|\*)$/.test(language)) continue;
    let q = 1;
    const weight = params.find((p) => /^q=/i.test(p));
    if (weight !== undefined) {
      if (!WEIGHT.test(weight)) continue;
      q = Number(weight.slice(2));
    }
    ranges.push({ language, q, position });
  }
  return ranges;
}

/**
 * The caller's preferred language among `available`, from an Accept-Language header:
 * the one with the highest weight (q), the first listed on a tie. A region tag counts as
 * its language (`tr-TR` is `tr`); `*` stands for every language not named, `preferred`
 * (the tenant's default) first; `q=0` excludes a language. Undefined when the header
 * accepts none of them, so the caller falls back to its own default.
 */
export function localeFromAcceptLanguage(
  header: string | undefined,
  available: readonly string[] = LOCALES,
  preferred?: string,
): Locale | undefined {
  if (!header) return undefined;
  const ranges = languageRanges(header);
  const wildcard = ranges.filter((r) => r.language === '*').sort((a, b) => b.q - a.q)[0];
  const offered = LOCALES.filter((l) => available.includes(l));
  // The tenant's default first, so that `*` picks it.
  offered.sort((a, b) => Number(b === preferred) - Number(a === preferred));
  let best: { locale: Locale; q: number; position: number } | undefined;
  for (const locale of offered) {
    const named = ranges.filter((r) => r.language === locale);
    // The most favourable range naming the language decides; `*` only for languages not named.
    const range = named.length ? named.sort((a, b) => b.q - a.q || a.position - b.position)[0] : wildcard;
    if (!range || range.q <= 0) continue;
    if (!best || range.q > best.q || (range.q === best.q && range.position < best.position)) {
      best = { locale, q: range.q, position: range.position };
    }
  }
  return best?.locale;
}

/** A text in the given locale. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text.en;
}

/** Joins texts with a conjunction of each language (`a or b`, `a veya b`). */
export function joinLocalized(parts: readonly Localized[], conjunction: Localized): Localized {
  const join = (locale: Locale) => parts.map((p) => p[locale]).join(` ${conjunction[locale]} `);
  return { en: join('en'), tr: join('tr') };
}

/**
 * Names of the statuses that failure messages quote (a withdrawal that is no longer
 * pending, a hold already captured). An unknown status has no entry: callers leave it out
 * of the text rather than show a code in English.
 */
export const STATUS_NAMES: Record<string, Localized> = {
  PENDING: { en: 'pending', tr: 'beklemede' },
  PROCESSING: { en: 'processing', tr: 'işleniyor' },
  PARKED: { en: 'parked for a manual payout', tr: 'elle ödeme için bekletiliyor' },
  PAID: { en: 'paid', tr: 'ödendi' },
  FAILED: { en: 'failed', tr: 'başarısız oldu' },
  REJECTED: { en: 'rejected', tr: 'reddedildi' },
  CANCELLED: { en: 'cancelled', tr: 'iptal edildi' },
  OPEN: { en: 'open', tr: 'açık' },
  CAPTURED: { en: 'captured', tr: 'tahsil edildi' },
  RELEASED: { en: 'released', tr: 'serbest bırakıldı' },
  EXPIRED: { en: 'expired', tr: 'süresi doldu' },
  APPLIED: { en: 'applied', tr: 'uygulandı' },
  OPENED: { en: 'opened', tr: 'açıldı' },
  NEEDS_RESPONSE: { en: 'waiting for a response', tr: 'yanıt bekliyor' },
  WON: { en: 'won', tr: 'kazanıldı' },
  LOST: { en: 'lost', tr: 'kaybedildi' },
};

export function statusName(status: string): Localized | undefined {
  return Object.hasOwn(STATUS_NAMES, status) ? STATUS_NAMES[status] : undefined;
}
