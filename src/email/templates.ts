import type { Locale } from '../i18n.js';

/** A rendered message: a subject and a plain-text body in one language. */
export interface RenderedEmail {
  subject: string;
  text: string;
}

export interface PasswordResetFacts {
  /** The account holder's name, to greet them. */
  name: string;
  /** The link that carries the reset token. */
  link: string;
  /** How long the link works, in minutes. */
  validMinutes: number;
}

/** The templates the platform sends, each in every player-facing language. */
const PASSWORD_RESET: Record<Locale, (f: PasswordResetFacts) => RenderedEmail> = {
  en: (f) => ({
    subject: 'Reset your password',
    text: [
      `Hello ${f.name},`,
      '',
      'Someone (we hope you) asked to reset the password of your account.',
      `To choose a new password, open this link within ${f.validMinutes} minutes.`,
      '',
      f.link,
      '',
      'The link works once. If you did not ask for it, ignore this message: your password stays as it is.',
    ].join('\n'),
  }),
  tr: (f) => ({
    subject: 'Şifrenizi sıfırlayın',
    text: [
      `Merhaba ${f.name},`,
      '',
      'Hesabınızın şifresinin sıfırlanması istendi (umarız sizin tarafınızdan).',
      `Yeni bir şifre belirlemek için bu bağlantıyı ${f.validMinutes} dakika içinde açın.`,
      '',
      f.link,
      '',
      'Bağlantı yalnızca bir kez çalışır. Bu isteği siz yapmadıysanız bu mesajı dikkate almayın: şifreniz değişmez.',
    ].join('\n'),
  }),
};

export function renderPasswordReset(locale: Locale, facts: PasswordResetFacts): RenderedEmail {
  return PASSWORD_RESET[locale](facts);
}

/** An affiliate's invitation to its portal: the link sets its first password (same facts as a reset). */
const AFFILIATE_INVITATION: Record<Locale, (f: PasswordResetFacts) => RenderedEmail> = {
  en: (f) => ({
    subject: 'Your affiliate account',
    text: [
      `Hello ${f.name},`,
      '',
      'You are invited to the affiliate portal, where you see your links, clicks, registrations and first deposits.',
      `To choose your password, open this link within ${Math.round(f.validMinutes / 60 / 24)} days, then sign in with this email address.`,
      '',
      f.link,
      '',
      'The link works once. If you did not expect it, ignore this message.',
    ].join('\n'),
  }),
  tr: (f) => ({
    subject: 'Ortaklık hesabınız',
    text: [
      `Merhaba ${f.name},`,
      '',
      'Bağlantılarınızı, tıklamalarınızı, kayıtlarınızı ve ilk yatırımlarınızı gördüğünüz ortaklık portalına davet edildiniz.',
      `Şifrenizi belirlemek için bu bağlantıyı ${Math.round(f.validMinutes / 60 / 24)} gün içinde açın, ardından bu e-posta adresiyle giriş yapın.`,
      '',
      f.link,
      '',
      'Bağlantı yalnızca bir kez çalışır. Beklemiyorsanız bu mesajı dikkate almayın.',
    ].join('\n'),
  }),
};

export function renderAffiliateInvitation(locale: Locale, facts: PasswordResetFacts): RenderedEmail {
  return AFFILIATE_INVITATION[locale](facts);
}

/**
 * The reset link: the configured base (PASSWORD_RESET_URL or STAFF_PASSWORD_RESET_URL), with
 * `{tenant}` replaced by the tenant's slug, and the token as the last path segment. A path
 * segment rather than a query parameter, so that the frontend's access logs and the Referer of
 * pages it links to do not carry it as `?token=`.
 */
export function resetLink(base: string, token: string, tenantSlug: string | null): string {
  const url = new URL(base.replaceAll('{tenant}', encodeURIComponent(tenantSlug ?? 'platform')));
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${token}`;
  return url.toString();
}
