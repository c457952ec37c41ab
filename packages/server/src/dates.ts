import { isIsoDate } from '@woo-kit/core';

/** The same day `months` calendar months earlier (the last day of the month when that day does not exist). */
export function monthsBefore(date: string, months: number): string {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-` +
    `${String(Math.min(d, last)).padStart(2, '0')}`
  );
}
