import { defineScrapeGauge, perScrape, scrapeQuery } from '../observability/scrape.js';

/** The unpublished count stops here: past it the figure only says "a lot", and counting costs. */
export const OUTBOX_COUNT_CAP = 100_000;

const backlogOfScrape = perScrape(async (services) => {
  const [row] = await scrapeQuery<{ unpublished: string; oldest_age_seconds: number }>(services.sql, 'select * from outbox_backlog($1)', [OUTBOX_COUNT_CAP]);
  return { unpublished: Number(row?.unpublished ?? 0), oldestAgeSeconds: row?.oldest_age_seconds ?? 0 };
});

/**
 * The outbox backlog of every tenant on /metrics, read at scrape time through the owner's
 * `outbox_backlog` function (the app role sees no tenant's rows without its tenant set).
 */
export const outboxGauges = [
  defineScrapeGauge({
    name: 'croupier_outbox_unpublished_events',
    help: `Outbox events committed and not yet published, all tenants (counted up to ${OUTBOX_COUNT_CAP})`,
    read: async (services) => (await backlogOfScrape(services)).unpublished,
  }),
  defineScrapeGauge({
    name: 'croupier_outbox_oldest_unpublished_age_seconds',
    help: 'Age of the oldest unpublished outbox event, all tenants (0 when none waits)',
    read: async (services) => (await backlogOfScrape(services)).oldestAgeSeconds,
  }),
];
