import fc from 'fast-check';
import type pg from 'pg';
import {
  applyDamage,
  changedTables,
  damagesFor,
  hostileParameters,
  HOSTILE_RUNS,
  hostileValue,
  rarely,
  isMoneyPath,
  MAX_BIGINT,
  pathsOf,
  short,
  snapshot,
  STORED_FAILURE_TABLES,
  toJson,
  violation,
  type Damage,
  type Hostile,
  type HostileObject,
} from './hostile.js';

/** A mutation under attack: its document, who calls it, and a valid request to damage. */
export interface MutationCase {
  /** The root field, also the test's name. */
  field: string;
  /** The document, with typed variables; select `__typename` and `... on Error { code message }`. */
  document: string;
  /** The caller's headers (a principal allowed to call it, so the call reaches the input checks). */
  headers: () => Record<string, string>;
  /** Fresh valid variables (fresh ids and keys each time: a fresh hold, a fresh pending withdrawal...). */
  valid: () => Promise<HostileObject>;
  /** Attacks always tried first (fast-check examples), besides the generated ones. */
  examples?: Attack[];
  /** Runs after an accepted call (e.g. leave the poker table again). */
  afterAccepted?: () => Promise<void>;
}

export interface GraphqlTarget {
  graphqlUrl: string;
  db: pg.Client;
  snapshotQuery: string;
  tenantId: string;
  /** The server's error log, to name the cause of a 500 in the violation. */
  serverErrors?: { mark: () => number; since: (mark: number) => string };
}

export interface Attack {
  damages: Damage[];
  /** When set, `variables` is this value instead of the damaged object (a list, a string, null...). */
  wholeVariables: Hostile | null;
  /** Sends `variables` as a JSON-encoded string (a form GET/POST clients use). */
  variablesAsString: boolean;
}

export interface Outcome {
  status: number;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: string } }[] } | null;
}

export async function postRaw(url: string, body: string, headers: Record<string, string>): Promise<Outcome> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  let json: Outcome['json'] = null;
  try {
    json = JSON.parse(text) as Outcome['json'];
  } catch {
    json = null;
  }
  return { status: response.status, text, json };
}

/** What is wrong with an answer to hostile input, or null when it is acceptable. */
export function problemsOf(outcome: Outcome): string | null {
  if (outcome.status >= 500) return `HTTP ${outcome.status}`;
  const internal = outcome.json?.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (internal) return `INTERNAL_SERVER_ERROR: ${internal.message ?? ''}`;
  if (outcome.json === null && outcome.status < 400) return `HTTP ${outcome.status} with a body that is not JSON`;
  return null;
}

/** A refusal: a top-level error, no data, or a result that is one of the mutation's error types. */
export function refused(outcome: Outcome, field: string): boolean {
  if (outcome.status >= 400) return true;
  if (outcome.json?.errors?.length) return true;
  const result = outcome.json?.data?.[field] as { code?: unknown } | null | undefined;
  return !result || typeof result.code === 'string';
}

export function attackArbitrary(shape: HostileObject): fc.Arbitrary<Attack> {
  return fc.record({
    damages: damagesFor(shape),
    wholeVariables: rarely(hostileValue, 12),
    variablesAsString: fc.nat(4).map((n) => n === 0),
  });
}

/**
 * The property for one mutation: a valid request with one to three fields damaged (replaced by a
 * hostile value, removed, duplicated as a repeated JSON key, or joined by an extra key such as
 * `__proto__`), sent as raw JSON. Never a 5xx, never INTERNAL_SERVER_ERROR, and a refused call
 * leaves every row of the tenant as it was.
 */
export async function attackMutation(target: GraphqlTarget, c: MutationCase, runs?: number): Promise<void> {
  const shape = await c.valid();
  // Every amount at 2^63 − 1 (a credit past the column's range), always tried.
  const edges: Attack[] = pathsOf(shape)
    .filter(isMoneyPath)
    .map((path) => ({ damages: [{ kind: 'replace', path, value: MAX_BIGINT }], wholeVariables: null, variablesAsString: false }));
  // The valid request itself (plus an unknown variable), always tried: a mutation may fail on good input too.
  const baseline: Attack = { damages: [{ kind: 'extra', path: [], key: 'hostileNote', value: 'x' }], wholeVariables: null, variablesAsString: false };
  const examples = [baseline, ...edges, ...(c.examples ?? [])].map((a): [Attack] => [a]);
  await fc.assert(
    fc.asyncProperty(attackArbitrary(shape), async (attack) => {
      const variables = attack.damages.reduce<Hostile>((tree, d) => applyDamage(tree, d), await c.valid());
      const variablesJson = attack.wholeVariables !== null ? toJson(attack.wholeVariables) : toJson(variables);
      const body = `{"query":${JSON.stringify(c.document)},"variables":${attack.variablesAsString ? JSON.stringify(variablesJson) : variablesJson}}`;
      const before = await snapshot(target.db, target.snapshotQuery, target.tenantId);
      const mark = target.serverErrors?.mark() ?? 0;
      const outcome = await postRaw(target.graphqlUrl, body, c.headers());
      const problem = withCause(problemsOf(outcome), target, mark);
      if (problem) return violation({ target: c.field, request: short(variablesJson, 2000), problem, answer: short(outcome.text, 1000) });
      if (refused(outcome, c.field)) {
        const after = await snapshot(target.db, target.snapshotQuery, target.tenantId);
        const result = outcome.json?.data?.[c.field] as { code?: unknown } | null | undefined;
        const storedFailure = !outcome.json?.errors?.length && typeof result?.code === 'string' && result.code !== 'VALIDATION_FAILED';
        const changed = changedTables(before, after, storedFailure ? STORED_FAILURE_TABLES : []);
        if (changed.length) {
          return violation({ target: c.field, request: short(variablesJson, 2000), problem: `refused but wrote to ${changed.join(', ')}`, answer: short(outcome.text, 1000) });
        }
      } else if (c.afterAccepted) {
        await c.afterAccepted();
      }
      return true;
    }),
    // fast-check counts examples in numRuns: the generated runs come on top of them.
    { ...hostileParameters(runs), numRuns: (runs ?? HOSTILE_RUNS) + examples.length, examples },
  );
}

function withCause(problem: string | null, target: GraphqlTarget, mark: number): string | null {
  if (!problem || !target.serverErrors) return problem;
  const cause = target.serverErrors.since(mark);
  return cause ? `${problem} [server: ${cause}]` : problem;
}
