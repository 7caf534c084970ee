import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids, so rows created together sit together in indexes, and any desk can mint one offline. */
export function newId(): string {
  return uuidv7();
}
