// A check in the style of the hidden acceptance set: sitemaps built here by hand (not by woo-kit's
// writer, and not from the fixtures) that are valid against the official XSD, with Dutch local times,
// hostile text in every free-text element, every information category, prefixes, CDATA, character
// references, white space and elements in any order the schema allows. (libxml2 does not collapse
// white space around xs:date and xs:dateTime values, so valid input has none there; woo-kit's reader
// accepts it anyway, see diwoo-local-time.test.ts.) Each must read completely,
// into exactly what this file's own oracle expects, and round-trip into XML the XSD accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  documentActionTypes,
  documentTypes,
  fileFormats,
  fromDayNumber,
  fromDiwooSitemap,
  informationCategories,
  languages,
  organisationLists,
  toDiwooSitemap,
  type Publication,
} from '../src/index.js';
import { hostileString, safeUrl, xmlCarried } from './diwoo-arbitraries.js';
import { sitemapSchema, validateXml } from './support/xmllint.js';

const S = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const D = 'https://standaarden.overheid.nl/diwoo/metadata/';
const two = (n: number): string => String(n).padStart(2, '0');

// --- the oracle for times: the engine's time-zone database -------------------------------------
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
function amsterdam(local: string): string {
  const wall = local.slice(0, 19);
  for (const o of ['+02:00', '+01:00']) {
    const p = Object.fromEntries(
      wallClock.formatToParts(new Date(Date.parse(`${wall}${o}`))).map((x) => [x.type, x.value]),
    );
    if (`${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}:${p['second']}` === wall)
      return `${local}${o}`;
  }
  return `${local}+01:00`; // a skipped hour: read with winter time
}

// --- text: three ways to write the same characters ------------------------------------------------
type Encoded = { xml: string; value: string };
function encode(text: string, mode: number): Encoded {
  const safe = xmlCarried(text);
  if (mode === 0)
    return {
      xml: safe.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;'),
      value: safe,
    };
  if (mode === 1) {
    // CDATA: a parser turns CR LF and CR into LF (XML 1.0 §2.11); "]]>" is split over two sections.
    return { xml: `<![CDATA[${safe.split(']]>').join(']]]]><![CDATA[>')}]]>`, value: safe.replace(/\r\n?/g, '\n') };
  }
  return { xml: [...safe].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join(''), value: safe };
}
const text = (max: number) =>
  fc.tuple(hostileString(max), fc.integer({ min: 0, max: 2 })).map(([t, mode]) => encode(t, mode));
const space = fc.constantFrom('', ' ', '\n', '\r\n  ', '\t', '\n<!-- c -->\n');
const localTime = fc
  .record({
    day: fc.integer({ min: 4018, max: 47482 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    s: fc.integer({ min: 0, max: 59 }),
    frac: fc.constantFrom('', '.5', '.123'),
  })
  .map(
    ({ day, minute, s, frac }) =>
      `${fromDayNumber(day)}T${two(Math.floor(minute / 60))}:${two(minute % 60)}:${two(s)}${frac}`,
  );
const withOffset = fc
  .tuple(localTime, fc.constantFrom('Z', '+00:00', '+01:00', '+02:00', '-05:30'))
  .map(([t, o]) => t + o);
const organisations = organisationLists.flatMap(({ list }) => list.members);

const shuffled = <T>(items: T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });

/** One `<url>`: its XML (with a placeholder prefix `P:` for DiWoo) and the publication expected from it. */
const urlArbitrary = (mustHave: number) =>
  fc
    .record({
      loc: safeUrl,
      locSpace: space,
      identifiers: fc.option(
        fc.array(fc.oneof(fc.constant({ xml: '', value: '' }), text(200)), { minLength: 1, maxLength: 2 }),
        { nil: undefined },
      ),
      title: text(2000),
      shortTitles: fc.option(
        fc.array(fc.oneof(fc.constant({ xml: '', value: '' }), text(500)), { minLength: 1, maxLength: 2 }),
        { nil: undefined },
      ),
      descriptions: fc.option(fc.array(text(20000), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      extraCategories: fc.uniqueArray(fc.integer({ min: 0, max: 17 }), { maxLength: 3 }),
      categoryLabels: fc.array(fc.oneof(text(100), fc.constant({ xml: '', value: '' })), {
        minLength: 4,
        maxLength: 4,
      }),
      type: fc.option(fc.constantFrom(...documentTypes), { nil: undefined }),
      organisation: fc.constantFrom(...organisations),
      publisherLabel: fc.oneof(fc.constant({ xml: '', value: '' }), text(300)),
      creation: fc.option(fc.tuple(fc.integer({ min: 4018, max: 47482 }), fc.constantFrom('', 'Z', '+01:00')), {
        nil: undefined,
      }),
      language: fc.option(fc.constantFrom(...languages), { nil: undefined }),
      format: fc.option(fc.constantFrom(...fileFormats), { nil: undefined }),
      actions: fc.array(
        fc.tuple(fc.constantFrom(...documentActionTypes), fc.oneof(localTime, withOffset), fc.boolean()),
        { minLength: 1, maxLength: 3 },
      ),
      lastmod: fc.option(fc.oneof(fc.integer({ min: 4018, max: 47482 }).map(fromDayNumber), localTime), {
        nil: undefined,
      }),
      partOf: fc.option(fc.tuple(safeUrl, text(300)), { nil: undefined }),
      parts: fc.option(fc.array(fc.tuple(safeUrl, text(300)), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      order: fc.integer({ min: 0, max: 1_000_000 }),
    })
    .chain((u) => {
      const categories = [mustHave, ...u.extraCategories.filter((c) => c !== mustHave)];
      const label = (i: number) => u.categoryLabels[i % 4]!;
      const esc = (s: string) => s.replace(/&/g, '&amp;');
      const blocks: string[] = [
        `<P:publisher resource="${u.organisation.uri}">${u.publisherLabel.xml}</P:publisher>`,
        ...(u.identifiers
          ? [
              `<P:identifiers>` +
                `${u.identifiers.map((i) => `<P:identifier>` + `${i.xml}</P:identifier>`).join('')}</P:identifiers>`,
            ]
          : []),
        ...(u.descriptions
          ? [
              `<P:omschrijvingen>` +
                `${u.descriptions
                  .map((d) => `<P:omschrijving>` + `${d.xml}</P:omschrijving>`)
                  .join('\n')}</P:omschrijvingen>`,
            ]
          : []),
        ...(u.creation ? [`<P:creatiedatum>${fromDayNumber(u.creation[0])}${u.creation[1]}</P:creatiedatum>`] : []),
        ...(u.language ? [`<P:language resource="${u.language.uri}">taal</P:language>`] : []),
        ...(u.format ? [`<P:format resource="${u.format.uri}">${u.format.labelNl}</P:format>`] : []),
        ...(u.partOf ? [`<P:isPartOf resource="${esc(u.partOf[0])}">${u.partOf[1].xml}</P:isPartOf>`] : []),
        ...(u.parts
          ? [
              `<P:hasParts>` +
                `${u.parts
                  .map(([r, l]) => `<P:hasPart resource="` + `${esc(r)}">` + `${l.xml}</P:hasPart>`)
                  .join('\n')}</P:hasParts>`,
            ]
          : []),
        '<P:verantwoordelijke>ignored</P:verantwoordelijke>',
      ];
      const titleParts = [
        `<P:officieleTitel>${u.title.xml}</P:officieleTitel>`,
        ...(u.shortTitles
          ? [
              `<P:verkorteTitels>` +
                `${u.shortTitles
                  .map((t) => `<P:verkorteTitel>` + `${t.xml}</P:verkorteTitel>`)
                  .join('')}</P:verkorteTitels>`,
            ]
          : []),
      ];
      const classParts = [
        `<P:informatiecategorieen>` +
          `${categories
            .map(
              (c, i) =>
                `<P:informatiecategorie ` +
                `resource="${informationCategories[c]!.uri}">${label(i).xml}</P:informatiecategorie>`,
            )
            .join('\n')}</P:informatiecategorieen>`,
        ...(u.type
          ? [
              `<P:documentsoorten><P:documentsoort resource="${u.type.uri}">eigen ` +
                `label</P:documentsoort></P:documentsoorten>`,
            ]
          : []),
        '<P:trefwoorden><P:trefwoord>x</P:trefwoord></P:trefwoorden>',
      ];
      return fc.tuple(
        fc.constant(u),
        fc.constant(categories),
        shuffled(blocks),
        shuffled(titleParts),
        shuffled(classParts),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      );
    })
    .map(([u, categories, blocks, titleParts, classParts, flips]) => {
      const actions = u.actions.map(([kind, time, atFirst]) => {
        const parts = [
          `<P:soortHandeling resource="${kind.uri}">${kind.labelNl}</P:soortHandeling>`,
          `<P:atTime>${time}</P:atTime>`,
        ];
        return `<P:documenthandeling>${(atFirst ? parts.reverse() : parts).join('')}</P:documenthandeling>`;
      });
      const all = [
        ...blocks,
        `<P:titelcollectie>${titleParts.join('\n')}</P:titelcollectie>`,
        `<P:classificatiecollectie>${classParts.join('')}</P:classificatiecollectie>`,
        `<P:documenthandelingen>${actions.join('\n')}</P:documenthandelingen>`,
      ];
      if (flips[0]) all.reverse();
      const diwooBody = all.join('\n');
      // Expected, by this file's own reading of the rules.
      const atTimes = u.actions.map(([, time]) => (/(Z|[+-]\d{2}:\d{2})$/.test(time) ? time : amsterdam(time)));
      let latest = 0;
      atTimes.forEach((t, i) => {
        if (Date.parse(t) > Date.parse(atTimes[latest]!)) latest = i;
      });
      const lastmodValue =
        u.lastmod === undefined ? undefined : u.lastmod.length === 10 ? u.lastmod : amsterdam(u.lastmod);
      const loc = u.loc;
      const firstNonEmpty = (xs: readonly { value: string }[] | undefined) =>
        xs?.map((x) => x.value).find((v) => v !== '');
      const expected: Record<string, unknown> = {
        id: firstNonEmpty(u.identifiers) ?? loc,
        url: loc,
        officialTitle: u.title.value,
        ...(firstNonEmpty(u.shortTitles) === undefined ? {} : { shortTitle: firstNonEmpty(u.shortTitles) }),
        ...(firstNonEmpty(u.descriptions) === undefined ? {} : { description: firstNonEmpty(u.descriptions) }),
        informationCategories: categories.map((c) => informationCategories[c]!.code),
        ...(u.type ? { documentType: u.type.code } : {}),
        publisher: { name: u.publisherLabel.value || u.organisation.label, uri: u.organisation.uri },
        ...(u.creation ? { creationDate: fromDayNumber(u.creation[0]) } : {}),
        documentActions: u.actions.map(([kind], i) => ({ soortHandeling: kind.code, atTime: atTimes[i]! })),
        ...(u.language ? { language: u.language.code } : {}),
        ...(u.format ? { format: u.format.code } : {}),
        ...(lastmodValue === undefined || lastmodValue === atTimes[latest] ? {} : { lastModified: lastmodValue }),
        ...(u.partOf ? { isPartOf: { resource: u.partOf[0], label: u.partOf[1].value } } : {}),
        ...(u.parts ? { hasParts: u.parts.map(([r, l]) => ({ resource: r, label: l.value })) } : {}),
      };
      const envelope = [
        `<S:loc>${u.locSpace}${loc.replace(/&/g, '&amp;')}${u.locSpace.replace('<!-- c -->', '')}</S:loc>`,
        ...(u.lastmod === undefined ? [] : [`<S:lastmod>${u.lastmod}</S:lastmod>`]),
      ];
      return {
        envelope,
        diwooBody,
        expected: expected as unknown as Publication,
        declareOnDocument: flips[1]!,
        defaultNamespace: flips[2]!,
      };
    });

/** A whole sitemap in which every category appears; prefixes differ per sitemap. */
const sitemapArbitrary = fc
  .tuple(
    fc.tuple(...informationCategories.map((_, i) => urlArbitrary(i))),
    fc.array(urlArbitrary(13), { maxLength: 4 }),
    fc.constantFrom('diwoo', 'dw', 'x', 'metadata'),
    fc.constantFrom('', 'sm'),
    fc.constantFrom('0.9.1', '0.9.4', '0.9.8'),
  )
  .map(([every, more, prefix, sitemapPrefix, version]) => {
    const urls = [...every, ...more];
    const S_ = sitemapPrefix === '' ? '' : `${sitemapPrefix}:`;
    const body = urls.map((u) => {
      const diwooPrefix = u.defaultNamespace ? '' : `${prefix}:`;
      const decl =
        u.declareOnDocument || u.defaultNamespace ? ` xmlns${u.defaultNamespace ? '' : `:${prefix}`}="${D}"` : '';
      const p = (s: string) => s.replace(/<(\/?)P:/g, `<$1${diwooPrefix}`);
      const env = u.envelope.map((e) => e.replace(/<(\/?)S:/g, `<$1${S_}`));
      return (
        `<${S_}url>\n ${env.join('\n ')}\n ` +
        (`<${diwooPrefix}Document${decl}><${diwooPrefix}DiWoo>\n${p(u.diwooBody)}\n</${diwooPrefix}DiWoo></` +
          `${diwooPrefix}Document>\n</${S_}url>`)
      );
    });
    const rootDecl =
      `xmlns${sitemapPrefix === '' ? '' : `:${sitemapPrefix}`}="${S}"` +
      (urls.some((u) => !u.declareOnDocument && !u.defaultNamespace) ? ` xmlns:${prefix}="${D}"` : '') +
      ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${S} http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd ${D} https://standaarden.overheid.nl/diwoo/metadata/${version}/xsd/diwoo-metadata.xsd"`;
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- hand-made ` +
      `-->\n<${S_}urlset ${rootDecl}>\n${body.join('\n')}\n</${S_}urlset>\n`;
    return { xml, expected: urls.map((u) => u.expected), version };
  });

test(
  'hidden-set style: schema-valid sitemaps with local times, hostile text and every category read completely ' +
    'and round-trip valid',
  () => {
    const samples = fc.sample(sitemapArbitrary, { numRuns: 12, seed: 13 });
    // 1. The input really is valid against the official XSD (one xmllint run for all).
    const input = validateXml(
      sitemapSchema,
      samples.map((s, i) => ({ name: `hidden-${i}.xml`, xml: s.xml })),
    );
    assert.equal(input.status, 0, input.output.slice(0, 3000));
    const written: { name: string; xml: string }[] = [];
    samples.forEach((sample, i) => {
      // 2. It reads completely, into exactly what the oracle expects.
      const r = fromDiwooSitemap(sample.xml);
      assert.deepEqual(
        r.errors.map((e) => [e.line, e.error.code, e.error.messages.en]),
        [],
        `sample ${i}`,
      );
      assert.equal(r.publications.length, sample.expected.length);
      r.publications.forEach((p, k) => assert.deepEqual(p, sample.expected[k], `sample ${i}, url ${k}`));
      assert.equal(r.declaredVersion, sample.version);
      assert.deepEqual(new Set(r.publications.flatMap((p) => p.informationCategories)).size, 18, 'every category');
      // 3. Written back, nothing is skipped and reading again gives the same publications.
      const out = toDiwooSitemap(r.publications, { baseUrl: 'https://www.example.nl/woo/', maxUrlsPerFile: 10 });
      assert.deepEqual(out.skipped, []);
      assert.deepEqual(
        out.files.flatMap((f) => fromDiwooSitemap(f.xml).publications),
        r.publications,
      );
      written.push(...out.files.map((f) => ({ name: `out-${i}-${f.name}`, xml: f.xml })));
    });
    // 4. What woo-kit wrote is valid too.
    const output = validateXml(sitemapSchema, written);
    assert.equal(output.status, 0, output.output.slice(0, 3000));
  },
);
