// fast-check arbitraries for DiWoo tests: random valid publications with hostile texts, and an
// independent oracle for what XML can carry. Not a test file itself (the glob is test/*.test.ts).
import fc from 'fast-check';
import {
  documentActionTypes,
  documentTypes,
  fileFormats,
  fromDayNumber,
  informationCategoryCodes,
  languages,
  organisationLists,
  validatePublication,
  type DocumentReference,
  type Publication,
} from '../src/index.js';

/** A minimal valid publication: only the required fields. */
export const minimalPublication: Publication = {
  id: 'min-1',
  url: 'https://www.example.nl/woo/min-1',
  officialTitle: 'Minimaal',
  informationCategories: ['c_816e508d'],
  publisher: { name: 'gemeente Utrecht', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344' },
  documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: '2025-01-02T03:04:05Z' }],
};

/** Strings that have broken XML writers before. */
export const HOSTILE_SAMPLES: readonly string[] = [
  '<script>alert("x")</script>',
  '&amp;',
  '&',
  '&#0;',
  '&lt;',
  '"',
  "'",
  '<',
  '>',
  ']]>',
  '<![CDATA[x]]>',
  '<!DOCTYPE x>',
  '<!ENTITY a "b">',
  '<?xml version="1.0"?>',
  '<!-- c -->',
  'a&b;c',
  '😀',
  '👩🏽‍💻',
  'שלום עולם',
  'مرحبا',
  '\u202Eevil\u202C',
  '\u200F',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u2028',
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D',
  '\r',
  '\r\n',
  '\n',
  '\t',
  ' ',
  '  ',
  'é',
  'e\u0301',
  '\u{10FFFF}',
  '\u{1F600}',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** A string of 1 to `max` UTF-16 code units mixing hostile samples, any code point and lone surrogates. */
export function hostileString(max: number): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SAMPLES) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: loneSurrogate },
  );
  return fc
    .array(part, { minLength: 1, maxLength: 10 })
    .map((parts) => parts.join('').slice(0, max))
    .filter((s) => s.length > 0);
}

/** The oracle: every code point XML 1.0 cannot carry (XML 1.0 §2.2 `Char`) becomes U+FFFD. */
export function xmlCarried(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      (c >= 0x10000 && c <= 0x10ffff);
    out += ok ? ch : '\uFFFD';
  }
  return out;
}

const carriedReference = (r: DocumentReference): DocumentReference =>
  r.resource === undefined
    ? { label: xmlCarried(r.label) }
    : { resource: xmlCarried(r.resource), label: xmlCarried(r.label) };

/**
 * The oracle for `lastmod`: the latest document action by instant (the first of equal ones). A
 * `lastModified` equal to it is the writer's default, so a round trip leaves it out.
 */
export function latestActionOracle(p: Publication): string {
  let best = p.documentActions[0]!;
  for (const a of p.documentActions) if (new Date(a.atTime).getTime() > new Date(best.atTime).getTime()) best = a;
  return best.atTime;
}

/** The publication as a round trip gives it back: texts through `xmlCarried`. */
export function expectedAfterRoundTrip(p: Publication): Publication {
  const { lastModified, isPartOf, hasParts, ...rest } = p;
  return {
    ...rest,
    id: xmlCarried(p.id),
    officialTitle: xmlCarried(p.officialTitle),
    ...(p.shortTitle === undefined ? {} : { shortTitle: xmlCarried(p.shortTitle) }),
    ...(p.description === undefined ? {} : { description: xmlCarried(p.description) }),
    publisher: { ...p.publisher, name: xmlCarried(p.publisher.name) },
    ...(lastModified === undefined || lastModified === latestActionOracle(p) ? {} : { lastModified }),
    ...(isPartOf === undefined ? {} : { isPartOf: carriedReference(isPartOf) }),
    ...(hasParts === undefined ? {} : { hasParts: hasParts.map(carriedReference) }),
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** An RFC 3339 date-time XML Schema also accepts: years 1000–9999, offsets within ±14:00, upper-case T and Z. */
export const xsdDateTime: fc.Arbitrary<string> = fc
  .record({
    day: fc.integer({ min: -354285, max: 2932896 }), // 1000-01-01 … 9999-12-31
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
    offset: fc.oneof(
      fc.constant('Z'),
      fc
        .integer({ min: -14 * 60, max: 14 * 60 })
        .map((o) => `${o < 0 ? '-' : '+'}${two(Math.floor(Math.abs(o) / 60))}:${two(Math.abs(o) % 60)}`),
    ),
  })
  .map(
    ({ day, h, m, s, fraction, offset }) =>
      `${fromDayNumber(day)}T${two(h)}:${two(m)}:${two(s)}${fraction === undefined ? '' : `.${fraction}`}${offset}`,
  );

/** A calendar date in the years 1000–9999. */
export const xsdDate: fc.Arbitrary<string> = fc.integer({ min: -354285, max: 2932896 }).map(fromDayNumber);

/** A web address that is always a valid sitemap `loc` (RFC 3986, percent-encoding done right). */
export const safeUrl: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('https://', 'http://'),
    fc.constantFrom('www.example.nl', 'gemeente.example', 'a.nl', 'xn--bcher-kva.example'),
    fc.array(fc.stringMatching(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-F]{2}){1,12}$/), { maxLength: 4 }),
    fc.option(fc.stringMatching(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-F]{2}){0,20}$/), { nil: undefined }),
    fc.option(fc.stringMatching(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2}){0,10}$/), { nil: undefined }),
  )
  .map(
    ([scheme, host, segments, query, fragment]) =>
      `${scheme}${host}/` +
      `${segments.join('/')}${query === undefined ? '' : `?${query}`}${fragment === undefined ? '' : `#${fragment}`}`,
  )
  .filter((u) => u.length >= 12);

/** Any web address woo-kit's schema accepts, including ones a sitemap cannot hold (the writer must skip those). */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  safeUrl,
  fc
    .tuple(
      fc.constantFrom('https://', 'http://'),
      fc.string({
        unit: fc.constantFrom(..."ab%/#?[]{}|\\^`é😀:@!$&'()*+,;=~.-_0F".split(''), '\u0001', '\u00A0'),
        minLength: 1,
        maxLength: 30,
      }),
    )
    .map(([scheme, rest]) => `${scheme}${rest}`),
);

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined, freq: 2 });

/** Every organisation of every TOOI list DiWoo accepts as publisher. */
const allOrganisations = organisationLists.flatMap(({ list }) => list.members);

/** A reference to another document: a web address or any identifier, or none; a hostile label, or an empty one. */
export const documentReference: fc.Arbitrary<DocumentReference> = fc
  .tuple(
    fc.option(
      fc.oneof(
        safeUrl,
        hostileString(100).filter((s) => !/^[ \t\r\n]|[ \t\r\n]$/.test(s)),
      ),
      { nil: undefined },
    ),
    fc.oneof(fc.constant(''), hostileString(300)),
  )
  .map(([resource, label]) => (resource === undefined ? { label } : { resource, label }));

/** Random publications that pass `validatePublication`, with hostile texts everywhere free text is allowed. */
export function publication(url: fc.Arbitrary<string> = safeUrl): fc.Arbitrary<Publication> {
  return fc
    .record({
      id: hostileString(200),
      url,
      officialTitle: hostileString(2000),
      shortTitle: optional(hostileString(500)),
      description: optional(hostileString(20000)),
      informationCategories: fc.uniqueArray(fc.constantFrom(...informationCategoryCodes), {
        minLength: 1,
        maxLength: 18,
      }),
      documentType: optional(fc.constantFrom(...documentTypes.map((d) => d.code))),
      publisher: fc
        .tuple(fc.constantFrom(...allOrganisations), fc.option(hostileString(300), { nil: undefined }))
        .map(([m, name]) => ({ name: name ?? m.label, uri: m.uri })),
      creationDate: optional(xsdDate),
      // fc.record may build objects without a prototype; plain objects compare equal to what is read back.
      documentActions: fc.array(
        fc
          .tuple(fc.constantFrom(...documentActionTypes.map((a) => a.code)), xsdDateTime)
          .map(([soortHandeling, atTime]) => ({ soortHandeling, atTime })),
        { minLength: 1, maxLength: 4 },
      ),
      language: optional(fc.constantFrom(...languages.map((l) => l.code))),
      format: optional(fc.constantFrom(...fileFormats.map((f) => f.code))),
      publishedOn: optional(xsdDate),
      lastModified: optional(fc.oneof(xsdDate, xsdDateTime)),
      isPartOf: optional(documentReference),
      hasParts: optional(fc.array(documentReference, { minLength: 1, maxLength: 4 })),
    })
    .map((r): Publication => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(r)) if (value !== undefined) out[key] = value;
      return out as unknown as Publication;
    })
    .filter((p) => validatePublication(p).ok);
}
