import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumberFromParts, fromDayNumber, partsFromDayNumber, toDayNumber, weekday } from '@woo-kit/core';
import { dayOf, iso } from '../src/calendar.js';
import { dayNumber, partsOf, weekdayOf } from '../src/day.js';

// The bundle uses its own small date arithmetic (src/day.ts) instead of core's; both must agree.
test("day.ts agrees with @woo-kit/core's dates, years 0–3000", () => {
  for (let day = dayNumberFromParts(0, 1, 1); day <= dayNumberFromParts(3000, 12, 31); day += 13) {
    const p = partsFromDayNumber(day);
    assert.deepEqual(partsOf(day), [p.year, p.month, p.day]);
    assert.equal(dayNumber(p.year, p.month, p.day), day);
    assert.equal(weekdayOf(day), weekday(day));
    assert.equal(iso(day), fromDayNumber(day));
  }
  for (const s of [
    '0000-02-29',
    '1900-02-29',
    '2000-02-29',
    '2023-02-29',
    '2024-04-31',
    '2024-12-31',
    '9999-12-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-01',
    ' 2024-01-01',
    '2024-01-01\n',
    '２０２４-01-01',
  ]) {
    let core: unknown;
    let ours: unknown;
    try {
      core = toDayNumber(s);
    } catch (e) {
      core = (e as { code: string }).code;
    }
    try {
      ours = dayOf(s);
    } catch (e) {
      ours = (e as { code: string }).code;
    }
    assert.equal(ours, core, s);
  }
});
