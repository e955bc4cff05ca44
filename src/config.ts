import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The environment, parsed and validated once. Every tunable of the platform is here;
 * docs/config.md describes each (README.md has the short table).
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');

const httpUrl = z
  .string()
  .url()
  .refine((v) => /^https?:\/\//.test(v), 'must be an http:// or https:// URL');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: postgresUrl.optional(),
  DATABASE_APP_URL: postgresUrl.optional(),
  DATABASE_APP_PASSWORD: z.string().min(8).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
  // Fail fast when the database is slow or gone (docs/operations.md, Faults); 0 turns one off.
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(3000),
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),

  REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL')
    .optional(),

  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).max(90 * 86_400).default(30 * 86_400),

  GRAPHIQL: bool.optional(),
  MIGRATE_ON_START: bool.optional(),
  SEED_DEMO: bool.optional(),
  LOOKUP_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).max(24 * 366).default(168),
  OUTBOX_PRUNE_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
  AUDIT_SIGNING_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be a 32-byte Ed25519 seed, base64')
    .optional(),
  SECRETS_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be a 32-byte AES-256 key, base64')
    .optional(),
  // How long one call to a payment provider's API may take (docs/operations.md, Faults).
  PAYMENTS_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  PAYMENTS_RECONCILIATION_INTERVAL_MS: z.coerce.number().int().min(0).max(7 * 86_400_000).default(900_000),
  AUDIT_CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(0).max(7 * 86_400_000).default(3_600_000),
  WALLET_HOUSE_STRIPES: z.coerce.number().int().min(1).max(1024).default(16),
  WALLET_HOLD_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(10_000),
  BONUS_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  BONUS_CASHBACK_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(900_000),
  EXPERIMENT_OUTCOMES_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  BANDIT_REWEIGHT_INTERVAL_MS: z.coerce.number().int().min(0).max(900_000).default(60_000),
  VIP_ACCRUAL_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  VIP_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  VIP_REVIEW_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  VIP_REWARDS_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  AFFILIATE_STATEMENTS_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  KPI_ROLLUP_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  KPI_RECONCILIATION_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  COLLUSION_SCAN_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
  COLLUSION_MIN_HANDS: z.coerce.number().int().min(1).max(100_000).default(200),
  COLLUSION_FLAG_SCORE: z.coerce.number().min(0).max(100).default(0.8),
  RISK_LINK_CASE_THRESHOLD: z.coerce.number().min(0.05).max(1).default(0.6),
  RISK_LINK_SEAT_THRESHOLD: z.coerce.number().min(0.05).max(1).default(0.6),
  RISK_LINK_IP_CROWD: z.coerce.number().int().min(2).max(10_000).default(20),
  RISK_VELOCITY_DEPOSIT_COUNT: z.coerce.number().int().min(1).max(1000).default(5),
  RISK_VELOCITY_DEPOSIT_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  RISK_VELOCITY_DEPOSIT_DAILY: z
    .string()
    .regex(/^([A-Z]{3}:\d{1,18})(,[A-Z]{3}:\d{1,18})*$/, 'must be CUR:minorUnits pairs separated by commas, e.g. EUR:500000,USD:500000')
    .default('EUR:500000,USD:500000,GBP:500000,TRY:20000000'),
  RISK_VELOCITY_CYCLE_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  RISK_VELOCITY_CYCLE_MIN_PLAY_PERCENT: z.coerce.number().int().min(1).max(1000).default(50),
  JOBS_WORK: bool.optional(),
  JOBS_MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  TRUST_PROXY: z
    .string()
    .trim()
    .refine(
      (v) => /^(true|false|\d{1,2})$/.test(v) || v.split(',').every((a) => /^[0-9a-fA-F.:/]+$|^(loopback|linklocal|uniquelocal)$/.test(a.trim())),
      'must be true, false, a hop count, or a comma list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal)',
    )
    .optional(),
  // Origins allowed beside every tenant's own domains (docs/security.md, CORS).
  CORS_ALLOWED_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o.length > 0))
    .pipe(z.array(z.string().refine(isOrigin, 'must be a comma list of origins: http(s)://host[:port], no path')))
    .optional(),

  // GraphQL hardening (docs/security.md).
  HTTP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(1000).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(1_000_000_000).default(5000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(15),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(20),
  // Capped well below what a recursive walk (graphql-js coercion, JSON.stringify) can take.
  GRAPHQL_MAX_INPUT_DEPTH: z.coerce.number().int().min(2).max(1000).default(64),
  TRUSTED_DOCUMENTS: bool.default(false),
  TRUSTED_DOCUMENTS_PATH: z.string().min(1).optional(),
  RATE_LIMIT_ENABLED: bool.default(true),
  RATE_LIMIT_KEY_PREFIX: z.string().min(1).max(100).default('croupier:rl'),
  RATE_LIMIT_API_KEY_POINTS: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_API_KEY_DURATION_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMIT_PLAYER_POINTS: z.coerce.number().int().min(1).max(1_000_000).default(300),
  RATE_LIMIT_PLAYER_DURATION_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMIT_STAFF_POINTS: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_STAFF_DURATION_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMIT_IP_POINTS: z.coerce.number().int().min(1).max(1_000_000).default(120),
  RATE_LIMIT_IP_DURATION_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),

  // Email (docs/config.md, Email; docs/accounts.md).
  EMAIL_SENDER: z.enum(['development', 'smtp']).optional(),
  EMAIL_FROM: z.string().trim().min(3).max(320).optional(),
  SMTP_HOST: z.string().trim().min(1).max(253).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: bool.optional(),
  SMTP_USER: z.string().min(1).max(320).optional(),
  SMTP_PASSWORD: z.string().min(1).max(1024).optional(),
  EMAIL_DELIVERY_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(2000),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  PASSWORD_RESET_URL: httpUrl.optional(),
  STAFF_PASSWORD_RESET_URL: httpUrl.optional(),
  AFFILIATE_PASSWORD_URL: httpUrl.optional(),

  // Tracing (docs/observability.md, Tracing): the OpenTelemetry names where they exist.
  TRACING: z.enum(['otlp', 'off']).default('off'),
  OTEL_SERVICE_NAME: z.string().trim().min(1).max(255).default('croupier'),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
  OTEL_TRACES_SAMPLER: z
    .enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'])
    .default('parentbased_always_on'),
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  database:
    | { kind: 'external'; ownerUrl: string; appUrl: string; appPassword: string | undefined; poolMax: number }
    | { kind: 'embedded'; dir: string; port: number; appPassword: string; poolMax: number };
  /** Limits of the API's database connections (milliseconds; statementMs 0 = no statement_timeout). */
  databaseTimeouts: { statementMs: number; connectMs: number; acquireMs: number };
  redisUrl: string | undefined;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  graphiql: boolean;
  migrateOnStart: boolean;
  seedDemo: boolean;
  outboxPollMs: number;
  /** Published events are deleted from the outbox once they are this old. */
  outboxRetentionHours: number;
  /** How often the outbox-retention job runs; 0 turns it off. */
  outboxPruneIntervalMs: number;
  /** How long tenant and API-key lookups are remembered (changes invalidate at once); 0 turns it off. */
  lookupCacheTtlMs: number;
  /** Ed25519 seed (base64) that signs audit checkpoints. */
  auditSigningKey: string;
  /** How often the checkpoint job signs each tenant's chain head; 0 turns the job off. */
  auditCheckpointIntervalMs: number;
  /** AES-256-GCM key (base64) that encrypts third parties' credentials at rest (src/auth/sealed.ts). */
  secretsEncryptionKey: string;
  /** How often the payments reconciliation job runs; 0 turns it off. */
  paymentsReconciliationIntervalMs: number;
  /** Timeout of one request to a payment provider's API (the Stripe SDK retries once more after it). */
  paymentsProviderTimeoutMs: number;
  /** House accounts per currency that share bets and wins (docs/wallet.md). */
  walletHouseStripes: number;
  /** How often the job expires holds past their time; 0 turns the job off. */
  walletHoldExpiryIntervalMs: number;
  /** How often the bonus sweep ends expired grants and forfeits those of excluded, timed-out or blocked players; 0 turns it off. */
  bonusExpiryIntervalMs: number;
  /** How often the cashback job looks for closed periods to pay; 0 turns it off. */
  bonusCashbackIntervalMs: number;
  /** How often the experiment-outcomes job measures exposures whose outcome window closed; 0 turns it off. */
  experimentOutcomesIntervalMs: number;
  /** How often the bandit job looks for RUNNING bandits due to re-weight (each has its own cadence, 1–15 minutes); 0 turns it off. */
  banditReweightIntervalMs: number;
  /** How often VIP accrual reads the ledger feed into points (0: off in this instance). */
  vipAccrualIntervalMs: number;
  /** How often due VIP points expire (0: off in this instance). */
  vipExpiryIntervalMs: number;
  /** How often the VIP tier review looks for players whose review is due (retain, grace, downgrade); 0 turns it off. */
  vipReviewIntervalMs: number;
  /** How often the VIP monthly rewards job looks for rewards due (0: off). */
  vipRewardsIntervalMs: number;
  affiliateStatementsIntervalMs: number;
  kpiRollupIntervalMs: number;
  kpiReconciliationIntervalMs: number;
  /** Poker collusion scoring (docs/risk.md "Poker collusion"). */
  collusion: {
    /** How often the collusion-scan job reads new hands (0: off). */
    scanIntervalMs: number;
    /** Hands a pair must play together before it may be flagged. */
    minHands: number;
    /** The pair score at which a COLLUSION case is opened. */
    flagScore: number;
  };
  /** The linked-accounts graph and the velocity rules (docs/risk.md "Multi-accounting", "Velocity rules"). */
  risk: {
    /** A link's score at or above which a MULTI_ACCOUNTING case opens and the pair's bonus claims are held. */
    linkCaseThreshold: number;
    /** A link's score at or above which the two may not sit at one poker table (any shared DEVICE or INSTRUMENT refuses too). */
    linkSeatThreshold: number;
    /** An address seen with more players than this links none of them (a public network). */
    linkIpCrowd: number;
    /** More than this many deposits asked for within depositMinutes fires DEPOSIT_COUNT. */
    depositCount: number;
    depositMinutes: number;
    /** Per currency: deposits over this in 24 hours (minor units) fire DEPOSIT_DAILY_SUM; a currency not listed has no such rule. */
    depositDaily: ReadonlyMap<string, bigint>;
    /** A withdrawal within cycleHours of the last deposit, with less than cycleMinPlayPercent of it staked since, fires DEPOSIT_WITHDRAW_CYCLE. */
    cycleHours: number;
    cycleMinPlayPercent: number;
  };
  /** The durable job queue (docs/jobs.md). */
  jobs: {
    /** Whether this instance works the queues (false: it only enqueues). */
    work: boolean;
    /** How often pg-boss's maintenance (expiring the jobs of dead workers, archiving) may run, across instances. */
    maintenanceIntervalSeconds: number;
  };
  shutdownGraceMs: number;
  /** Which proxies' X-Forwarded-For to believe for the caller's address (rate limits, audit); false: none. */
  trustProxy: boolean | number | string[];
  /** Browser origins allowed to call /graphql beside the tenants' own domains, as `URL.origin` writes them. */
  corsAllowedOrigins: string[];
  /** Largest accepted HTTP body and WebSocket message, in bytes. */
  bodyLimitBytes: number;
  /** Query limits, introspection and trusted documents (docs/security.md). */
  graphql: GraphqlHardening;
  rateLimit: RateLimitConfig;
  email: EmailConfig;
  /** Where reset links point: the reset token is appended to the path (docs/accounts.md). */
  passwordReset: { playerUrl: string; staffUrl: string; affiliateUrl: string };
  tracing: TracingConfig;
}

export interface TracingConfig {
  /** otlp: spans exported over OTLP/HTTP (JSON) in batches; off: no tracer, no instrumentation. */
  exporter: 'otlp' | 'off';
  serviceName: string;
  /** The OTLP traces URL (`.../v1/traces`). */
  otlpTracesUrl: string;
  /** Which traces are recorded, as OTEL_TRACES_SAMPLER names it; `ratio` for the traceidratio ones. */
  sampler: { name: TracesSampler; ratio: number };
}

export type TracesSampler = Env['OTEL_TRACES_SAMPLER'];

export interface EmailConfig {
  /** development: messages are logged, never sent; smtp: sent through `smtp` (src/email/). */
  sender: 'development' | 'smtp';
  from: string;
  smtp: { host: string; port: number; secure: boolean; user: string | undefined; password: string | undefined } | null;
  /** How often the email-delivery job runs; 0 turns it off. */
  deliveryIntervalMs: number;
  /** Attempts before a message is given up (status FAILED). */
  maxAttempts: number;
}

export interface GraphqlHardening {
  /** Introspection, and "Did you mean" suggestions in validation errors. */
  introspection: boolean;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Deepest nesting of arrays and objects in an operation's `variables` or `extensions`. */
  maxInputDepth: number;
  /** Absolute path of the trusted-documents manifest when TRUSTED_DOCUMENTS is on, else null. */
  trustedDocuments: string | null;
}

export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

export interface RateLimitConfig {
  enabled: boolean;
  keyPrefix: string;
  apiKey: RateLimitRule;
  player: RateLimitRule;
  /** Tenant staff and platform staff, per staff user. */
  staff: RateLimitRule;
  /** Anonymous callers, per IP address. */
  ip: RateLimitRule;
}

/** The manifest `npm run codegen` writes (src/cli/trusted-documents.ts). */
export const DEFAULT_TRUSTED_DOCUMENTS_PATH = fileURLToPath(new URL('../codegen/trusted-documents.json', import.meta.url));

export interface ConfigProblem {
  variable: string;
  /** What is wrong, never the value itself (it may be a secret). */
  reason: string;
}

/** Every invalid or missing setting of the environment, one line each in the message. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    const count = problems.length === 1 ? '1 setting' : `${problems.length} settings`;
    super([`Invalid configuration (${count}):`, ...problems.map((p) => `  ${p.variable}: ${p.reason}`)].join('\n'));
    this.name = 'ConfigError';
  }
}

/** zod's issues grouped by variable; several issues of one variable share its line. */
function problemsOf(issues: z.core.$ZodIssue[]): ConfigProblem[] {
  const reasons = new Map<string, string[]>();
  for (const issue of issues) {
    const variable = String(issue.path[0] ?? 'environment');
    const reason = issue.code === 'invalid_type' && issue.expected === 'number' ? 'must be a number' : issue.message;
    reasons.set(variable, [...(reasons.get(variable) ?? []), reason]);
  }
  return [...reasons].map(([variable, list]) => ({ variable, reason: [...new Set(list)].join('; ') }));
}

const DEV_JWT_SECRET = 'croupier-development-only-secret-do-not-deploy';
const DEV_APP_PASSWORD = 'croupier_app_dev';
/** A fixed development seed, so checkpoints of a dev database verify across restarts. */
const DEV_AUDIT_SIGNING_KEY = Buffer.alloc(32, 'croupier-dev-audit-signing-key').toString('base64');
/** A fixed development key, so a dev database's provider credentials decrypt across restarts. */
const DEV_SECRETS_ENCRYPTION_KEY = Buffer.alloc(32, 'croupier-dev-secrets-key').toString('base64');
export const APP_ROLE = 'croupier_app';

/** The app's connection URL: the owner's URL with the app role's credentials. */
export function appUrlFrom(ownerUrl: string, password: string | undefined): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password ?? '';
  return url.toString();
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Everything wrong is reported at once, so a deployment is not fixed one restart at a time.
  const parsed = envSchema.safeParse(source);
  const problems = parsed.success ? [] : problemsOf(parsed.error.issues);
  if (source.NODE_ENV === 'production') {
    // Checked on the raw source: a value that is set but invalid is already among the problems.
    for (const variable of ['JWT_SECRET', 'DATABASE_URL', 'AUDIT_SIGNING_KEY', 'SECRETS_ENCRYPTION_KEY']) {
      if (source[variable] === undefined) problems.push({ variable, reason: 'is required in production' });
    }
    if (source.DATABASE_APP_URL === undefined && source.DATABASE_APP_PASSWORD === undefined) {
      problems.push({ variable: 'DATABASE_APP_PASSWORD', reason: 'is required in production (or DATABASE_APP_URL)' });
    }
    // Password resets are sent by email: without SMTP they would reach nobody.
    for (const variable of ['SMTP_HOST', 'EMAIL_FROM', 'PASSWORD_RESET_URL', 'STAFF_PASSWORD_RESET_URL']) {
      if (source[variable] === undefined) problems.push({ variable, reason: 'is required in production (password reset emails)' });
    }
    if (source.EMAIL_SENDER === 'development') {
      problems.push({ variable: 'EMAIL_SENDER', reason: 'cannot be development in production: it writes messages, reset links included, to the log' });
    }
  }
  if (source.NODE_ENV !== 'production' && source.EMAIL_SENDER === 'smtp' && source.SMTP_HOST === undefined) {
    problems.push({ variable: 'SMTP_HOST', reason: 'is required when EMAIL_SENDER is smtp' });
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';

  // The app role's password: given, or (outside production, when no app URL is given) the dev default.
  // Migrations set the role's password only when one is known here.
  const appPassword = env.DATABASE_APP_PASSWORD ?? (env.DATABASE_APP_URL || production ? undefined : DEV_APP_PASSWORD);
  const database: Config['database'] = env.DATABASE_URL
    ? {
        kind: 'external',
        ownerUrl: env.DATABASE_URL,
        appPassword,
        appUrl: env.DATABASE_APP_URL ?? appUrlFrom(env.DATABASE_URL, appPassword),
        poolMax: env.DATABASE_POOL_MAX,
      }
    : {
        kind: 'embedded',
        dir: env.EMBEDDED_PG_DIR,
        port: env.EMBEDDED_PG_PORT,
        appPassword: env.DATABASE_APP_PASSWORD ?? DEV_APP_PASSWORD,
        poolMax: env.DATABASE_POOL_MAX,
      };
  const embedded = database.kind === 'embedded';

  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    database,
    databaseTimeouts: {
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      acquireMs: env.DATABASE_ACQUIRE_TIMEOUT_MS,
    },
    redisUrl: env.REDIS_URL,
    jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    graphiql: env.GRAPHIQL ?? !production,
    migrateOnStart: env.MIGRATE_ON_START ?? embedded,
    seedDemo: env.SEED_DEMO ?? embedded,
    outboxPollMs: env.OUTBOX_POLL_MS,
    outboxRetentionHours: env.OUTBOX_RETENTION_HOURS,
    outboxPruneIntervalMs: env.OUTBOX_PRUNE_INTERVAL_MS,
    lookupCacheTtlMs: env.LOOKUP_CACHE_TTL_MS,
    auditSigningKey: env.AUDIT_SIGNING_KEY ?? DEV_AUDIT_SIGNING_KEY,
    auditCheckpointIntervalMs: env.AUDIT_CHECKPOINT_INTERVAL_MS,
    secretsEncryptionKey: env.SECRETS_ENCRYPTION_KEY ?? DEV_SECRETS_ENCRYPTION_KEY,
    paymentsReconciliationIntervalMs: env.PAYMENTS_RECONCILIATION_INTERVAL_MS,
    paymentsProviderTimeoutMs: env.PAYMENTS_PROVIDER_TIMEOUT_MS,
    walletHouseStripes: env.WALLET_HOUSE_STRIPES,
    walletHoldExpiryIntervalMs: env.WALLET_HOLD_EXPIRY_INTERVAL_MS,
    bonusExpiryIntervalMs: env.BONUS_EXPIRY_INTERVAL_MS,
    bonusCashbackIntervalMs: env.BONUS_CASHBACK_INTERVAL_MS,
    experimentOutcomesIntervalMs: env.EXPERIMENT_OUTCOMES_INTERVAL_MS,
    banditReweightIntervalMs: env.BANDIT_REWEIGHT_INTERVAL_MS,
    vipAccrualIntervalMs: env.VIP_ACCRUAL_INTERVAL_MS,
    vipExpiryIntervalMs: env.VIP_EXPIRY_INTERVAL_MS,
    vipReviewIntervalMs: env.VIP_REVIEW_INTERVAL_MS,
    vipRewardsIntervalMs: env.VIP_REWARDS_INTERVAL_MS,
    affiliateStatementsIntervalMs: env.AFFILIATE_STATEMENTS_INTERVAL_MS,
    kpiRollupIntervalMs: env.KPI_ROLLUP_INTERVAL_MS,
    kpiReconciliationIntervalMs: env.KPI_RECONCILIATION_INTERVAL_MS,
    collusion: { scanIntervalMs: env.COLLUSION_SCAN_INTERVAL_MS, minHands: env.COLLUSION_MIN_HANDS, flagScore: env.COLLUSION_FLAG_SCORE },
    risk: {
      linkCaseThreshold: env.RISK_LINK_CASE_THRESHOLD,
      linkSeatThreshold: env.RISK_LINK_SEAT_THRESHOLD,
      linkIpCrowd: env.RISK_LINK_IP_CROWD,
      depositCount: env.RISK_VELOCITY_DEPOSIT_COUNT,
      depositMinutes: env.RISK_VELOCITY_DEPOSIT_MINUTES,
      depositDaily: new Map(env.RISK_VELOCITY_DEPOSIT_DAILY.split(',').map((pair) => [pair.slice(0, 3), BigInt(pair.slice(4))] as const)),
      cycleHours: env.RISK_VELOCITY_CYCLE_HOURS,
      cycleMinPlayPercent: env.RISK_VELOCITY_CYCLE_MIN_PLAY_PERCENT,
    },
    jobs: { work: env.JOBS_WORK ?? true, maintenanceIntervalSeconds: env.JOBS_MAINTENANCE_INTERVAL_SECONDS },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    corsAllowedOrigins: (env.CORS_ALLOWED_ORIGINS ?? []).map((o) => new URL(o).origin),
    bodyLimitBytes: env.HTTP_BODY_LIMIT_BYTES,
    graphql: {
      // Off wherever GraphiQL is off, unless turned on explicitly.
      introspection: env.GRAPHQL_INTROSPECTION ?? env.GRAPHIQL ?? !production,
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxCost: env.GRAPHQL_MAX_COST,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      maxInputDepth: env.GRAPHQL_MAX_INPUT_DEPTH,
      trustedDocuments: env.TRUSTED_DOCUMENTS ? resolve(env.TRUSTED_DOCUMENTS_PATH ?? DEFAULT_TRUSTED_DOCUMENTS_PATH) : null,
    },
    rateLimit: {
      enabled: env.RATE_LIMIT_ENABLED,
      keyPrefix: env.RATE_LIMIT_KEY_PREFIX,
      apiKey: { points: env.RATE_LIMIT_API_KEY_POINTS, durationSeconds: env.RATE_LIMIT_API_KEY_DURATION_SECONDS },
      player: { points: env.RATE_LIMIT_PLAYER_POINTS, durationSeconds: env.RATE_LIMIT_PLAYER_DURATION_SECONDS },
      staff: { points: env.RATE_LIMIT_STAFF_POINTS, durationSeconds: env.RATE_LIMIT_STAFF_DURATION_SECONDS },
      ip: { points: env.RATE_LIMIT_IP_POINTS, durationSeconds: env.RATE_LIMIT_IP_DURATION_SECONDS },
    },
    email: {
      sender: env.EMAIL_SENDER ?? (env.SMTP_HOST ? 'smtp' : 'development'),
      from: env.EMAIL_FROM ?? 'Croupier <no-reply@croupier.localhost>',
      smtp: env.SMTP_HOST
        ? {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            // Implicit TLS on 465; elsewhere STARTTLS when the server offers it.
            secure: env.SMTP_SECURE ?? env.SMTP_PORT === 465,
            user: env.SMTP_USER,
            password: env.SMTP_PASSWORD,
          }
        : null,
      deliveryIntervalMs: env.EMAIL_DELIVERY_INTERVAL_MS,
      maxAttempts: env.EMAIL_MAX_ATTEMPTS,
    },
    passwordReset: {
      playerUrl: env.PASSWORD_RESET_URL ?? 'http://localhost:3000/reset-password',
      staffUrl: env.STAFF_PASSWORD_RESET_URL ?? 'http://localhost:3001/reset-password',
      // The affiliate's portal page that sets the password of an invitation (docs/affiliates.md).
      affiliateUrl: env.AFFILIATE_PASSWORD_URL ?? 'http://localhost:3002/set-password',
    },
    tracing: {
      exporter: env.TRACING,
      serviceName: env.OTEL_SERVICE_NAME,
      // As the OpenTelemetry spec reads them: the per-signal URL as given, the base URL + /v1/traces.
      otlpTracesUrl:
        env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? `${(env.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318').replace(/\/+$/, '')}/v1/traces`,
      sampler: { name: env.OTEL_TRACES_SAMPLER, ratio: env.OTEL_TRACES_SAMPLER_ARG },
    },
  };
}

/** loadConfig for the command-line entry points: a ConfigError is printed (one line per setting) and ends the process with code 2. */
export function loadConfigOrExit(source: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(source);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

/** An origin as a browser sends it: http or https, a host, maybe a port, and nothing after. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  } catch {
    return false;
  }
}

function trustProxyOf(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((a) => a.trim());
}
