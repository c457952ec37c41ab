/**
 * On-time statistics fit for the public: counts only, no subjects, and no group small enough to
 * point at a person. Months with fewer than `minimum` requests (default 5) are merged with the
 * months after them until the group is large enough; a small tail is merged into the group before
 * it. With fewer than `minimum` requests in all, no months are shown at all (AVG art. 5 lid 1 c,
 * data minimisation; the same reasoning as CBS's small-cell suppression).
 */
import type { WooRequest } from '@woo-kit/core';
import { requestTimelinessStatistics, type RequestTimelinessStatistics } from '@woo-kit/deadlines/requests';

export interface PublicMonth extends Record<string, unknown> {
  /** First month of the group (`YYYY-MM`), so a dashboard that reads `month` keeps working. */
  readonly month: string;
  /** Every month counted in this group, in order. */
  readonly months: readonly string[];
}

export type PublicStatistics = Omit<RequestTimelinessStatistics, 'perMonth'> & {
  readonly perMonth: readonly PublicMonth[];
  readonly minimumGroupSize: number;
};

export function publicStatistics(requests: readonly WooRequest[], today: string, minimum = 5): PublicStatistics {
  const all = requestTimelinessStatistics(requests, { today, invalid: 'skip' });
  const byMonth = new Map<string, WooRequest[]>();
  for (const request of requests) {
    const month = request.receivedOn.slice(0, 7);
    if (request.receivedOn > today) continue;
    byMonth.set(month, [...(byMonth.get(month) ?? []), request]);
  }
  const groups: { months: string[]; requests: WooRequest[] }[] = [];
  let current: { months: string[]; requests: WooRequest[] } | undefined;
  for (const month of [...byMonth.keys()].sort()) {
    current ??= { months: [], requests: [] };
    current.months.push(month);
    current.requests.push(...byMonth.get(month)!);
    if (current.requests.length >= minimum) {
      groups.push(current);
      current = undefined;
    }
  }
  if (current) {
    const last = groups.at(-1);
    if (last) {
      last.months.push(...current.months);
      last.requests.push(...current.requests);
    }
    // else: fewer than `minimum` in all: no months are published.
  }
  const perMonth = groups.map((group): PublicMonth => {
    const {
      perMonth: _months,
      steps: _steps,
      today: _today,
      outcomes: _outcomes,
      skipped: _skipped,
      ...counts
    } = requestTimelinessStatistics(group.requests, { today, invalid: 'skip' });
    return { ...counts, month: group.months[0]!, months: group.months };
  });
  // JSON round trip: the statistics hold frozen objects and `undefined`s that JSON drops anyway.
  return JSON.parse(JSON.stringify({ ...all, perMonth, minimumGroupSize: minimum })) as PublicStatistics;
}
