import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { isUuid } from '../ids.js';
import { InvalidIdError } from '../errors.js';

/** The global ID clients see for a row of a Node type: base64 of `Typename:uuid`. */
export function globalIdOf(typename: string, localId: string): string {
  return encodeGlobalID(typename, localId);
}

/**
 * The local UUID behind a global ID argument that must name one of `expected` (Node type
 * names). A raw UUID, a malformed value, or another type's ID is an InvalidIdError naming the
 * expected type and the argument's path, e.g. ['input', 'playerId'].
 */
export function localIdOf(globalId: string, expected: string | readonly string[], path: string[]): string {
  const types = typeof expected === 'string' ? [expected] : expected;
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new InvalidIdError(types.join(' or '), path);
  }
  if (!types.includes(decoded.typename) || !isUuid(decoded.id)) throw new InvalidIdError(types.join(' or '), path);
  return decoded.id;
}

/** `localIdOf` for an optional argument: absent stays absent. */
export function optionalLocalIdOf(globalId: string | null | undefined, expected: string | readonly string[], path: string[]): string | undefined {
  return globalId == null ? undefined : localIdOf(globalId, expected, path);
}
