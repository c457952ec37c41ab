import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  DUTCH_MONTH_NAMES,
  formatDutchDate,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekday,
} from '../src/index.js';

test('day numbers round-trip and know the weekday', () => {
  assert.equal(toDayNumber('1970-01-01'), 0);
  assert.equal(fromDayNumber(toDayNumber('2024-02-29')), '2024-02-29');
  assert.equal(weekday(toDayNumber('2025-04-27')), 0); // King's Day 2025 fell on a Sunday
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
});

test('impossible dates are not ISO dates', () => {
  assert.equal(isIsoDate('2025-02-30'), false);
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2023-02-29'), false);
  assert.throws(() => toDayNumber('2025-13-01'), { code: 'invalid-date' });
});

test('formatDutchDate writes a date as Dutch does, the same on every machine', () => {
  assert.equal(formatDutchDate('2025-04-25'), '25 april 2025');
  assert.equal(formatDutchDate('2024-01-01'), '1 januari 2024');
  assert.equal(formatDutchDate('2026-12-31'), '31 december 2026');
  assert.equal(DUTCH_MONTH_NAMES.length, 12);
});
