/**
 * @woo-kit/deadlines: legal decision terms of Woo requests (Woo 4.4, Awb 4:15, Algemene
 * termijnenwet), explained step by step, and timeliness statistics. No DOM; runs in Node, workers
 * and browsers. Dates are ISO `YYYY-MM-DD` strings; nothing depends on the time zone.
 * Timeliness statistics straight from `WooRequest` records are in `@woo-kit/deadlines/requests`.
 * @packageDocumentation
 */
export {
  FIRST_YEAR,
  LAST_YEAR,
  easterSunday,
  holidaysInYear,
  isWorkingDay,
  nextWorkingDay,
  rollForward,
  type CalendarOptions,
  type ClosedDayReason,
  type Holiday,
  type IsoDate,
} from './calendar.js';
export { MAX_DAYS, type DeadlineInput, type SuspensionInput, type SuspensionKind } from './input.js';
export { computeDeadline, type Alternative, type DeadlineResult, type RelatedDates } from './deadline.js';
export { deadlineStatus, type DeadlineStatus, type Stage } from './status.js';
export {
  timelinessStatistics,
  todayInAmsterdam,
  type MonthCounts,
  type Share,
  type TimelinessCounts,
  type TimelinessOptions,
  type TimelinessRecord,
  type TimelinessStatistics,
} from './statistics.js';
export type { Step, StepKey, StepOf, StepValues, SuspensionOutcome } from './steps.js';
export { deadlineInputFromRequest } from './from-request.js';
