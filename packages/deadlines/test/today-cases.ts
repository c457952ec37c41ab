// Moments and the calendar date they fall on in the Netherlands (CET in winter, CEST in summer),
// worked out by hand, not with Intl. Shared by the Node test and the browser test of todayInAmsterdam.
export const todayCases: ReadonlyArray<{ readonly at: string; readonly date: string }> = [
  { at: '2026-12-05T22:59:59Z', date: '2026-12-05' }, // 23:59:59 CET
  { at: '2026-12-05T23:30:00Z', date: '2026-12-06' }, // 00:30 CET: already the next day
  { at: '2026-07-05T21:59:59Z', date: '2026-07-05' }, // 23:59:59 CEST
  { at: '2026-07-05T22:00:00Z', date: '2026-07-06' }, // 00:00 CEST
  { at: '2025-12-31T23:00:00Z', date: '2026-01-01' }, // new year in Amsterdam, not yet in UTC
  { at: '2024-02-29T12:00:00Z', date: '2024-02-29' },
  { at: '0999-03-01T12:00:00Z', date: '0999-03-01' }, // a year below 1000 keeps four digits
];
