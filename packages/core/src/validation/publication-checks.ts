/**
 * `isValidPublication`, in a module of its own without the texts of the schema's issues
 * (validate-publication.ts): a page that only keeps or skips publications does not load those texts,
 * even when another part of it shows them later. A publication has no checks beyond its schema.
 */
import { publicationValidator } from '../generated/validators/publication.js';
import type { Publication } from '../model.js';
import { passes } from './checks.js';

/**
 * True when `validatePublication(value).ok` would be: for code that only keeps or skips a value and
 * shows no message, so it does not load the texts of the issues.
 */
export function isValidPublication(value: unknown): value is Publication {
  return passes(publicationValidator, value, () => []);
}
