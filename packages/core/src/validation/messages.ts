/**
 * Turns ajv's errors into woo-kit validation issues: a JSON pointer, a stable code and a message
 * in plain Dutch (B1) and English. Internal.
 */
import type { LocalizedText } from '../errors.js';
import type { AjvErrorObject } from './raw.js';

/** One problem found by a validator. */
export interface ValidationIssue {
  /** JSON pointer to the value, e.g. `/events/2/on`; `""` for the whole document. */
  readonly path: string;
  /** Stable code, e.g. `required`, `invalid-date`, `unknown-field`, `invalid-transition`. */
  readonly code: string;
  readonly message: LocalizedText;
}

const show = (value: unknown): string => {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
};

/** Escapes one property name for a JSON pointer (RFC 6901). */
export function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = {
  string: { nl: 'een tekst', en: 'a text (string)' },
  object: { nl: 'een groep velden (object)', en: 'an object' },
  array: { nl: 'een lijst', en: 'a list (array)' },
  boolean: { nl: 'true of false', en: 'true or false' },
  number: { nl: 'een getal', en: 'a number' },
  integer: { nl: 'een heel getal', en: 'a whole number' },
  null: { nl: 'null', en: 'null' },
};

/** Named value lists in the schemas (`$defs/<name>`) get their own code and message. */
const ENUM_CODES: Readonly<Record<string, { code: string; list: LocalizedText }>> = {
  informationCategoryCode: {
    code: 'unknown-information-category',
    list: {
      nl: 'de informatiecategorieën (TOOI-code, zoals c_3baef532)',
      en: 'the information categories (TOOI code, such as c_3baef532)',
    },
  },
  documentTypeCode: {
    code: 'unknown-document-type',
    list: {
      nl: 'de documentsoorten (TOOI-code, zoals c_386e74cb)',
      en: 'the document types (TOOI code, such as c_386e74cb)',
    },
  },
  languageCode: { code: 'unknown-language', list: { nl: 'de talen (zoals NLD)', en: 'the languages (such as NLD)' } },
  formatCode: {
    code: 'unknown-format',
    list: { nl: 'de bestandsformaten (zoals PDF)', en: 'the file formats (such as PDF)' },
  },
  documentActionCode: {
    code: 'unknown-document-action',
    list: { nl: 'de documenthandelingen (zoals c_e1ec050e)', en: 'the document actions (such as c_e1ec050e)' },
  },
  exceptionGround: {
    code: 'unknown-exception-ground',
    list: {
      nl: 'de uitzonderingsgronden (artikel, zoals 5.1.2e)',
      en: 'the exception grounds (article, such as 5.1.2e)',
    },
  },
};

const PATTERN_CODES: Readonly<Record<string, { code: string; message: LocalizedText }>> = {
  phone: {
    code: 'invalid-phone',
    message: {
      nl: 'Dit is geen geldig telefoonnummer. Gebruik alleen cijfers, spaties en eventueel een + vooraan.',
      en: 'This is not a valid phone number. Use digits, spaces and an optional leading +.',
    },
  },
  postalCode: {
    code: 'invalid-postal-code',
    message: {
      nl: 'Dit is geen geldige postcode. Schrijf vier cijfers en twee letters, zoals 1234 AB.',
      en: 'This is not a valid Dutch postal code. Write four digits and two letters, such as 1234 AB.',
    },
  },
  clockTime: {
    code: 'invalid-time',
    message: {
      nl: 'Dit is geen geldige tijd. Schrijf UU:MM, zoals 09:00.',
      en: 'This is not a valid time. Write HH:MM, such as 09:00.',
    },
  },
  tooiUri: {
    code: 'invalid-tooi-uri',
    message: {
      nl: 'Dit is geen TOOI-adres van een organisatie. Het begint met https://identifier.overheid.nl/tooi/id/.',
      en: 'This is not a TOOI organisation identifier. It starts with https://identifier.overheid.nl/tooi/id/.',
    },
  },
  webUrl: {
    code: 'invalid-url',
    message: {
      nl: 'Dit is geen geldig webadres. Het begint met https:// of http://.',
      en: 'This is not a valid web address. It starts with https:// or http://.',
    },
  },
};

const FORMAT_CODES: Readonly<Record<string, { code: string; message: LocalizedText }>> = {
  date: {
    code: 'invalid-date',
    message: {
      nl: 'Deze datum bestaat niet of is niet geschreven als JJJJ-MM-DD.',
      en: 'This date does not exist or is not written as YYYY-MM-DD.',
    },
  },
  'date-time': {
    code: 'invalid-date-time',
    message: {
      nl: 'Dit tijdstip is niet goed. Schrijf het zoals 2025-03-04T10:00:00+01:00.',
      en: 'This is not a valid date and time. Write it like 2025-03-04T10:00:00+01:00.',
    },
  },
  'date-or-date-time': {
    code: 'invalid-date-time',
    message: {
      nl: 'Schrijf een datum (2025-03-04) of een tijdstip met tijdzone (2025-03-04T10:00:00+01:00).',
      en: 'Write a date (2025-03-04) or a date and time with time zone (2025-03-04T10:00:00+01:00).',
    },
  },
  email: {
    code: 'invalid-email',
    message: { nl: 'Dit is geen geldig e-mailadres.', en: 'This is not a valid e-mail address.' },
  },
  uri: {
    code: 'invalid-url',
    message: {
      nl: 'Dit is geen geldig webadres. Het begint met https:// of http://.',
      en: 'This is not a valid web address. It starts with https:// or http://.',
    },
  },
};

/** The `$defs` name an error comes from (`#/$defs/phone/pattern` → `phone`), if any. */
function defName(schemaPath: string): string | undefined {
  const m = /#\/\$defs\/([^/]+)\/[^/]+$/.exec(schemaPath);
  return m?.[1];
}

const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/** One ajv error as a woo-kit issue. Never throws. */
export function issueFromAjv(error: AjvErrorObject): ValidationIssue {
  const params = (error.params ?? {}) as Record<string, unknown>;
  const path = typeof error.instancePath === 'string' ? error.instancePath : '';
  const def = defName(String(error.schemaPath ?? ''));
  switch (error.keyword) {
    case 'required': {
      const name = String(params['missingProperty']);
      return {
        path: `${path}/${pointerSegment(name)}`,
        code: 'required',
        message: {
          nl: `Het veld ${show(name)} ontbreekt. Dit veld is verplicht.`,
          en: `The field ${show(name)} is missing. It is required.`,
        },
      };
    }
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      return {
        path: `${path}/${pointerSegment(name)}`,
        code: 'unknown-field',
        message: {
          nl: `Het veld ${show(name)} kennen we niet. Haal het weg of controleer de spelling.`,
          en: `The field ${show(name)} is not known. Remove it or check the spelling.`,
        },
      };
    }
    case 'type': {
      const type = TYPE_NAMES[String(params['type'])] ?? { nl: String(params['type']), en: String(params['type']) };
      return { path, code: 'wrong-type', message: { nl: `Hier hoort ${type.nl}.`, en: `This must be ${type.en}.` } };
    }
    case 'format': {
      const known = FORMAT_CODES[String(params['format'])];
      if (known !== undefined) return { path, ...known };
      return {
        path,
        code: 'invalid-format',
        message: { nl: 'Deze waarde heeft niet de goede vorm.', en: 'This value does not have the right form.' },
      };
    }
    case 'pattern': {
      const known = def === undefined ? undefined : PATTERN_CODES[def];
      if (known !== undefined) return { path, ...known };
      return {
        path,
        code: 'invalid-pattern',
        message: { nl: 'Deze waarde heeft niet de goede vorm.', en: 'This value does not have the right form.' },
      };
    }
    case 'enum':
    case 'const': {
      const named = def === undefined ? undefined : ENUM_CODES[def];
      if (named !== undefined) {
        return {
          path,
          code: named.code,
          message: {
            nl: `Deze waarde staat niet in de lijst van ${named.list.nl}.`,
            en: `This value is not in the list of ${named.list.en}.`,
          },
        };
      }
      const allowed = Array.isArray(params['allowedValues'])
        ? (params['allowedValues'] as unknown[])
        : 'allowedValue' in params
          ? [params['allowedValue']]
          : [];
      const list = allowed.length > 0 && allowed.length <= 12 ? allowed.map((v) => String(v)).join(', ') : '';
      return {
        path,
        code: 'not-allowed-value',
        message:
          list === ''
            ? { nl: 'Deze waarde is niet toegestaan.', en: 'This value is not allowed.' }
            : {
                nl: `Deze waarde is niet toegestaan. Kies uit: ${list}.`,
                en: `This value is not allowed. Choose from: ${list}.`,
              },
      };
    }
    case 'minLength': {
      const limit = num(params['limit']);
      if (limit <= 1)
        return {
          path,
          code: 'empty',
          message: { nl: 'Dit veld is leeg. Vul het in.', en: 'This field is empty. Fill it in.' },
        };
      return {
        path,
        code: 'too-short',
        message: {
          nl: `Deze tekst is te kort. Gebruik minstens ${limit} tekens.`,
          en: `This text is too short. Use at least ${limit} characters.`,
        },
      };
    }
    case 'maxLength': {
      const limit = num(params['limit']);
      return {
        path,
        code: 'too-long',
        message: {
          nl: `Deze tekst is te lang. Gebruik hoogstens ${limit} tekens.`,
          en: `This text is too long. Use at most ${limit} characters.`,
        },
      };
    }
    case 'minItems': {
      const limit = num(params['limit']);
      return {
        path,
        code: 'too-few-items',
        message:
          limit <= 1
            ? {
                nl: 'Deze lijst is leeg. Er moet minstens één ding in staan.',
                en: 'This list is empty. It needs at least one item.',
              }
            : {
                nl: `Deze lijst is te kort. Er moeten minstens ${limit} dingen in staan.`,
                en: `This list is too short. It needs at least ${limit} items.`,
              },
      };
    }
    case 'maxItems': {
      const limit = num(params['limit']);
      return {
        path,
        code: 'too-many-items',
        message: {
          nl: `Deze lijst is te lang. Er mogen hoogstens ${limit} dingen in staan.`,
          en: `This list is too long. It may have at most ${limit} items.`,
        },
      };
    }
    case 'uniqueItems': {
      const i = num(params['i']) + 1;
      const j = num(params['j']) + 1;
      return {
        path,
        code: 'duplicate-items',
        message: {
          nl: `Nummer ${j} en ${i} in deze lijst zijn hetzelfde. Noem alles maar één keer.`,
          en: `Items ${j} and ${i} in this list are the same. List each one only once.`,
        },
      };
    }
    case 'minProperties':
      return {
        path,
        code: 'empty-object',
        message: { nl: 'Vul minstens één veld in.', en: 'Fill in at least one field.' },
      };
    case 'discriminator': {
      const value = params['tagValue'];
      return {
        path: `${path}/${pointerSegment(String(params['tag'] ?? 'type'))}`,
        code: 'unknown-event-type',
        message: {
          nl: `Dit soort gebeurtenis kennen we niet: ${show(value)}.`,
          en: `Unknown kind of event: ${show(value)}.`,
        },
      };
    }
    default:
      return {
        path,
        code: 'invalid-value',
        message: { nl: 'Deze waarde is niet goed.', en: 'This value is not valid.' },
      };
  }
}

/** All ajv errors as issues, without duplicates (same path and code). Never throws. */
export function issuesFromAjv(errors: readonly AjvErrorObject[] | null | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const discriminated: ValidationIssue[] = [];
  for (const error of errors ?? []) {
    // `oneOf`/`if` only repeat what their branches already reported.
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const issue = issueFromAjv(error);
    if (error.keyword === 'discriminator') {
      discriminated.push(issue);
      continue;
    }
    const key = `${issue.path}\u0000${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  // An unknown event type is usually reported already by `required` or `enum` on the same field.
  for (const issue of discriminated) if (!issues.some((i) => i.path === issue.path)) issues.push(issue);
  return issues;
}
