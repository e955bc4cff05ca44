/**
 * The outbox keeps published events for OUTBOX_RETENTION_HOURS, then the outbox-retention job
 * deletes them; events not yet published are kept whatever their age.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jobDefinitions } from '../../src/modules.js';
import { pruneOutbox } from '../../src/jobs/outbox-retention.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { tenantUuid } from '../helpers/ledger-invariants.js';

let server: TestServer;
let owner: pg.Client;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startServer();
  tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

/**
 * An event of the test's tenant, created and (unless null) published `publishedHoursAgo` hours
 * ago. An event that old sits where it would in a real outbox, before every other one
 * (`outbox_prune` reads the oldest positions first): the test database holds thousands of
 * recent events of the other test files.
 */
async function event(publishedHoursAgo: number | null, createdHoursAgo: number): Promise<string> {
  const id = randomUUID();
  await owner.query(
    `insert into outbox_event (position, id, tenant_id, stream, seq, type, payload, created_at, published_at)
     values (case when $5::integer > 24 then (select least(min(position), 0) - 1 from outbox_event) else nextval('outbox_event_position_seq') end,
             $1, $2, $3, 1, 'test.retention', '{}', now() - make_interval(hours => $4),
             case when $5::integer is null then null else now() - make_interval(hours => $5::integer) end)`,
    [id, tenantUuid(tenant), `retention:${id}`, createdHoursAgo, publishedHoursAgo],
  );
  return id;
}

const kept = async (ids: string[]) =>
  (await owner.query<{ id: string }>(`select id from outbox_event where id = any ($1::uuid[])`, [ids])).rows.map((r) => r.id).sort();

describe('outbox retention', () => {
  it('deletes events published longer ago than the retention, and keeps recent and unpublished ones', async () => {
    const old = await event(200, 200);
    const recent = await event(2, 200);
    const unpublished = await event(null, 400);
    // The running relay may publish the unpublished one meanwhile: then it is recent, and kept all the same.
    // The servers of other test files share this database and run the same job when they start, so
    // the old event may be gone before this call: what is left is the check, not the count.
    await pruneOutbox(server.platform.services, 168);
    expect(await kept([old, recent, unpublished])).toEqual([recent, unpublished].sort());
  });

  it('is a periodic job of the durable queue, every OUTBOX_PRUNE_INTERVAL_MS', () => {
    const { config, jobs } = server.platform.services;
    const job = jobDefinitions.find((j) => j.name === 'outbox-retention');
    expect(job?.every?.(config)).toBe(config.outboxPruneIntervalMs);
    expect(jobs.definition('outbox-retention')).toBe(job);
  });
});
