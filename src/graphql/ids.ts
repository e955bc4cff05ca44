import { isUuid } from '../ids.js';
import { NotFoundError } from '../errors.js';

/**
 * The local id of a parsed global ID argument. A well-formed global ID whose local part is
 * not one of our UUIDs names nothing that exists, so it is reported as not found.
 */
export function decodeIdOf(id: { id: string; typename: string }): string {
  if (!isUuid(id.id)) throw new NotFoundError(id.typename);
  return id.id;
}
