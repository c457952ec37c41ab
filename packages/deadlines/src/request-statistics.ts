/**
 * Timeliness statistics straight from Woo requests (`WooRequest` of @woo-kit/core, with their
 * events), as a dashboard or a service has them. The same figures as `timelinessStatistics` over
 * `deadlineInputFromRequest` of each request, plus the split by outcome; made for thousands of
 * requests at a time, also the first time a page runs it (see the note at `requestTimelinessStatistics`).
 * (Internal-only property names end in `_`: see calendar.ts.)
 */
import { WooKitError, type DecisionOutcome, type WooRequest } from '@woo-kit/core';
import { fail, parseDay, parseExtraDays, type ExtraDays } from './calendar.js';
import { runEngine, type Engine } from './engine.js';
import { deadlineInputFromRequest, walkEvents, type SuspensionSink } from './from-request.js';
import {
  NONE,
  byFirstDay,
  datedSuspension,
  readInput,
  type DatedSuspension,
  type DayReader,
  type ParsedInput,
} from './input.js';
import {
  atIndex,
  counter,
  type Counter,
  todayInAmsterdam,
  type TimelinessOptions,
  type TimelinessStatistics,
} from './statistics.js';

/** Requests per outcome of their decision; `open`: no decision yet. */
export type OutcomeCounts = Readonly<Record<DecisionOutcome | 'open', number>>;

export interface RequestTimelinessOptions extends TimelinessOptions {
  /**
   * A request that cannot be read (a date that does not exist, a decision before the receipt, …):
   * `'throw'` (default) throws a `WooKitInputError` with the request's index in front of its path;
   * `'skip'` leaves it out and counts it in `skipped`.
   */
  readonly invalid?: 'throw' | 'skip';
}

export interface RequestTimelinessStatistics extends TimelinessStatistics {
  /** Requests per outcome of their first `decided` event (Woo 4.3); `open` when there is none. */
  readonly outcomes: OutcomeCounts;
  /** Requests left out because they could not be read (only with `invalid: 'skip'`). */
  readonly skipped: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Timeliness over Woo requests: what `timelinessStatistics` gives for the requests as
 * `deadlineInputFromRequest(request, today)` (with their `agreedDeadline`) reads them, and the number
 * of requests per outcome.
 *
 * Errors: with `invalid: 'throw'` (default) a request that cannot be read throws a
 * `WooKitInputError` with path `/<index>/receivedOn`, `/<index>/agreedDeadline`,
 * `/<index>/events/<k>/on` (the date of its decision or postponement) or `/<index>/events` (its
 * suspensions). With `invalid: 'skip'` it is left out and counted in `skipped`.
 *
 * Speed: the events are read straight into day numbers (each date string read once, suspensions as
 * `walkEvents` finds them) and handed to the term engine (`runEngine`) that `computeDeadline` uses,
 * without the input objects of the general way; only a request with something to report goes the
 * general way. The term of a request without suspension or postponement is worked out once per day of
 * receipt. So a page computes the figures for 10,000 requests in a few tens of milliseconds, also
 * before the JavaScript engine has optimised the code.
 */
export function requestTimelinessStatistics(
  requests: Iterable<WooRequest>,
  options: RequestTimelinessOptions = {},
): RequestTimelinessStatistics {
  const today = options.today ?? todayInAmsterdam();
  const requestCounter = new RequestCounter(today, parseExtraDays(options.extraHolidays));
  const skip = options.invalid === 'skip';
  // An array is walked by index: cheaper than the iterator protocol before the JIT warms up.
  const list = Array.isArray(requests) ? (requests as readonly WooRequest[]) : [...requests];
  let skipped = 0;
  // A short loop around a small method: the engine optimises each part on its own and early, where
  // one long loop would wait for a costly compilation of the whole.
  for (let index = 0; index < list.length; index++) {
    try {
      requestCounter.add_(list[index]);
    } catch (error) {
      if (!skip || !(error instanceof WooKitError)) {
        const { decidedAt_: decidedAt, postponedAt_: postponedAt } = requestCounter;
        throw atIndex(error, index, (path) =>
          path === '/decidedOn'
            ? `/events/${decidedAt}/on`
            : path === '/postponedOn'
              ? `/events/${postponedAt}/on`
              : path.startsWith('/suspensions')
                ? '/events'
                : path,
        );
      }
      skipped++;
    }
  }
  return { ...requestCounter.counter_.result_(), outcomes: requestCounter.outcomes_, skipped };
}

/** Reads and counts requests one at a time for `requestTimelinessStatistics`. */
class RequestCounter {
  readonly counter_: Counter;
  readonly outcomes_: Record<DecisionOutcome | 'open', number> = {
    disclosed: 0,
    partlyDisclosed: 0,
    refused: 0,
    notHeld: 0,
    alreadyPublic: 0,
    notHandled: 0,
    open: 0,
  };
  /** Where the decision and the postponement are in the events of the last request, for the path of an error. */
  decidedAt_ = -1;
  postponedAt_ = -1;
  // Day numbers of the date strings seen (null: not a supported date). Thousands of requests share a
  // few hundred dates, and a Map lookup is cheaper than reading a date, above all before the JIT warms up.
  private readonly days_ = new Map<unknown, number | null>();
  // The engine's input, filled in anew for each request read the short way (its result keeps a
  // reference as `input_`, but only the result's own fields are read: Counter.add_).
  private readonly plain_: Mutable<ParsedInput>;
  // The term of a request without suspensions or postponement depends on its day of receipt only.
  private readonly termByReceipt_ = new Map<number, Engine>();
  // Reads a date for the general way: one that cannot be read is read again by parseDay, which throws.
  private readonly readDay_: DayReader = (value, path) => {
    return this.day_(value) ?? parseDay(value, path);
  };
  // The suspensions of the current request (walkEvents), its day of receipt, and whether one of them
  // could not be read (then the general way reads the request and throws the right error).
  private readonly dated_: DatedSuspension[] = [];
  private received_ = 0;
  private bad_ = false;
  private readonly sink_: SuspensionSink = (kind, notifiedOn, endedOn) => {
    const notified = this.day_(notifiedOn);
    const ended = this.day_(endedOn);
    // The checks of readInput: dates that can be read, no notice before the receipt, no end before the notice.
    if (notified !== undefined && ended !== undefined && notified >= this.received_ && ended >= notified)
      this.dated_.push(datedSuspension(kind, notified, ended));
    else this.bad_ = true;
  };

  constructor(
    private readonly today_: string,
    private readonly extraHolidays_: ExtraDays,
  ) {
    this.counter_ = counter(parseDay(today_, '/today'));
    this.plain_ = {
      received_: 0,
      postponed_: undefined,
      decided_: undefined,
      undated_: NONE,
      dated_: NONE,
      extraHolidays_,
    };
  }

  /** The day number of a date (undefined when it cannot be read), remembered. */
  private day_(value: unknown): number | undefined {
    let day = this.days_.get(value);
    if (day === undefined) {
      try {
        day = parseDay(value);
      } catch {
        day = null;
      }
      this.days_.set(value, day);
    }
    return day ?? undefined;
  }

  /** Counts one request, or throws a `WooKitInputError` (path within the request, see `decidedAt_`). */
  add_(request: WooRequest | undefined): void {
    this.decidedAt_ = -1;
    this.postponedAt_ = -1;
    if (typeof request !== 'object' || request === null) {
      readInput(request); // throws invalid-input
      return;
    }
    const outcomes = this.outcomes_;
    const events = request.events;
    let decidedAt = -1;
    let postponedAt = -1;
    let outcome: DecisionOutcome | 'open' = 'open';
    let suspended = false;
    if (events != null) {
      if (!Array.isArray(events))
        fail('invalid-events', 'events moet een lijst zijn.|events must be a list.', '/events');
      for (let k = 0; k < events.length; k++) {
        const event = events[k];
        if (typeof event !== 'object' || event === null)
          fail('invalid-event', 'Een gebeurtenis moet een object zijn.|An event must be an object.', `/events/${k}`);
        const type = event.type;
        if (type === 'decided') {
          if (decidedAt < 0) {
            this.decidedAt_ = decidedAt = k;
            outcome = event.outcome;
            // Only the outcomes counted above are numbers here (not "toString", say).
            if (typeof outcomes[outcome] !== 'number')
              fail(
                'invalid-outcome',
                'Onbekende uitkomst van het besluit.|Unknown outcome of the decision.',
                `/events/${k}/outcome`,
              );
          }
        } else if (type === 'postponed') {
          if (postponedAt < 0) this.postponedAt_ = postponedAt = k;
        } else if (type === 'clarificationAsked' || type === 'zienswijzeAsked') suspended = true;
      }
    }
    // (The Map is asked here first: a function call per date costs more than the lookup before the JIT warms up.)
    const days = this.days_;
    const receivedOn = request.receivedOn;
    const received = days.get(receivedOn) ?? this.day_(receivedOn);
    let decided: number | undefined;
    if (decidedAt >= 0) {
      const decidedOn = events![decidedAt]!.on;
      decided = days.get(decidedOn) ?? this.day_(decidedOn);
    }
    const postponed = postponedAt < 0 ? undefined : this.day_(events![postponedAt]!.on);
    let engine: Engine | undefined;
    // A date that cannot be read, or lies before the receipt: the general way says which and where.
    let general =
      received === undefined ||
      (decidedAt >= 0 && (decided === undefined || decided < received)) ||
      (postponedAt >= 0 && (postponed === undefined || postponed < received));
    const plain = this.plain_;
    if (!general && suspended) {
      // The suspensions as walkEvents finds them (as deadlineInputFromRequest would list them), in
      // the order readInput gives them to the engine.
      const dated = this.dated_;
      dated.length = 0;
      this.received_ = received!;
      this.bad_ = false;
      walkEvents(request, this.today_, this.sink_);
      general = this.bad_;
      if (!general) {
        if (dated.length > 1) dated.sort(byFirstDay);
        plain.received_ = received!;
        plain.postponed_ = postponed;
        plain.dated_ = dated;
        engine = runEngine(plain, false);
        plain.dated_ = NONE;
      }
    }
    // The general way gives the errors, with their codes and paths, for what the short way cannot read.
    if (general) {
      const parsed = readInput(deadlineInputFromRequest(request, this.today_), this.readDay_);
      engine = runEngine(this.extraHolidays_ ? { ...parsed, extraHolidays_: this.extraHolidays_ } : parsed, false);
      decided = parsed.decided_;
    } else if (!engine) {
      // No suspensions: the term depends on the day of receipt (and the postponement) only.
      if (postponedAt < 0) engine = this.termByReceipt_.get(received!);
      if (!engine) {
        plain.received_ = received!;
        plain.postponed_ = postponed;
        engine = runEngine(plain, false);
        if (postponedAt < 0) this.termByReceipt_.set(received!, engine);
      }
    }
    const agreedDeadline: unknown = request.agreedDeadline;
    let agreed: number | undefined;
    if (agreedDeadline != null) {
      agreed = this.day_(agreedDeadline);
      if (agreed === undefined) parseDay(agreedDeadline, '/agreedDeadline'); // throws
    }
    this.counter_.add_(engine!, received!, decided, agreed);
    outcomes[outcome]++;
  }
}
