import { loadConfigOrExit } from '../config.js';
import { createLogger } from '../observability/logger.js';
import { createPlatform } from '../platform.js';

/**
 * `npm run worker`: a process that only works the job queues, without HTTP, for deployments
 * that run job workers apart from the API instances (which then set JOBS_WORK=false). The same
 * code as an API instance; it needs DATABASE_URL (the embedded database serves one process).
 */
const config = loadConfigOrExit();
if (config.database.kind !== 'external') {
  console.error('npm run worker: set DATABASE_URL (and DATABASE_APP_PASSWORD); a worker shares the database of the API instances.');
  process.exit(2);
}
const logger = createLogger(config.logLevel);
const platform = await createPlatform({ ...config, jobs: { ...config.jobs, work: true } }, config.database.appUrl, logger);
logger.info({ queues: platform.services.jobs.names }, 'job worker started');

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'job worker stopping: running jobs finish or are failed for a retry');
  await platform.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
