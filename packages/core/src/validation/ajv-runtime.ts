/**
 * The two run-time helpers ajv's generated validators call (src/generated/validators/*.ts): the
 * length of a string in code points (`minLength`/`maxLength`, JSON Schema 2020-12 §6.3.1) and deep
 * equality of JSON values (`enum`, `const`, `uniqueItems`). One shared copy for every validator
 * instead of a CommonJS copy of ajv's runtime bundled into each of them. Internal.
 */
import type { AjvErrorObject } from './raw.js';

/** The number of Unicode code points in `text` (a surrogate pair counts once). */
export function ucs2length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    length += 1;
  }
  return length;
}

/** Deep equality of two values as JSON Schema compares instances (NaN equals NaN). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (a.constructor !== b.constructor) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => equal(item, other[index]));
  }
  // Dates, boxed values: compare what they stand for.
  if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && equal(left[key], right[key]));
}

/**
 * Adds one error to a validator's list (`null` while there is none) and returns the list. The generated
 * validators call it for every error instead of building and pushing the object inline
 * (scripts/compact-validator.mjs): the same error objects, in much less code. The keyword is the last
 * step of the schema path, as in every error ajv reports (`#/properties/name/maxLength`).
 */
export function pushError(
  errors: AjvErrorObject[] | null,
  instancePath: string,
  schemaPath: string,
  params: Readonly<Record<string, unknown>>,
): AjvErrorObject[] {
  const error = { instancePath, schemaPath, keyword: schemaPath.slice(schemaPath.lastIndexOf('/') + 1), params };
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
