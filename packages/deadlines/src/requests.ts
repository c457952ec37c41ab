/**
 * `@woo-kit/deadlines/requests`: timeliness statistics straight from Woo requests (`WooRequest` of
 * @woo-kit/core, with their events), for dashboards and services. A separate entry, so the browser
 * bundle of `@woo-kit/deadlines` stays small for pages that only compute deadlines.
 * @packageDocumentation
 */
export {
  requestTimelinessStatistics,
  type OutcomeCounts,
  type RequestTimelinessOptions,
  type RequestTimelinessStatistics,
} from './request-statistics.js';
