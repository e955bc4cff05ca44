import type { Localized } from './i18n.js';

/**
 * The Turkish of every field issue the code writes in English: the `message` of a
 * ValidationError's issues, and the messages of our zod schemas (`.refine(check, 'must ...')`,
 * `.min(10, '...')`). The English text is the key, as written at its call site, so services
 * and schemas stay readable; `{name}` stands for a part filled in at run time
 * (`must be below ${max}`), copied as is into the Turkish.
 *
 * tests/unit/i18n.test.ts reads the source for such texts and fails on any without an entry
 * here. A text without an entry still reaches a Turkish caller, in English: add it here.
 */
const ISSUE_TEXTS: Record<string, string> = {
  // Shared
  'is required': 'gerekli',
  'is required for {what}': '{what} için gerekli',
  'must be an ISO 4217 code': 'bir ISO 4217 para birimi kodu olmalı',
  'must be an ISO 4217 code in upper case': 'büyük harflerle bir ISO 4217 para birimi kodu olmalı',
  'unknown currency': 'bilinmeyen para birimi',
  'is not a currency of this tenant': 'bu operatörün para birimlerinden biri değil',
  'is not a currency of this casino': 'bu sitenin para birimlerinden biri değil',
  '{list} not a currency of this tenant': '{list}: bu operatörün para birimi değil',
  'not currencies of this tenant: {list}': 'bu operatörün para birimi olmayanlar: {list}',
  'must be one of {list}': 'şunlardan biri olmalı: {list}',
  'must be one of locales': 'locales alanındaki dillerden biri olmalı',
  'must be one of currencies': 'currencies alanındaki para birimlerinden biri olmalı',
  'must be at least {n} characters': 'en az {n} karakter olmalı',
  'must be at most {n} characters': 'en fazla {n} karakter olmalı',
  'must be at most {max}': 'en fazla {max} olmalı',
  'must be below {max}': '{max} değerinden küçük olmalı',
  'must be between 1 and {max}': '1 ile {max} arasında olmalı',
  'must be between 0 and 1': '0 ile 1 arasında olmalı',
  // Amounts (src/money.ts)
  'must be a positive whole number of minor units, as a string': 'alt birim cinsinden pozitif bir tam sayı olmalı (metin olarak)',
  'must be an ISO 3166-1 alpha-2 code': 'bir ISO 3166-1 alpha-2 ülke kodu olmalı',
  'must be an RSA private key in PEM': 'PEM biçiminde bir RSA özel anahtarı olmalı',
  'must name 1 to 50 currencies': '1 ile 50 arasında para birimi belirtmeli',
  'invalid amount': 'geçersiz tutar',
  'must be a day, YYYY-MM-DD': 'YYYY-AA-GG biçiminde bir gün olmalı',
  'must be an http(s) URL': 'http:// ya da https:// ile başlayan bir adres olmalı',
  'must contain {token}': '{token} içermeli',
  // Pagination (src/graphql/pagination.ts)
  'is not a valid cursor': 'geçerli bir imleç değil',
  'belongs to a listing with other filters': 'başka filtrelerle alınmış bir listeye ait',
  'give first or last, not both': 'first ya da last verin, ikisini birden değil',
  'backward pagination is not supported; use first/after': 'geriye doğru sayfalama desteklenmiyor; first/after kullanın',
  // Identity
  'must be an email address': 'bir e-posta adresi olmalı',
  'needs at least one role': 'en az bir rol içermeli',
  'needs at least one permission': 'en az bir izin içermeli',
  'is not a known permission': 'bilinen bir izin değil',
  'you cannot disable yourself': 'kendinizi devre dışı bırakamazsınız',
  // Tenants
  'must be 3-40 lowercase letters, digits or dashes, not starting or ending with a dash':
    '3-40 küçük harf, rakam veya tireden oluşmalı; tireyle başlayamaz ve bitemez',
  'must be an ISO 4217 currency code': 'bir ISO 4217 para birimi kodu olmalı',
  'must be a host name': 'bir alan adı olmalı',
  // Menu
  'names a locale twice': 'bir dili iki kez içeriyor',
  'names a key twice': 'bir anahtarı iki kez içeriyor',
  'needs at least one key': 'en az bir anahtar içermeli',
  'must be 2-63 of [a-z0-9_.-], starting with a letter': '[a-z0-9_.-] karakterlerinden 2-63 tane olmalı ve harfle başlamalı',
  'change at least one of enabled, position, labels': 'enabled, position, labels alanlarından en az birini değiştirin',
  '"{key}" is a feature flag; only menu entries have an order': '"{key}" bir özellik anahtarı; yalnızca menü öğelerinin sırası vardır',
  // Wallet
  'must be printable ASCII without spaces': 'boşluksuz, yazdırılabilir ASCII karakterlerden oluşmalı',
  'must be 2-40 of A-Z, 0-9, _ starting with a letter': 'A-Z, 0-9 ve _ karakterlerinden 2-40 tane olmalı ve harfle başlamalı',
  'name either accountId, or ownerType with currency': 'ya accountId ya da ownerType ile currency verin',
  'must differ from from': 'from hesabından farklı olmalı',
  'must differ from the held account': 'bloke edilen hesaptan farklı olmalı',
  'is not a hold id': 'bir blokaj kimliği değil',
  // Payments
  'must be at least minAmount': 'en az minAmount kadar olmalı',
  'must be 2-31 of a-z and 0-9, starting with a letter': 'a-z ve 0-9 karakterlerinden 2-31 tane olmalı ve harfle başlamalı',
  // Games
  'must be 2-40 of a-z, 0-9, - (not at the ends)': 'a-z, 0-9 ve - karakterlerinden 2-40 tane olmalı (tire başta ve sonda olamaz)',
  // Poker
  'must not exceed the big blind': 'büyük kör bahsi aşamaz',
  'must be at least minBuyIn': 'en az minBuyIn kadar olmalı',
  'must be at least the big blind': 'en az büyük kör bahis kadar olmalı',
  // Seamless
  'must be 2-40 of a-z, 0-9, _ and - starting with a letter or digit':
    'a-z, 0-9, _ ve - karakterlerinden 2-40 tane olmalı ve harf ya da rakamla başlamalı',
  'HMAC_SHA256 takes hmacSecret only, RSA_SHA256 publicKey only': 'HMAC_SHA256 yalnızca hmacSecret, RSA_SHA256 yalnızca publicKey alır',
  'must be an RSA public key in PEM': 'PEM biçiminde bir RSA açık anahtarı olmalı',
  // Audit
  'must not be after toSeq': 'toSeq değerinden sonra olamaz',
  'the range holds no events': 'aralıkta hiç olay yok',
  'exports hold at most {max} events': 'bir dışa aktarım en fazla {max} olay içerebilir',
  // Audit filters
  'does not match the kind of actorId ({kind})': 'actorId alanının türüyle uyuşmuyor ({kind})',
  'does not match the type of targetId ({type})': 'targetId alanının türüyle uyuşmuyor ({type})',
  // Ledger account selectors
  'is not taken for PLAYER: give ownerId': 'PLAYER için alınmaz: ownerId verin',
  'is taken only for PLAYER: give ownerRef': 'yalnızca PLAYER için alınır: ownerRef verin',
  'POINTS accounts are moved only by the VIP module': 'POINTS hesapları yalnızca VIP modülü tarafından hareket ettirilir',
  'AFFILIATE accounts are moved only by the affiliates module': 'AFFILIATE hesapları yalnızca ortaklık modülü tarafından hareket ettirilir',
  'give ownerId or ownerRef, not both': 'ownerId veya ownerRef verin, ikisini birden değil',
  'name a currency that is not one of the tenant ({currency})': 'operatörün para birimlerinden olmayan bir para birimi içeriyor ({currency})',
  // Back-office players
  'must not be empty': 'boş olmamalı',
  'must not be negative': 'negatif olmamalı',
  'must not hold control characters': 'kontrol karakteri içermemeli',
  'needs at least one tag': 'en az bir etiket gerekli',
  'at most 20 tags at once': 'bir seferde en fazla 20 etiket',
  'a player has at most {max} tags': 'bir oyuncunun en fazla {max} etiketi olabilir',
  // Wallet subscriptions (after: positions)
  'at most {max} positions': 'en fazla {max} konum',
  // Accounts
  'must differ from the current password': 'mevcut şifreden farklı olmalı',
  'is only for STAFF (players use the tenant of the request)': 'yalnızca STAFF için (oyuncular isteğin operatörünü kullanır)',
  // Bonus (modules/bonus)
  'is not a term of {kind}': '{kind} türünün bir koşulu değil',
  'names a currency twice': 'bir para birimini iki kez içeriyor',
  'names a category twice': 'bir kategoriyi iki kez içeriyor',
  'BONUS_PLUS_DEPOSIT applies only to DEPOSIT_MATCH': 'BONUS_PLUS_DEPOSIT yalnızca DEPOSIT_MATCH için geçerli',
  'must be 0 when free-bet wins go to cash': 'bedava bahis kazançları nakde gidiyorsa 0 olmalı',
  'must be empty for DEFAULT': 'DEFAULT için boş olmalı',
  "is not a game of this tenant's catalogue": 'bu operatörün oyun kataloğunda yok',
  "must be the offer's product, {product}": 'teklifin ürünü olmalı: {product}',
  'repeats a weight row': 'bir ağırlık satırını tekrarlıyor',
  'cannot change: archive the template and create another': 'değiştirilemez: şablonu arşivleyip yenisini oluşturun',
  'shares must sum to 100': 'payların toplamı 100 olmalı',
  'must be a whole number of minor units, as a string': 'alt birim cinsinden bir tam sayı olmalı (metin olarak)',
  'give totalLimit, perPlayerLimit or both': 'totalLimit, perPlayerLimit ya da ikisini birden verin',
  'is not a currency of this template': 'bu şablonun para birimlerinden biri değil',
  // Offers (modules/offers)
  'must be a placement key: lower-case letters, digits and dashes, 1 to 48 characters': 'bir yerleşim anahtarı olmalı: küçük harfler, rakamlar ve tireler, 1 ile 48 karakter arası',
  'must not repeat a placement': 'bir yerleşimi tekrarlamamalı',
  'must be after startsAt': 'startsAt değerinden sonra olmalı',
  'minDeposits must not exceed maxDeposits': 'minDeposits, maxDeposits değerini aşmamalı',
  'minDaysSinceLastDeposit must not exceed maxDaysSinceLastDeposit': 'minDaysSinceLastDeposit, maxDaysSinceLastDeposit değerini aşmamalı',
  // Accounts: dates of birth (modules/identity)
  'must be a date between 1900-01-01 and today': '1900-01-01 ile bugün arasında bir tarih olmalı',
  // VIP (modules/vip)
  'must be a positive whole number of minor units': 'alt birim cinsinden pozitif bir tam sayı olmalı',
  'must be a number of points with at most two decimals, as a string': 'en fazla iki ondalık basamaklı bir puan değeri olmalı (metin olarak)',
  'must be a number of points above 0 with at most two decimals, as a string': "0'dan büyük, en fazla iki ondalık basamaklı bir puan değeri olmalı (metin olarak)",
  'must be 1-40 lowercase letters, digits or dashes, starting with a letter or digit': '1-40 küçük harf, rakam veya tireden oluşmalı ve harf ya da rakamla başlamalı',
  'is not a bonus template of this tenant': 'bu operatörün bonus şablonlarından biri değil',
  // Experiments (modules/offers/experiments.*)
  'must be 1-32 lowercase letters, digits, dashes or underscores, starting with a letter or digit': '1-32 küçük harf, rakam, tire veya alt çizgiden oluşmalı ve harf ya da rakamla başlamalı',
  'must have exactly one control arm': 'tam olarak bir kontrol kolu içermeli',
  'names an arm key twice': 'bir kol anahtarını iki kez içeriyor',
  'every arm of an A/B test needs a weight': 'bir A/B testinin her kolunun ağırlığı olmalı',
  'give a weight for every arm or for none': 'ağırlığı ya her kol için ya da hiçbiri için verin',
  'weights must sum to 1': 'ağırlıkların toplamı 1 olmalı',
  'must be above 0': "0'dan büyük olmalı",
  'must be at least the arm floor': 'en az kol tabanı (armFloor) kadar olmalı',
  'times the number of arms must be at most 1': 'kol sayısıyla çarpımı en fazla 1 olmalı',
  'is not an offer of this tenant': 'bu operatörün bir teklifi değil',
  'is an archived offer': 'arşivlenmiş bir teklif',
  "does not list the experiment's placement": 'deneyin yerleşimini içermiyor',
  'is not an arm of this experiment': 'bu deneyin bir kolu değil',
  'names an arm twice': 'bir kolu iki kez içeriyor',
  // VIP rewards (redemption, adjustments)
  'must be a positive decimal with at most two places': 'en fazla iki ondalık basamaklı pozitif bir sayı olmalı',
  'must be a non-zero decimal with at most two places': 'en fazla iki ondalık basamaklı, sıfırdan farklı bir sayı olmalı',
  // Affiliates (modules/affiliates)
  'must be a calendar day, YYYY-MM-DD': 'bir takvim günü olmalı, YYYY-AA-GG',
  'must not be before from': 'from gününden önce olmamalı',
  'must be 1-500 characters': '1-500 karakter olmalı',
  'must be at most {MAX_DAYS} days after from': 'from gününden en fazla {MAX_DAYS} gün sonra olmalı',
  'must be at most {MAX_MONTHS} months after from': 'from ayından en fazla {MAX_MONTHS} ay sonra olmalı',
  'must be an IANA time zone, such as Europe/Istanbul or UTC': 'Europe/Istanbul veya UTC gibi bir IANA saat dilimi olmalı',
  'must be at most {MAX_FUNNEL_DAYS} days from from (both included)': 'from gününden en fazla {MAX_FUNNEL_DAYS} gün sonra olmalı (ikisi de dahil)',
  'must be 2-40 letters, digits, dashes or underscores, starting with a letter or digit': '2-40 harf, rakam, tire veya alt çizgiden oluşmalı ve harf ya da rakamla başlamalı',
  'must be at most 1 (100%)': 'en fazla 1 (%100) olmalı',
  'must be a decimal from 0 to 1 with at most 12 places, like "0.35"': '0 ile 1 arasında, en fazla 12 ondalık basamaklı bir sayı olmalı; örneğin "0.35"',
  'must be a whole number of minor units, 0 or more, as a string': 'alt birim cinsinden 0 ya da daha büyük bir tam sayı olmalı (metin olarak)',
  'must be 0 or more': '0 ya da daha büyük olmalı',
  'needs at least one tier': 'en az bir kademe içermeli',
  'needs at least one currency': 'en az bir para birimi içermeli',
  'must be 0 for the first tier': 'ilk kademe için 0 olmalı',
  'must be above the from of the tier before': 'bir önceki kademenin from değerinden büyük olmalı',
  'is required when the plan has no minBets': 'planda minBets yoksa gerekli',
  'must be left out for {what}': '{what} için verilmemeli',
  "cannot be null: leave it out to keep the plan's": 'null olamaz: planınkini korumak için alanı vermeyin',
  'is refused by the commission engine: {reason}': 'komisyon motoru tarafından reddedildi: {reason}',
  'must be a path or an http(s) URL on one of the domains of the tenant': 'bir yol ya da operatörün alan adlarından birinde http(s) adresi olmalı',
  // Risk: cases
  'must name at least one player': 'en az bir oyuncu belirtmeli',
  'must name at most 50 players': 'en fazla 50 oyuncu belirtmeli',
  // Risk: KYC
  'must be at least 18': 'en az 18 olmalı',
  'must not repeat a currency': 'bir para birimini tekrarlamamalı',
  'must name at most 50 currencies': 'en fazla 50 para birimi belirtmeli',
  'must be BASIC, FULL or ENHANCED': 'BASIC, FULL ya da ENHANCED olmalı',
};

interface Template {
  pattern: RegExp;
  names: string[];
  tr: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Templates with run-time parts, longest first: `must be at most {n} characters` is tried
// before `must be at most {max}`.
const TEMPLATES: Template[] = Object.entries(ISSUE_TEXTS)
  .filter(([en]) => /\{\w+\}/.test(en))
  .sort(([a], [b]) => b.replace(/\{\w+\}/g, '').length - a.replace(/\{\w+\}/g, '').length)
  .map(([en, tr]) => {
    const names: string[] = [];
    const source = en
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return escapeRegExp(part);
        names.push(name);
        return '(.+?)';
      })
      .join('');
    return { pattern: new RegExp(`^${source}$`, 's'), names, tr };
  });

/** The Turkish of an English issue text, if the catalogue has it. */
export function translateIssue(en: string): string | undefined {
  if (Object.hasOwn(ISSUE_TEXTS, en)) return ISSUE_TEXTS[en];
  for (const template of TEMPLATES) {
    const match = template.pattern.exec(en);
    if (!match) continue;
    const values = Object.fromEntries(template.names.map((name, i) => [name, match[i + 1]!]));
    return template.tr.replace(/\{(\w+)\}/g, (_all, name: string) => values[name] ?? '');
  }
  return undefined;
}

/** An English issue text in every locale (the English itself where the catalogue lacks it). */
export function issueText(en: string): Localized {
  return { en, tr: translateIssue(en) ?? en };
}

/** Every entry of the catalogue, for the completeness test. */
export function issueCatalogue(): ReadonlyArray<readonly [string, string]> {
  return Object.entries(ISSUE_TEXTS);
}
