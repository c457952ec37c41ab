// xs:dateTime without a UTC offset: read as Dutch local time (Europe/Amsterdam) and reported. The
// oracle is the time-zone database of the JavaScript engine (Intl), which woo-kit's own arithmetic
// does not use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { amsterdamOffset, fromDayNumber, fromDiwooSitemap, toDiwooSitemap, type Publication } from '../src/index.js';
import { expectedAfterRoundTrip, minimalPublication, publication } from './diwoo-arbitraries.js';
import { sitemapSchema, validateXml } from './support/xmllint.js';

const two = (n: number): string => String(n).padStart(2, '0');
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
/** The wall-clock time in Amsterdam of an instant, as `YYYY-MM-DDTHH:MM:SS`. */
function amsterdamWallClock(ms: number): string {
  const p = Object.fromEntries(wallClock.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}:${p['second']}`;
}

/**
 * The oracle: the offset(s) under which `local` is the Amsterdam wall-clock time. Two for a repeated
 * time (the earlier instant, +02:00, is the one to take), none for a skipped one (then +01:00).
 */
function oracleOffset(local: string): '+01:00' | '+02:00' {
  const fits = (['+02:00', '+01:00'] as const).filter((o) => amsterdamWallClock(Date.parse(`${local}${o}`)) === local);
  return fits[0] ?? '+01:00';
}

/** A local date-time without offset in 1981–2099 (the years the EU rules cover), often near the changes. */
const localDateTime: fc.Arbitrary<string> = fc
  .oneof(
    // 1981-01-01 … 2099-12-31
    fc.record({ day: fc.integer({ min: 4018, max: 47482 }), minute: fc.integer({ min: 0, max: 1439 }) }),
    // The last Sundays of March, September and October, 00:00–04:59.
    fc
      .record({
        year: fc.integer({ min: 1981, max: 2099 }),
        month: fc.constantFrom(3, 9, 10),
        back: fc.integer({ min: 0, max: 6 }),
        minute: fc.integer({ min: 0, max: 299 }),
      })
      .map(({ year, month, back, minute }) => {
        const last = Date.UTC(year, month, 0) / 86_400_000; // last day of the month
        return { day: last - back, minute };
      }),
  )
  .chain(({ day, minute }) =>
    fc
      .integer({ min: 0, max: 59 })
      .map((s) => `${fromDayNumber(day)}T${two(Math.floor(minute / 60))}:${two(minute % 60)}:${two(s)}`),
  );

test('amsterdamOffset agrees with the time-zone database for every hour around the changes, 1981–2099', () => {
  for (let year = 1981; year <= 2099; year++) {
    for (const month of [3, 9, 10]) {
      for (let day = 21; day <= (month === 9 ? 30 : 31); day++) {
        for (let minute = 0; minute < 300; minute += 30) {
          const local = `${year}-${two(month)}-${two(day)}T${two(Math.floor(minute / 60))}:${two(minute % 60)}:00`;
          assert.equal(amsterdamOffset(year, month, day, minute).offset, oracleOffset(local), local);
        }
      }
    }
  }
});

test(
  'property: a local atTime reads as the Amsterdam time the database gives, with a note; the second trip is ' +
    'identical and valid',
  () => {
    const samples: Publication[] = [];
    fc.assert(
      fc.property(publication(), fc.array(localDateTime, { minLength: 1, maxLength: 4 }), (p, locals) => {
        const actions = locals.map((local, i) => ({
          soortHandeling: p.documentActions[i % p.documentActions.length]!.soortHandeling,
          atTime: `${local}+05:00`,
        }));
        const written = toDiwooSitemap([{ ...p, documentActions: actions }]).files[0]!.xml;
        // Take the offsets away: a producer that writes local time.
        let k = 0;
        const xml = written.replace(
          /<diwoo:atTime>[^<]*<\/diwoo:atTime>/g,
          () => `<diwoo:atTime>${locals[k++]}</diwoo:atTime>`,
        );
        const r = fromDiwooSitemap(xml);
        assert.deepEqual(r.errors, []);
        const read = r.publications[0]!;
        assert.deepEqual(
          read.documentActions.map((a) => a.atTime),
          locals.map((l) => `${l}${oracleOffset(l)}`),
        );
        assert.deepEqual(
          r.notes
            ?.filter((n) => n.path.startsWith('/documentActions'))
            .map((n) => [n.code, n.path, n.original, n.value]),
          locals.map((l, i) => [
            'diwoo-local-time-assumed',
            `/documentActions/${i}/atTime`,
            l,
            `${l}${oracleOffset(l)}`,
          ]),
        );
        // Written again, it reads back identically (offsets now explicit, no notes).
        const again = fromDiwooSitemap(toDiwooSitemap([read]).files[0]!.xml);
        assert.deepEqual(again.publications, [expectedAfterRoundTrip(read)]);
        assert.equal(again.notes, undefined);
        if (samples.length < 40) samples.push(read);
      }),
      { numRuns: 200 },
    );
    const v = validateXml(sitemapSchema, toDiwooSitemap(samples).files);
    assert.equal(v.status, 0, v.output);
  },
);

test(
  'Z, +00:00, a local time, a skipped and a repeated hour, ' + '24:00:00, and lastmod as date-time without offset',
  () => {
    const base = toDiwooSitemap([minimalPublication]).files[0]!.xml;
    const withTimes = (times: string[], lastmod: string) => {
      let k = 0;
      return base
        .replace(/<diwoo:documenthandeling>[\s\S]*<\/diwoo:documenthandeling>\n/, () =>
          times
            .map(
              () =>
                `<diwoo:documenthandeling><diwoo:soortHandeling resource="https://identifier.overheid.nl/tooi/def/thes/kern/c_e1ec050e">x</diwoo:soortHandeling><diwoo:atTime>${times[k++]}</diwoo:atTime></diwoo:documenthandeling>\n`,
            )
            .join(''),
        )
        .replace(/<lastmod>[^<]*<\/lastmod>/, `<lastmod>${lastmod}</lastmod>`);
    };
    const xml = withTimes(
      [
        '2025-02-10T09:30:00Z',
        '2025-02-10T09:30:00+00:00',
        ' 2025-02-10T09:30:00 ',
        '2025-03-30T02:30:00',
        '2025-10-26T02:30:00',
        '2025-12-31T24:00:00',
        '2025-02-10T09:30:00.1234567891234Z',
      ],
      '2025-07-01T12:00:00',
    );
    const r = fromDiwooSitemap(xml);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.publications[0]!.documentActions.map((a) => a.atTime),
      [
        '2025-02-10T09:30:00Z',
        '2025-02-10T09:30:00+00:00',
        '2025-02-10T09:30:00+01:00',
        '2025-03-30T02:30:00+01:00',
        '2025-10-26T02:30:00+02:00',
        '2026-01-01T00:00:00+01:00',
        '2025-02-10T09:30:00.123456789Z',
      ],
    );
    assert.equal(r.publications[0]!.lastModified, '2025-07-01T12:00:00+02:00');
    assert.deepEqual(
      r.notes!.map((n) => [n.path, n.fit, n.line > 0]),
      [
        ['/documentActions/2/atTime', 'unique', true],
        ['/documentActions/3/atTime', 'skipped', true],
        ['/documentActions/4/atTime', 'repeated', true],
        ['/documentActions/5/atTime', 'unique', true],
        ['/lastModified', 'unique', true],
      ],
    );
    assert.match(r.notes![1]!.message.nl, /bestaat niet/);
    assert.match(r.notes![2]!.message.en, /happened twice/);
    assert.match(r.notes![0]!.message.en, /Europe\/Amsterdam, \+01:00/);
    const entry = r.entries[0]!;
    assert.ok('publication' in entry && entry.notes?.length === 5, 'the entry carries its notes too');
  },
);
