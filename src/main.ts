import { appUrlFrom, loadConfigOrExit } from './config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { migrate } from './db/migrate.js';
import { createLogger } from './observability/logger.js';
import { shutdownTracing, startTracingFromConfig } from './observability/tracing.js';
import { createPlatform, type Platform } from './platform.js';
import { PortInUseError } from './ports.js';
import { SANDBOX_DELAY_MS } from '../modules/payments/adapters/sandbox.adapter.js';
import { DEMO, seedDemo } from './seed.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // Before the logger, so its lines carry trace ids (docs/observability.md, Tracing).
  await startTracingFromConfig(config.tracing);
  const logger = createLogger(config.logLevel);
  if (config.seedDemo && config.env === 'production') {
    // Refused before anything starts (seedDemo refuses too: SandboxRefusedInProductionError).
    console.error('SEED_DEMO: the demo seed (logins with known passwords, the sandbox payment provider) is for development and test only; it is refused when NODE_ENV=production.');
    process.exit(2);
  }

  let embedded: EmbeddedDatabase | undefined;
  let platform: Platform | undefined;
  let url: string;
  try {
    let ownerUrl: string;
    let appUrl: string;
    if (config.database.kind === 'embedded') {
      embedded = await startEmbeddedPostgres(config.database.dir, config.database.port, logger);
      ownerUrl = embedded.ownerUrl;
      appUrl = appUrlFrom(ownerUrl, config.database.appPassword);
    } else {
      ownerUrl = config.database.ownerUrl;
      appUrl = config.database.appUrl;
    }
    if (config.migrateOnStart) {
      const { applied } = await migrate(ownerUrl, config.database.appPassword, logger);
      logger.info({ applied }, applied.length ? 'migrations applied' : 'database schema up to date');
    }

    platform = await createPlatform(config, appUrl, logger);
    url = await platform.listen();
    // After listen: the seed's sandbox deposit completes by a webhook to this server.
    if (config.seedDemo) {
      await seedDemo(platform.services, { url });
    }
  } catch (error) {
    // Whatever did start is stopped, so a failed start leaves no PostgreSQL running behind it.
    await platform?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    if (error instanceof PortInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const running = platform;
  const events = config.redisUrl ? 'Redis pub/sub' : 'in-process event bus';
  const lines = [
    `Croupier is listening on ${url}/graphql (${events}; database: ${embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`,
    config.graphiql ? `GraphiQL: ${url}/graphiql` : undefined,
    `Staff console: ${url}/console`,
  ];
  if (config.seedDemo) {
    lines.push(
      `Demo tenant "${DEMO.tenant.slug}" (send header X-Tenant: ${DEMO.tenant.slug})`,
      `  platform staff: ${DEMO.platformAdmin.email} / ${DEMO.platformAdmin.password}`,
      `  tenant admin:   ${DEMO.tenantAdmin.email} / ${DEMO.tenantAdmin.password} (staffLogin with tenant "${DEMO.tenant.slug}")`,
      `  risk analyst:   ${DEMO.riskAnalyst.email} / ${DEMO.riskAnalyst.password} (staffLogin with tenant "${DEMO.tenant.slug}")`,
      `  player:         ${DEMO.player.email} / ${DEMO.player.password} (${DEMO.funding.display} deposited through the sandbox provider)`,
      `  ${DEMO.games.length} games; payment provider "${DEMO.sandbox.code}" completes deposits and payouts by itself (about ${SANDBOX_DELAY_MS / 1000} s)`,
    );
  }
  console.log(lines.filter(Boolean).join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('graceful shutdown timed out');
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    await running.close();
    // The spans of the last requests and of shutdown are exported before the process ends.
    await shutdownTracing().catch((error: unknown) => logger.error({ err: error }, 'flushing traces failed'));
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
