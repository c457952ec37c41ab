import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dayNumberFromParts, fromDayNumber, toDayNumber, weekday } from '@woo-kit/core';
import { easterSunday, holidaysInYear, isWorkingDay, nextWorkingDay, rollForward } from '../src/index.js';

const require = createRequire(import.meta.url);
const Holidays = require('date-holidays') as new (country: string) => {
  getHolidays(year: number): { date: string; type: string; name: string; rule: string }[];
};

const dates = (year: number): string[] => holidaysInYear(year).map((h) => h.date);

test('the Atw holidays of 2025 (woo-reference §3 example)', () => {
  assert.deepEqual(dates(2025), [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-04-26',
    '2025-05-05',
    '2025-05-29',
    '2025-06-09',
    '2025-12-25',
    '2025-12-26',
  ]);
  const names = holidaysInYear(2025).map((h) => `${h.name.nl}/${h.name.en}/${h.rule}`);
  assert.equal(names[1], 'Goede Vrijdag/Good Friday/Atw art. 3 lid 2');
  assert.equal(names[3], "Koningsdag/King's Day/Atw art. 3 lid 1");
});

test("King's Day: 27 April, or Saturday 26 April when the 27th is a Sunday (2014 on)", () => {
  assert.ok(dates(2025).includes('2025-04-26')); // 27 April 2025 is a Sunday
  assert.ok(dates(2014).includes('2014-04-26')); // idem 2014
  assert.ok(dates(2023).includes('2023-04-27'));
  assert.ok(dates(2036).includes('2036-04-26'));
  assert.equal(isWorkingDay('2023-04-27'), false); // a Thursday
  assert.equal(isWorkingDay('2025-04-28'), true);
});

test("Queen's Day before 2014", () => {
  assert.ok(dates(2013).includes('2013-04-30'));
  assert.ok(dates(2006).includes('2006-04-29')); // 30 April 2006 was a Sunday: Saturday 29 April
  assert.ok(dates(1989).includes('1989-04-29')); // idem 1989
  assert.ok(dates(1950).includes('1950-05-01')); // 30 April 1950 was a Sunday: Monday 1 May
  assert.ok(dates(1978).includes('1978-05-01')); // idem 1978
  assert.ok(dates(1960).includes('1960-04-30'));
  assert.ok(dates(1930).includes('1930-09-01')); // 31 August 1930 was a Sunday: Monday 1 September
  assert.ok(dates(1931).includes('1931-08-31'));
  assert.equal(holidaysInYear(1950).find((h) => h.date === '1950-05-01')?.name.en, "Queen's Day");
});

test('Easter Sunday matches Gauss (a different algorithm) for 1900–2200', () => {
  for (let y = 1900; y <= 2200; y++) {
    const a = y % 19,
      b = y % 4,
      c = y % 7,
      k = Math.floor(y / 100);
    const p = Math.floor((13 + 8 * k) / 25),
      q = Math.floor(k / 4);
    const M = (15 - p + k - q) % 30,
      N = (4 + k - q) % 7;
    const d = (19 * a + M) % 30,
      e = (2 * b + 4 * c + 6 * d + N) % 7;
    let day = 22 + d + e; // in March, may overflow into April
    if (d === 29 && e === 6)
      day = 50; // 19 April
    else if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) day = 49; // 18 April
    assert.equal(easterSunday(y), dayNumberFromParts(y, 3, 1) + day - 1, `Easter ${y}`);
  }
  assert.equal(fromDayNumber(easterSunday(2025)), '2025-04-20');
  assert.equal(fromDayNumber(easterSunday(2024)), '2024-03-31');
  assert.equal(fromDayNumber(easterSunday(2038)), '2038-04-25');
});

test('isWorkingDay, nextWorkingDay and rollForward', () => {
  assert.equal(isWorkingDay('2025-04-19'), false); // Saturday
  assert.equal(isWorkingDay('2025-04-20'), false); // Sunday
  assert.equal(isWorkingDay('2025-04-22'), true);
  assert.equal(nextWorkingDay('2025-04-17'), '2025-04-22'); // over Good Friday, Easter, Easter Monday
  assert.equal(rollForward('2025-04-18'), '2025-04-22');
  assert.equal(rollForward('2025-04-22'), '2025-04-22');
  assert.equal(nextWorkingDay('2025-12-24'), '2025-12-29');
  assert.equal(nextWorkingDay('2026-12-31'), '2027-01-04'); // New Year's Day 2027 is a Friday
  assert.equal(nextWorkingDay('2024-02-28'), '2024-02-29'); // leap day
  assert.equal(nextWorkingDay('2000-02-28'), '2000-02-29'); // 2000 was a leap year
  assert.equal(nextWorkingDay('2100-02-26'), '2100-03-01'); // 2100 is not: Fri 26 Feb → Mon 1 Mar
});

test('extra holidays (Atw art. 3 lid 3) are configurable', () => {
  const extraHolidays = ['2025-06-10'];
  assert.equal(isWorkingDay('2025-06-10', { extraHolidays }), false);
  assert.equal(nextWorkingDay('2025-06-06', { extraHolidays }), '2025-06-11');
  const h = holidaysInYear(2025, { extraHolidays });
  assert.equal(h.length, 10);
  assert.deepEqual(h[7], {
    date: '2025-06-10',
    name: { nl: 'Extra feestdag', en: 'Extra holiday' },
    rule: 'Atw art. 3 lid 3',
  });
});

test('years outside 1900–2200 and impossible dates are typed errors', () => {
  assert.throws(() => holidaysInYear(1899), { code: 'date-out-of-range' });
  assert.throws(() => holidaysInYear(2201), { code: 'date-out-of-range' });
  assert.throws(() => isWorkingDay('2025-02-30'), { code: 'invalid-date' });
  assert.throws(() => isWorkingDay('1899-12-31'), { code: 'date-out-of-range' });
  assert.throws(() => isWorkingDay('2025-06-10', { extraHolidays: ['2025-13-01'] }), { code: 'invalid-date' });
  assert.ok(holidaysInYear(1900).length === 9 && holidaysInYear(2200).length === 9);
});

test('Atw art. 2 never changes a 2-week term: every 14 days hold at least 2 working days (1900–2200)', () => {
  const first = toDayNumber('1900-01-01');
  const last = toDayNumber('2200-12-31');
  const open: number[] = [];
  for (let d = first; d <= last; d++) open.push(isWorkingDay(fromDayNumber(d)) ? 1 : 0);
  let inWindow = 0;
  for (let i = 0; i < open.length; i++) {
    inWindow += open[i]!;
    if (i >= 14) inWindow -= open[i - 14]!;
    if (i >= 13) assert.ok(inWindow >= 2, fromDayNumber(first + i));
  }
});

// Every difference with the npm package date-holidays (NL), and why it is intended.
const INTENDED = new Map([
  ['easter -2', 'Good Friday is an Atw holiday (art. 3 lid 2); date-holidays types it "school"'],
  ['05-05', '5 May is an Atw holiday every year (art. 3 lid 1); date-holidays types it "school"'],
  ['easter', 'Easter Sunday: public in date-holidays, a Sunday anyway and not named by the Atw'],
  ['easter 49', 'Whit Sunday: public in date-holidays, a Sunday anyway and not named by the Atw'],
]);

test('holidays agree with date-holidays for NL over 1990–2100, apart from the listed, intended differences', () => {
  const hd = new Holidays('NL');
  const seen = new Set<string>();
  for (let year = 1990; year <= 2100; year++) {
    const ours = new Set(dates(year));
    const theirs = hd.getHolidays(year).filter((h) => h.type === 'public' || h.type === 'school');
    const theirDates = new Set(theirs.map((h) => h.date.slice(0, 10)));
    for (const h of theirs) {
      const date = h.date.slice(0, 10);
      if (h.type === 'public' && ours.has(date)) continue;
      assert.ok(INTENDED.has(h.rule), `${date} ${h.name} (${h.type}, ${h.rule}) differs and is not listed`);
      seen.add(h.rule);
      // Our side of each listed difference:
      if (h.rule === 'easter' || h.rule === 'easter 49') assert.equal(weekday(toDayNumber(date)), 0);
      else assert.ok(ours.has(date), `${date} should be an Atw holiday`);
    }
    for (const date of ours) assert.ok(theirDates.has(date), `${date} is ours but unknown to date-holidays`);
  }
  assert.deepEqual([...seen].sort(), [...INTENDED.keys()].sort()); // every listed difference occurs
});

test("intended difference before 1949: Queen's Day on a Sunday 31 August moves to Monday 1 September", () => {
  const hd = new Holidays('NL');
  for (let year = 1900; year <= 1948; year++) {
    const theirs = hd.getHolidays(year).find((h) => h.date.startsWith(`${year}-08-31`));
    assert.ok(theirs, `date-holidays has Queen's Day ${year}`);
    const sunday = weekday(dayNumberFromParts(year, 8, 31)) === 0;
    assert.ok(dates(year).includes(sunday ? `${year}-09-01` : `${year}-08-31`));
  }
});
