/**
 * Every SQL statement on a tenant path names its tenant (docs/scaling.md, "Statements"). Under
 * Citus a statement is routed to the one worker that holds the tenant only when each distributed
 * table it touches is filtered by `tenant_id` or joined on it; row-level security adds the
 * predicate too late for the router. This test reads the project's source for SQL text (string
 * and template literals that start with select/insert/update/delete/with), finds the tenant
 * tables each one names (tables with a tenant_id column, read from the migrated catalog), and
 * fails on a statement that:
 *   - names a tenant table and carries no tenant predicate (`tenant_id =`, `tenant_id in`,
 *     `tenant_id = any`, a row comparison `(tenant_id, …) =`/`in`, or `using (tenant_id…)`), or an
 *     insert whose column list has no tenant_id;
 *   - names k ≥ 2 tenant tables and mentions tenant_id fewer than k times (a join not on the
 *     tenant, which Citus would have to repartition).
 * A statement that crosses tenants by design (a platform job, the outbox relay) says so inside
 * its SQL with a comment `/* all-tenants: <why> *\/`.
 * What it cannot see: SQL assembled from pieces whose tenant predicate is in an interpolated
 * part (write the predicate in the literal), and statements in files outside src/ and modules/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['src', 'modules'];
/** The staff console's browser code holds GraphQL, not SQL. */
const SKIPPED_DIRS = [join('src', 'console', 'app')];

interface Statement {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (SKIPPED_DIRS.some((skipped) => relative(ROOT, path) === skipped)) continue;
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** String and template literals that read as SQL statements. */
function statementsOf(file: string): Statement[] {
  const source = readFileSync(file, 'utf8');
  const out: Statement[] = [];
  const literal = /`((?:[^`\\]|\\.)*)`|'((?:[^'\\\n]|\\.)*)'/g;
  for (let match = literal.exec(source); match; match = literal.exec(source)) {
    const text = match[1] ?? match[2] ?? '';
    if (!/^\s*(?:--[^\n]*\n\s*)*(with|select|insert|update|delete)\b/i.test(text)) continue;
    if (!/\b(from|into|update|join)\b/i.test(text)) continue;
    out.push({ file: relative(ROOT, file), line: source.slice(0, match.index).split('\n').length, text });
  }
  return out;
}

/** The tenant tables a statement reads or writes. */
function tenantTablesOf(text: string, tenantTables: Set<string>): string[] {
  const named = new Set<string>();
  const reference = /\b(?:from|join|into|update|using)\s+(?:only\s+)?([a-z_][a-z0-9_]*)/gi;
  for (let match = reference.exec(text); match; match = reference.exec(text)) {
    const table = match[1]!.toLowerCase();
    if (tenantTables.has(table)) named.add(table);
  }
  // `delete from a using b`, `from a, b`: the tables after a comma in a from list.
  const list = /\bfrom\s+[a-z_][a-z0-9_]*(?:\s+(?:as\s+)?[a-z_][a-z0-9_]*)?((?:\s*,\s*[a-z_][a-z0-9_]*(?:\s+(?:as\s+)?[a-z_][a-z0-9_]*)?)+)/gi;
  for (let match = list.exec(text); match; match = list.exec(text)) {
    for (const part of match[1]!.split(',')) {
      const table = part.trim().split(/\s+/)[0]?.toLowerCase();
      if (table && tenantTables.has(table)) named.add(table);
    }
  }
  return [...named];
}

const TENANT_PREDICATE = /\btenant_id\s*(?:=|\bin\b|\bis\s+not\s+distinct\s+from\b)|\(\s*(?:[a-z_]+\.)?tenant_id\s*,[^()]*\)\s*(?:=|\bin\b)|\busing\s*\(\s*tenant_id\b|=\s*(?:[a-z_]+\.)?tenant_id\b/i;

function problemOf(statement: Statement, tenantTables: Set<string>): string | null {
  const text = statement.text;
  if (/\/\*\s*all-tenants:\s*\S/.test(text)) return null;
  const tables = tenantTablesOf(text, tenantTables);
  if (tables.length === 0) return null;
  const isInsert = /^\s*(?:--[^\n]*\n\s*)*insert\b/i.test(text);
  if (isInsert) {
    const columns = /insert\s+into\s+[a-z_][a-z0-9_]*(?:\s+as\s+[a-z_][a-z0-9_]*)?\s*\(([^)]*)\)/i.exec(text)?.[1] ?? '';
    if (!/\btenant_id\b/.test(columns)) return `inserts into ${tables.join(', ')} without a tenant_id column`;
    // An insert … select reads tables too: the select part needs its own predicate.
    const rest = text.slice(text.search(/\)\s*/) + 1);
    const readTables = tenantTablesOf(rest, tenantTables);
    if (readTables.length > 0 && /\bselect\b/i.test(rest) && !TENANT_PREDICATE.test(rest)) {
      return `inserts from ${readTables.join(', ')} without a tenant predicate`;
    }
    return null;
  }
  if (!TENANT_PREDICATE.test(text)) return `reads or writes ${tables.join(', ')} without a tenant predicate`;
  const mentions = text.match(/\btenant_id\b/g)?.length ?? 0;
  if (tables.length >= 2 && mentions < tables.length) {
    return `joins ${tables.join(', ')} but names tenant_id ${mentions} time(s): each tenant table needs a filter or a join on tenant_id`;
  }
  return null;
}

describe('tenant predicates in SQL statements (Citus routing)', () => {
  let tenantTables: Set<string>;
  let functions: { name: string; body: string }[];

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string }>(
        `select c.relname as table_name
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`,
      );
      tenantTables = new Set(rows.map((r) => r.table_name));
      const bodies = await client.query<{ name: string; body: string }>(
        `select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as name, p.prosrc as body
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'public' and p.prokind = 'f'`,
      );
      functions = bodies.rows;
    } finally {
      await client.end();
    }
  });

  it('knows the tenant tables from the catalog', () => {
    expect(tenantTables.has('ledger_entry')).toBe(true);
    expect(tenantTables.has('tenant')).toBe(false);
  });

  it('finds a missing predicate (the checker itself)', () => {
    const s = (text: string): Statement => ({ file: 'x.ts', line: 1, text });
    expect(problemOf(s('select * from ledger_account where id = ?'), tenantTables)).toMatch(/without a tenant predicate/);
    expect(problemOf(s('select * from ledger_account where tenant_id = ? and id = ?'), tenantTables)).toBeNull();
    expect(problemOf(s('insert into player (id, email) values (?, ?)'), tenantTables)).toMatch(/without a tenant_id column/);
    expect(problemOf(s('insert into player (id, tenant_id) values (?, ?)'), tenantTables)).toBeNull();
    expect(
      problemOf(s('select * from ledger_entry e join ledger_account a on a.id = e.account_id where e.tenant_id = ?'), tenantTables),
    ).toMatch(/joins/);
    expect(
      problemOf(s('select * from ledger_entry e join ledger_account a on a.tenant_id = e.tenant_id and a.id = e.account_id where e.tenant_id = ?'), tenantTables),
    ).toBeNull();
    expect(problemOf(s('select * from outbox_event /* all-tenants: the relay publishes every tenant */ where position > ?'), tenantTables)).toBeNull();
    expect(problemOf(s('select * from tenant where slug = ?'), tenantTables)).toBeNull();
  });

  it('every statement on a tenant table in src/ and modules/ names its tenant', () => {
    const problems: string[] = [];
    for (const dir of SOURCE_DIRS) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        for (const statement of statementsOf(file)) {
          const problem = problemOf(statement, tenantTables);
          if (problem) problems.push(`${statement.file}:${statement.line}: ${problem}`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('every statement of a SQL function on a tenant table names its tenant', () => {
    const problems: string[] = [];
    for (const fn of functions) {
      for (const text of functionStatements(fn.body)) {
        const problem = problemOf({ file: fn.name, line: 0, text }, tenantTables);
        if (problem) problems.push(`${fn.name}: ${problem}: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

/**
 * The statements of a function body: split at semicolons, each from its first
 * select/insert/update/delete/with keyword (PL/pgSQL wraps them in if/loop/return query).
 */
function functionStatements(body: string): string[] {
  const withoutComments = body.replace(/--[^\n]*/g, '');
  const out: string[] = [];
  for (const part of withoutComments.split(';')) {
    const start = part.search(/\b(with|select|insert|update|delete)\b/i);
    if (start < 0) continue;
    const text = part.slice(start);
    if (/\b(from|into|update|join)\b/i.test(text)) out.push(text);
  }
  return out;
}
