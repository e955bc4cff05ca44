/**
 * A worker process for the crash test (tests/e2e/jobs.test.ts): an API instance that works
 * the test-crash queue and prints `ready`; the test kills it with SIGKILL mid-job.
 */
import { appUrlFrom, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { createPlatform } from '../../src/platform.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { crashTestJob } from './test-jobs.js';

const databaseUrl = process.env.DATABASE_URL!;
const config = loadConfig({
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  DATABASE_URL: databaseUrl,
  DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
  LOG_LEVEL: 'silent',
  EMAIL_DELIVERY_INTERVAL_MS: '0',
});
await createPlatform(config, appUrlFrom(databaseUrl, TEST_APP_PASSWORD), createLogger(config.logLevel), { extraJobs: [crashTestJob] });
console.log('ready');
