/**
 * Local time in the Netherlands (Europe/Amsterdam) for `xs:dateTime` values written without a UTC
 * offset. XML Schema allows such a value (`2025-02-10T09:30:00`); a Dutch producer means Dutch local
 * time by it, so woo-kit reads it as such and says so. Pure arithmetic, no `Intl`, no `Date` in local
 * time: the result does not depend on the machine's time zone or its time-zone database.
 *
 * The rules: CET (+01:00) in winter and CEST (+02:00) in summer, from the last Sunday of March at
 * 01:00 UTC to the last Sunday of October at 01:00 UTC (EU Directive 2000/84/EC; the same dates since
 * 1996), and to the last Sunday of September in 1981–1995. Before 1981 woo-kit assumes +01:00.
 */
import { dayNumberFromParts, weekday } from '../dates.js';
import { daysInMonth } from '../formats.js';

/** How a local time was placed on the time line. */
export type LocalTimeFit = 'unique' | 'skipped' | 'repeated';

/** The offset woo-kit gives a local Dutch time, and whether that time was unique. */
export interface AmsterdamOffset {
  /** `+01:00` or `+02:00`. */
  readonly offset: '+01:00' | '+02:00';
  /**
   * `unique` for an ordinary time; `skipped` for a time that does not exist because the clock jumps
   * from 02:00 to 03:00 (read with the winter offset, so it lands one hour later in summer time);
   * `repeated` for a time that happens twice because the clock goes back from 03:00 to 02:00 (read
   * as the first time, in summer time).
   */
  readonly fit: LocalTimeFit;
}

function lastSunday(year: number, month: number): number {
  const last = dayNumberFromParts(year, month, daysInMonth(year, month));
  return last - weekday(last);
}

/**
 * The UTC offset of a wall-clock time in the Netherlands. Month 1–12; `minuteOfDay` 0–1439.
 * A skipped or repeated time is resolved as Temporal's `disambiguation: 'compatible'` does.
 */
export function amsterdamOffset(year: number, month: number, day: number, minuteOfDay: number): AmsterdamOffset {
  if (year < 1981) return { offset: '+01:00', fit: 'unique' };
  const minutes = dayNumberFromParts(year, month, day) * 1440 + minuteOfDay;
  // Wall-clock minutes of the changes: summer time starts at 02:00 local (01:00 UTC), ends at 03:00 local summer time.
  const start = lastSunday(year, 3) * 1440 + 120;
  const end = lastSunday(year, year >= 1996 ? 10 : 9) * 1440 + 180;
  if (minutes < start || minutes >= end) return { offset: '+01:00', fit: 'unique' };
  if (minutes < start + 60) return { offset: '+01:00', fit: 'skipped' };
  if (minutes >= end - 60) return { offset: '+02:00', fit: 'repeated' };
  return { offset: '+02:00', fit: 'unique' };
}
