/** Types of compact-validator.mjs for the tests. */
export declare const ajvOptions: {
  readonly allErrors: boolean;
  readonly messages: boolean;
  readonly strict: boolean;
  readonly discriminator: boolean;
};
export declare const PUSH_ERROR: string;
export declare function compactValidator(code: string): string;
