/**
 * The migrated schema is Citus-ready (docs/scaling.md, "Citus: sharding by tenant"). Read from
 * PostgreSQL's catalog of this run's database, it fails on:
 *   - a table of `public` that is neither a tenant table (a `tenant_id` column) nor classified in
 *     src/db/citus.ts, or a classified table that does not exist or is of the wrong kind;
 *   - a distributed tenant table whose `tenant_id` may be null, or whose primary key, a unique
 *     constraint or a unique index (partial ones too) lacks `tenant_id`;
 *   - a foreign key between distributed tables that does not map `tenant_id` to `tenant_id`;
 *   - a foreign key from a distributed table to a table that is not a reference table, or to a
 *     distributed table from one that is not distributed;
 *   - a reference table with a foreign key to a table that is not a reference table;
 *   - a schema other than `public` and the coordinator-local ones.
 * Row-level security of every tenant table is tests/e2e/rls.test.ts's job. Citus itself is not
 * run here (it is not in Debian's archive): this is the catalog side of its rules.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  COORDINATOR_LOCAL_SCHEMAS,
  COORDINATOR_LOCAL_TENANT_TABLES,
  GLOBAL_TABLES,
  type GlobalTable,
} from '../../src/db/citus.js';
import { TEST_JOBS_SCHEMA } from '../helpers/test-jobs.js';

interface Placement {
  globalTables: readonly GlobalTable[];
  localTenantTables: readonly GlobalTable[];
}

interface TableRow {
  name: string;
  has_tenant: boolean;
  tenant_not_null: boolean;
}

interface ConstraintRow {
  name: string;
  table_name: string;
  kind: 'p' | 'u' | 'f';
  columns: string[];
  ref_table: string | null;
  ref_columns: string[] | null;
}

interface UniqueIndexRow {
  name: string;
  table_name: string;
  columns: (string | null)[];
}

/** Every rule above, for the tables of one schema; one line per problem. */
async function catalogProblems(client: pg.Client, schema: string, placement: Placement): Promise<string[]> {
  const problems: string[] = [];
  const tables = (
    await client.query<TableRow>(
      `select c.relname as name, a.attname is not null as has_tenant, coalesce(a.attnotnull, false) as tenant_not_null
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         left join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where n.nspname = $1 and c.relkind in ('r', 'p')`,
      [schema],
    )
  ).rows;
  const byName = new Map(tables.map((t) => [t.name, t]));
  const globalPlacement = new Map(placement.globalTables.map((t) => [t.table, t.placement]));
  const localTenant = new Set(placement.localTenantTables.map((t) => t.table));

  for (const t of placement.globalTables) {
    const row = byName.get(t.table);
    if (!row) problems.push(`${t.table}: classified in src/db/citus.ts but not in the catalog`);
    else if (row.has_tenant) problems.push(`${t.table}: classified as a global table but has a tenant_id column`);
  }
  for (const t of placement.localTenantTables) {
    const row = byName.get(t.table);
    if (!row || !row.has_tenant) problems.push(`${t.table}: classified as a coordinator-local tenant table but has no tenant_id column`);
  }
  const distributed = new Set<string>();
  for (const t of tables) {
    if (t.has_tenant && !localTenant.has(t.name)) {
      distributed.add(t.name);
      if (!t.tenant_not_null) problems.push(`${t.name}: tenant_id may be null (the distribution column may not)`);
    } else if (!t.has_tenant && !globalPlacement.has(t.name)) {
      problems.push(`${t.name}: a table without tenant_id that src/db/citus.ts does not classify (reference or coordinator-local)`);
    }
  }
  const placementOf = (table: string): string =>
    distributed.has(table) ? 'distributed' : localTenant.has(table) ? 'coordinator-local' : (globalPlacement.get(table) ?? 'unclassified');

  const constraints = (
    await client.query<ConstraintRow>(
      `select k.conname as name, c.relname as table_name, k.contype as kind,
              array(select a.attname::text from unnest(k.conkey) with ordinality x(num, ord)
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x.num order by x.ord) as columns,
              rc.relname as ref_table,
              case when k.contype = 'f' then
                array(select a.attname::text from unnest(k.confkey) with ordinality x(num, ord)
                        join pg_attribute a on a.attrelid = k.confrelid and a.attnum = x.num order by x.ord) end as ref_columns
         from pg_constraint k
         join pg_class c on c.oid = k.conrelid
         join pg_namespace n on n.oid = c.relnamespace
         left join pg_class rc on rc.oid = k.confrelid
        where n.nspname = $1 and k.contype in ('p', 'u', 'f')`,
      [schema],
    )
  ).rows;
  for (const table of distributed) {
    if (!constraints.some((k) => k.table_name === table && k.kind === 'p')) problems.push(`${table}: no primary key`);
  }
  for (const k of constraints) {
    const from = placementOf(k.table_name);
    if (k.kind === 'p' || k.kind === 'u') {
      if (from === 'distributed' && !k.columns.includes('tenant_id')) {
        problems.push(`${k.table_name}: ${k.kind === 'p' ? 'primary key' : 'unique constraint'} ${k.name} (${k.columns.join(', ')}) lacks tenant_id`);
      }
      continue;
    }
    const to = placementOf(k.ref_table ?? '');
    const fk = `${k.table_name}: foreign key ${k.name} (${k.columns.join(', ')}) -> ${k.ref_table} (${(k.ref_columns ?? []).join(', ')})`;
    if (from === 'distributed' && to === 'distributed') {
      const at = k.columns.indexOf('tenant_id');
      if (at < 0 || k.ref_columns?.[at] !== 'tenant_id') problems.push(`${fk} does not map tenant_id to tenant_id`);
    } else if (from === 'distributed' && to !== 'reference') {
      problems.push(`${fk} points from a distributed table to a ${to} table (only reference tables may be its target)`);
    } else if (from !== 'distributed' && to === 'distributed') {
      problems.push(`${fk} points from a ${from} table to a distributed one`);
    } else if (from === 'reference' && to !== 'reference') {
      problems.push(`${fk} points from a reference table to a ${to} table`);
    }
  }

  // Unique indexes that back no constraint (the constraints were checked above).
  const indexes = (
    await client.query<UniqueIndexRow>(
      `select ic.relname as name, c.relname as table_name,
              array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality x(num, ord)
                      left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = x.num order by x.ord) as columns
         from pg_index i
         join pg_class ic on ic.oid = i.indexrelid
         join pg_class c on c.oid = i.indrelid
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and i.indisunique
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid)`,
      [schema],
    )
  ).rows;
  for (const index of indexes) {
    if (placementOf(index.table_name) === 'distributed' && !index.columns.includes('tenant_id')) {
      problems.push(`${index.table_name}: unique index ${index.name} lacks tenant_id`);
    }
  }
  return problems.sort();
}

describe('Citus-ready catalog', () => {
  let client: pg.Client;
  const scratch = `citus_check_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
  });

  afterAll(async () => {
    await client.query(`drop schema if exists ${scratch} cascade`);
    await client.end();
  });

  it('every table of the migrated schema keeps the rules of its Citus placement', async () => {
    const problems = await catalogProblems(client, 'public', { globalTables: GLOBAL_TABLES, localTenantTables: COORDINATOR_LOCAL_TENANT_TABLES });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('knows the distributed tables from the catalog (the checker sees the schema at all)', async () => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::integer as n from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace s on s.oid = c.relnamespace
        where s.nspname = 'public' and k.contype = 'f' and k.conkey[1] = (select attnum from pg_attribute where attrelid = k.conrelid and attname = 'tenant_id')
          and k.confrelid <> 'tenant'::regclass`,
    );
    // Tenant-to-tenant foreign keys composite with the tenant: 70 made by the Citus keys migration, 18 before.
    expect(rows[0]!.n).toBeGreaterThanOrEqual(88);
  });

  it('no schema besides public holds tables, other than the coordinator-local ones', async () => {
    const { rows } = await client.query<{ schema: string }>(
      `select distinct n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname not in ('public', 'pg_catalog', 'information_schema', 'pg_toast')
          and n.nspname not like 'pg_temp%' and n.nspname not like 'citus_check_%'`,
    );
    // The run's database is shared with the other test files: the test jobs' schema is theirs.
    const product = rows.map((r) => r.schema).filter((s) => s !== TEST_JOBS_SCHEMA);
    expect(product.filter((s) => !COORDINATOR_LOCAL_SCHEMAS.includes(s))).toEqual([]);
  });

  it('reports each kind of bad table (the checker itself)', async () => {
    await client.query(`create schema ${scratch}`);
    const s = scratch;
    await client.query(`
      create table ${s}.tenant (id uuid primary key);
      create table ${s}.catalogue (id integer primary key);
      create table ${s}.loose (id integer primary key);
      -- Good: composite keys, a partial unique index with the tenant, a composite foreign key.
      create table ${s}.good (
        tenant_id uuid not null references ${s}.tenant (id), id uuid not null, code text not null,
        primary key (tenant_id, id));
      create unique index good_code_uq on ${s}.good (tenant_id, code) where code <> '';
      create table ${s}.good_child (
        tenant_id uuid not null references ${s}.tenant (id), id uuid not null, good_id uuid not null,
        primary key (tenant_id, id), foreign key (tenant_id, good_id) references ${s}.good (tenant_id, id));
      -- Bad, one rule each.
      create table ${s}.bad_pk (id uuid primary key, tenant_id uuid not null references ${s}.tenant (id));
      create table ${s}.bad_null (tenant_id uuid, id uuid not null);
      create table ${s}.bad_unique (
        tenant_id uuid not null, id uuid not null, code text not null, primary key (tenant_id, id), unique (code));
      create unique index bad_partial_uq on ${s}.bad_unique (lower(code)) where code <> '';
      create table ${s}.bad_fk (
        tenant_id uuid not null, id uuid not null, good_id uuid not null, catalogue_id integer references ${s}.catalogue (id),
        primary key (tenant_id, id), foreign key (good_id, tenant_id) references ${s}.good (tenant_id, id));
      create table ${s}.bad_ref (id integer primary key, good_tenant uuid, good_id uuid,
        foreign key (good_tenant, good_id) references ${s}.good (tenant_id, id));
    `);
    const problems = await catalogProblems(client, s, {
      globalTables: [
        { table: 'tenant', placement: 'reference', reason: 'test' },
        { table: 'catalogue', placement: 'coordinator-local', reason: 'test' },
        { table: 'bad_ref', placement: 'reference', reason: 'test' },
        { table: 'missing', placement: 'reference', reason: 'test' },
      ],
      localTenantTables: [],
    });
    const text = problems.join('\n');
    expect(problems.filter((p) => p.startsWith('good'))).toEqual([]);
    expect(text).toMatch(/^bad_pk: primary key bad_pk_pkey \(id\) lacks tenant_id$/m);
    expect(text).toMatch(/^bad_null: tenant_id may be null/m);
    expect(text).toMatch(/^bad_null: no primary key$/m);
    expect(text).toMatch(/^bad_unique: unique constraint bad_unique_code_key \(code\) lacks tenant_id$/m);
    expect(text).toMatch(/^bad_unique: unique index bad_partial_uq lacks tenant_id$/m);
    expect(text).toMatch(/^bad_fk: foreign key \S+ \(good_id, tenant_id\) -> good \(tenant_id, id\) does not map tenant_id to tenant_id$/m);
    expect(text).toMatch(/^bad_fk: foreign key \S+ \(catalogue_id\) -> catalogue \(id\) points from a distributed table to a coordinator-local table/m);
    expect(text).toMatch(/^bad_ref: foreign key \S+ \(good_tenant, good_id\) -> good \(tenant_id, id\) points from a reference table to a distributed one$/m);
    expect(text).toMatch(/^loose: a table without tenant_id that src\/db\/citus.ts does not classify/m);
    expect(text).toMatch(/^missing: classified in src\/db\/citus.ts but not in the catalog$/m);
    expect(problems).toHaveLength(10);
  });
});
