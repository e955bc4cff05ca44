import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nestsDeeperThan } from '../../src/graphql/input-depth.js';
import { scrubUrl } from '../../src/observability/redact.js';

/** A value nested `levels` deep, built without recursion. */
function nested(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** The depth by the definition, recursively (for small values only). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('nestsDeeperThan', () => {
  it('counts each array or object level; scalars are 0', () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: null }] }, 2)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: null }] }, 3)).toBe(false);
  });

  it('takes 1,000,000 levels without recursion', () => {
    expect(nestsDeeperThan(nested(1_000_000, 'array'), 64)).toBe(true);
    expect(nestsDeeperThan(nested(1_000_000, 'object'), 64)).toBe(true);
    expect(nestsDeeperThan(nested(64, 'object'), 64)).toBe(false);
  });

  it('agrees with the recursive definition', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, limit) => {
        expect(nestsDeeperThan(value, limit)).toBe(depthOf(value) > limit);
      }),
    );
  });
});

describe('scrubUrl with deeply nested GET parameters', () => {
  it('does not overflow the stack, and keeps shallow values as they were', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(() => scrubUrl(`/graphql?variables=${encodeURIComponent(deep)}`)).not.toThrow();
    expect(scrubUrl('/graphql?variables=%7B%22a%22%3A1%7D')).toBe('/graphql?variables=%7B%22a%22%3A1%7D');
  });
});
