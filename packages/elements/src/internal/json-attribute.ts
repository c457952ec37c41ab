import type { ComplexAttributeConverter } from 'lit';

/**
 * An attribute holding JSON, for settings a CMS editor types into an attribute
 * (`links='{"c_139c6280":"https://…"}'`). JSON that does not parse to an object gives `undefined`.
 */
export const jsonObjectAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null): unknown {
    if (!value) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  },
  toAttribute(value: unknown): string | null {
    return value === undefined ? null : JSON.stringify(value);
  },
};
