/**
 * The e-mail settings production requires (docs/config.md), for tests and benchmarks that start a
 * production server; nothing is sent. Kept free of vitest so the benchmarks can import it.
 */
export const PRODUCTION_EMAIL_ENV = {
  SMTP_HOST: '127.0.0.1',
  EMAIL_FROM: 'Casino <no-reply@casino.test>',
  PASSWORD_RESET_URL: 'https://{tenant}.casino.test/reset-password',
  STAFF_PASSWORD_RESET_URL: 'https://office.casino.test/reset-password',
} as const;
