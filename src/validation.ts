import type { z } from 'zod';
import { ValidationError } from './errors.js';

/** Parses input with a zod schema; a failure becomes a ValidationError naming each field path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({ path: [root, ...issue.path.map(String)], message: issue.message })),
  );
}
