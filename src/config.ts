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

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: postgresUrl.optional(),
  DATABASE_APP_URL: postgresUrl.optional(),
  DATABASE_APP_PASSWORD: z.string().min(8).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
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
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
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
  redisUrl: string | undefined;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  graphiql: boolean;
  migrateOnStart: boolean;
  seedDemo: boolean;
  outboxPollMs: number;
  shutdownGraceMs: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Invalid configuration: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

const DEV_JWT_SECRET = 'croupier-development-only-secret-do-not-deploy';
const DEV_APP_PASSWORD = 'croupier_app_dev';
export const APP_ROLE = 'croupier_app';

/** The app's connection URL: the owner's URL with the app role's credentials. */
export function appUrlFrom(ownerUrl: string, password: string | undefined): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password ?? '';
  return url.toString();
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  if (production && !env.JWT_SECRET) throw new ConfigError('JWT_SECRET', 'is required in production');
  if (production && !env.DATABASE_URL) throw new ConfigError('DATABASE_URL', 'is required in production');

  // The app role's password: given, or (outside production, when no app URL is given) the dev default.
  // Migrations set the role's password only when one is known here.
  const appPassword = env.DATABASE_APP_PASSWORD ?? (env.DATABASE_APP_URL || production ? undefined : DEV_APP_PASSWORD);
  if (production && !env.DATABASE_APP_URL && !env.DATABASE_APP_PASSWORD) {
    throw new ConfigError('DATABASE_APP_PASSWORD', 'or DATABASE_APP_URL is required in production');
  }
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
    redisUrl: env.REDIS_URL,
    jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    graphiql: env.GRAPHIQL ?? !production,
    migrateOnStart: env.MIGRATE_ON_START ?? embedded,
    seedDemo: env.SEED_DEMO ?? embedded,
    outboxPollMs: env.OUTBOX_POLL_MS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
  };
}
