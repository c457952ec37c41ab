import { msg } from '@lit/localize';
import { datePartsToIso, type DateParts, type DatePartsProblem } from './date-parts.js';

/**
 * What to tell a person about a date typed in the day / month / year fields, in plain language.
 * For an optional date, three empty fields are fine, and the advice says so.
 */
export function dateProblemMessage(problem: DatePartsProblem, optional = false): string | undefined {
  switch (problem) {
    case 'empty':
      return optional ? undefined : msg('Vul een datum in.');
    case 'incomplete':
      return optional
        ? msg('Vul een dag, een maand en een jaar in. Of laat alle drie leeg.')
        : msg('Vul een dag, een maand en een jaar in.');
    case 'not-a-number':
      return msg('Vul de datum in met cijfers, bijvoorbeeld 28 3 2025.');
    case 'year-not-four-digits':
      return msg('Het jaar moet 4 cijfers hebben, bijvoorbeeld 2025.');
    case 'does-not-exist':
      return msg('Deze datum bestaat niet. Kijk of de dag en de maand kloppen.');
  }
}

/** The ISO date of the fields, or the message for what is wrong; empty optional fields give neither. */
export function readDate(parts: DateParts, optional = false): { readonly value?: string; readonly error?: string } {
  const parsed = datePartsToIso(parts);
  if (parsed.ok) return { value: parsed.value };
  const error = dateProblemMessage(parsed.problem, optional);
  return error === undefined ? {} : { error };
}
