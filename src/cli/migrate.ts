import { loadConfigOrExit } from '../config.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../observability/logger.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const { database } = config;
const embedded = database.kind === 'embedded' ? await startEmbeddedPostgres(database.dir, database.port, logger) : undefined;
const ownerUrl = database.kind === 'external' ? database.ownerUrl : embedded!.ownerUrl;
const { applied } = await migrate(ownerUrl, database.appPassword, logger);
// JSON like every other line on stdout, in the words `npm start` uses.
logger.info({ applied }, applied.length ? 'migrations applied' : 'database schema up to date');
await embedded?.stop();
