// todayInAmsterdam in every browser engine. Engines format dates with their own locale data: WebKitGTK
// with the system ICU formats `en-CA` as `12/6/2026`, not `2026-12-06`. This test fails in any engine
// where the date is read from a formatted string whose pattern differs from the one we expect.
import { expect } from '@open-wc/testing';
import { todayInAmsterdam } from '../../src/index.js';
import { todayCases } from '../today-cases.js';

describe('todayInAmsterdam in this engine', () => {
  it('gives the Dutch calendar date of each moment as YYYY-MM-DD', () => {
    for (const { at, date } of todayCases) expect(todayInAmsterdam(Date.parse(at)), at).to.equal(date);
  });

  it('gives today as YYYY-MM-DD, the same day as this engine puts Amsterdam on', () => {
    const today = todayInAmsterdam();
    expect(today).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(Date.now());
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    // Around midnight the two calls may straddle it; then they differ by one day at most.
    const expected = Date.UTC(get('year'), get('month') - 1, get('day'));
    expect(Math.abs(Date.parse(`${today}T00:00:00Z`) - expected)).to.be.at.most(86_400_000);
  });
});
