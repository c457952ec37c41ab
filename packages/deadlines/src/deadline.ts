import type { LocalizedText } from '@woo-kit/core';
import { isoOf, type IsoDate } from './calendar.js';
import { engineOf, relatedDays, type Engine, type RelatedDays } from './engine.js';
import type { DeadlineInput } from './input.js';
import { alternativeStep, deadlineSteps, hasAlternative, step, type Step, type StepValues } from './steps.js';

/** Dates that follow from the decision term. */
export interface RelatedDates {
  /** Woo 4.1 lid 5: ask to clarify a too broad or vague request within 2 weeks of receipt (Atw applied). */
  readonly clarificationRequestDue: IsoDate;
  /** Woo 4.6: decide not to handle an abusive request within 2 weeks of receipt (Atw applied). */
  readonly antiAbuseDecisionDue: IsoDate;
  /**
   * Awb 6:12 lid 2: the first day a notice of default (ingebrekestelling) can be received: the day after the deadline.
   */
  readonly ingebrekestellingFrom: IsoDate;
  /**
   * Awb 6:12 lid 2 sub b: the first day of an appeal for failure to decide, when the notice of default
   * arrived on `ingebrekestellingFrom` (X): X + 15, reading "two weeks after the day X" as X+1 … X+14.
   */
  readonly appealForFailureToDecideFrom: IsoDate;
  /** The other reading (ABRvS 1-9-2010, ECLI:NL:RVS:2010:BN5684 counts day X itself): X + 14. */
  readonly appealForFailureToDecideFromAlternative: IsoDate;
  /**
   * Woo 4.4 lid 5: when a third party is expected to object, information is released 2 weeks after
   * the decision (`decidedOn`, or else the deadline), moved to a working day (Atw art. 1, our choice).
   */
  readonly releaseWhenObjectionExpected: IsoDate;
  /** The Awb 4:17 penalty does not apply to Woo decisions (Woo 8.2). `key` and `values` as in a step. */
  readonly penalty: {
    readonly applies: false;
    readonly rule: 'Woo 8.2';
    readonly key: 'penalty';
    readonly values: StepValues['penalty'];
    readonly explanation: LocalizedText;
  };
}

/** Another reading of an open point of law, shown next to the default. */
export interface Alternative {
  /** `"atw-before-postponement"`: apply the Atw to the first term, then add the 14 days. */
  readonly reading: 'atw-before-postponement';
  readonly deadline: IsoDate;
  readonly rule: string;
  /** The key of the text, as in a step (README "Step keys"). */
  readonly key: 'alternative';
  readonly values: StepValues['alternative'];
  readonly explanation: LocalizedText;
}

/** The decision term of one request. */
export interface DeadlineResult {
  readonly receivedOn: IsoDate;
  /** The last day to decide (Woo 4.4, Awb 4:15, Atw). */
  readonly deadline: IsoDate;
  /** The end of the four-week term with its suspensions, after the Atw; a postponement must be notified by then. */
  readonly firstTermEnd: IsoDate;
  /** Calendar days the term was suspended (counted suspensions, overlaps once). */
  readonly suspendedDays: number;
  /** Present when `postponedOn` was given: whether it was notified on or before `firstTermEnd`. */
  readonly postponementValid?: boolean;
  readonly related: RelatedDates;
  /** Other readings that give a different deadline (empty when none). */
  readonly alternatives: readonly Alternative[];
  /**
   * Every rule applied, in order, in Dutch and English, with a `key` and `values` for other languages. Built on first
   * read; included in JSON.
   */
  readonly steps: readonly Step[];
}

// The penalty step's rule, key, values (none) and explanation, without its date.
const { date: _, ...penalty } = step('Woo 8.2', 0, 'penalty');
const PENALTY = Object.freeze({ applies: false, ...penalty }) as RelatedDates['penalty'];
const NO_ALTERNATIVES: readonly Alternative[] = Object.freeze([]);

// A class, not an object literal: `steps` and `alternatives` are getters on the prototype that build
// their texts on first read, and `toJSON` puts them in the JSON. Creating the result stays cheap.
class Result implements DeadlineResult {
  readonly receivedOn: IsoDate;
  readonly deadline: IsoDate;
  readonly firstTermEnd: IsoDate;
  readonly suspendedDays: number;
  declare readonly postponementValid?: boolean;
  readonly related: RelatedDates;
  #engine: Engine;
  #related: RelatedDays;
  #steps?: Step[];

  constructor(engine: Engine) {
    const related = relatedDays(engine);
    this.receivedOn = isoOf(engine.input_.received_);
    this.deadline = isoOf(engine.deadline_);
    this.firstTermEnd = isoOf(engine.firstTermEnd_);
    this.suspendedDays = engine.suspendedDays_;
    if (engine.postponementValid_ !== undefined)
      (this as { postponementValid?: boolean }).postponementValid = engine.postponementValid_;
    this.related = {
      clarificationRequestDue: isoOf(related.aanvullingDue_),
      antiAbuseDecisionDue: isoOf(related.aanvullingDue_),
      ingebrekestellingFrom: isoOf(related.ingebrekestellingFrom_),
      appealForFailureToDecideFrom: isoOf(related.appealFrom_),
      appealForFailureToDecideFromAlternative: isoOf(related.appealFrom_ - 1),
      releaseWhenObjectionExpected: isoOf(related.release_),
      penalty: PENALTY,
    };
    this.#engine = engine;
    this.#related = related;
  }

  get alternatives(): readonly Alternative[] {
    const engine = this.#engine;
    if (!hasAlternative(engine)) return NO_ALTERNATIVES;
    const { date, ...rest } = alternativeStep(engine);
    return [{ reading: 'atw-before-postponement', deadline: date, ...rest }];
  }

  get steps(): readonly Step[] {
    return (this.#steps ??= deadlineSteps(this.#engine, this.#related));
  }

  toJSON(): object {
    return { ...this, alternatives: this.alternatives, steps: this.steps };
  }
}

/**
 * Computes the decision term of a Woo request: receipt + 28 days (Woo 4.4 lid 1), extended by
 * suspensions (Woo 4.4 lid 3, Awb 4:15), rolled forward by the Atw (`firstTermEnd`), and by a valid
 * postponement (Woo 4.4 lid 2) 14 days more, rolled forward again (`deadline`).
 *
 * `input` may be anything (e.g. parsed JSON): it is checked, and problems throw a `WooKitInputError`
 * with a stable `code` (`invalid-input`, `missing-received-on`, `invalid-date`, `date-out-of-range`,
 * `postponed-before-received`, `decided-before-received`, `invalid-suspensions`, `invalid-suspension`,
 * `unknown-suspension-kind`, `missing-date`, `notified-before-received`, `ended-before-notified`,
 * `invalid-days`, `invalid-extra-holidays`) and a JSON-pointer `path`.
 *
 * @example
 * computeDeadline({ receivedOn: '2023-03-30', postponedOn: '2023-04-20' }).deadline // '2023-05-11'
 */
export function computeDeadline(input: DeadlineInput | unknown): DeadlineResult {
  return new Result(engineOf(input, true));
}
