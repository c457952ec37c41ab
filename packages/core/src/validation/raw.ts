/**
 * The shape of the validators ajv generates at build time (`src/generated/validators.ts`).
 * Internal: the public API is `validateWooRequest` and friends.
 */

/** One error as ajv reports it. */
export interface AjvErrorObject {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A standalone ajv validator: returns true or false and leaves the errors on `errors`. */
export interface RawValidator {
  (data: unknown): boolean;
  errors?: readonly AjvErrorObject[] | null;
}
