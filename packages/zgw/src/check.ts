/**
 * What woo-kit says about a zaak: the legal deadline (Woo 4.4, Awb 4:15, Atw) next to the dates the
 * zaaksysteem holds, the difference in days, and why they differ.
 */
import type { LocalizedText, WooRequest } from '@woo-kit/core';
import {
  computeDeadline,
  deadlineInputFromRequest,
  todayInAmsterdam,
  type DeadlineInput,
  type DeadlineResult,
  type IsoDate,
  type Step,
} from '@woo-kit/deadlines';
import { wooRequestFromZaak, type ZaakReading } from './from-zaak.js';
import type { ZaakMapping, ZgwWarning } from './mapping.js';
import { dayNumber, isDate } from './time.js';
import type { ZaakBundle } from './types.js';

/** One reason why the zaak's date and the legal deadline differ, or a legal problem with the zaak. */
export interface ZaakReason {
  /** Stable code (docs/zgw.md). */
  readonly code: string;
  /** The article of law involved. */
  readonly rule?: string;
  readonly message: LocalizedText;
}

export interface CheckZaakOptions {
  /** How the zaak maps onto a request (docs/zgw.md). */
  readonly mapping?: ZaakMapping;
  /** The day a suspension still running counts up to (default: today in the Netherlands). */
  readonly today?: IsoDate;
  /** Extra non-working days of the body (Atw art. 3 lid 3). */
  readonly extraHolidays?: readonly IsoDate[];
}

/** The result of `checkZaak`. */
export interface ZaakCheck {
  /** The zaak's URL (its identity in the API), when it has one. */
  readonly zaak: string | null;
  readonly identificatie: string | null;
  readonly receivedOn: IsoDate;
  /** The legal deadline (Woo 4.4, Awb 4:15, Atw). */
  readonly deadline: IsoDate;
  readonly firstTermEnd: IsoDate;
  readonly suspendedDays: number;
  /** Present when the zaak has a postponement: whether it was registered in time (Woo 4.4 lid 2). */
  readonly postponementValid?: boolean;
  /** The decision date, or null while open. */
  readonly decidedOn: IsoDate | null;
  /** Whether the decision was on time; null while open. */
  readonly decidedOnTime: boolean | null;
  /** The zaak's own "last date by law", as the zaaksysteem has it (null when not set). */
  readonly uiterlijkeEinddatumAfdoening: IsoDate | null;
  /** The zaak's planned end date (null when not set). */
  readonly einddatumGepland: IsoDate | null;
  /**
   * `uiterlijkeEinddatumAfdoening` minus the legal deadline, in calendar days: positive when the
   * zaaksysteem gives more time than the law, negative when less; null when the zaak has no such date.
   */
  readonly differsByDays: number | null;
  /** Why the dates differ, and legal problems found (a postponement too late, …). */
  readonly reasons: readonly ZaakReason[];
  /** What was read past, assumed or ignored while reading the zaak. */
  readonly warnings: readonly ZgwWarning[];
  /** Every rule applied to compute the deadline, with its article, in Dutch and English. */
  readonly steps: readonly Step[];
  /** The full result of `computeDeadline` (related dates, alternatives). */
  readonly result: DeadlineResult;
  /** What the zaak was read as. */
  readonly request: WooRequest;
  readonly input: DeadlineInput;
  readonly reading: ZaakReading;
}

const r = (code: string, rule: string | undefined, nl: string, en: string): ZaakReason =>
  rule === undefined ? { code, message: { nl, en } } : { code, rule, message: { nl, en } };
const dateOrNull = (v: unknown): IsoDate | null => (isDate(v) ? v : null);

/** The reasons, from the steps of the computation and the zaak's own dates. */
function reasonsFor(
  bundle: ZaakBundle,
  reading: ZaakReading,
  result: DeadlineResult,
  differs: number | null,
  today: IsoDate,
): ZaakReason[] {
  const reasons: ZaakReason[] = [];
  const zaaksDate = dateOrNull(bundle.zaak.uiterlijkeEinddatumAfdoening);
  if (zaaksDate === null) {
    reasons.push(
      r(
        'no-uiterlijke-einddatum',
        undefined,
        'De zaak heeft geen uiterlijkeEinddatumAfdoening; alleen de wettelijke termijn is bekend.',
        'The zaak has no uiterlijkeEinddatumAfdoening; only the legal deadline is known.',
      ),
    );
  }
  const later = differs !== null && differs < 0; // the law gives more time than the zaak says
  for (const s of result.steps) {
    if (s.key === 'suspension.zienswijze' || s.key === 'suspension.aanvulling') {
      const v = s.values;
      if (!v.counted) {
        reasons.push(
          r(
            'suspension-too-late',
            s.rule,
            `De opschorting van ${v.notifiedOn} begon toen de termijn al was verstreken (${v.end}) en ` +
              `verschuift de termijn niet.`,
            `The suspension of ${v.notifiedOn} started after the term had ended (${v.end}) and does not move it.`,
          ),
        );
      } else if (later && v.suspendedDays > 0) {
        reasons.push(
          r(
            'suspension-not-in-zaak-date',
            s.rule,
            `De opschorting van ${v.notifiedOn} tot ${v.endedOn} (${v.suspendedDays} dagen) heeft uw datum ` +
              `niet verschoven; de wettelijke termijn wel.`,
            `The suspension from ${v.notifiedOn} to ${v.endedOn} (${v.suspendedDays} days) did not move your ` +
              `date; it moves the legal deadline.`,
          ),
        );
      }
    } else if (s.key === 'postponement' && later) {
      reasons.push(
        r(
          'postponement-not-in-zaak-date',
          s.rule,
          `De verdaging van ${s.values.postponedOn} (twee weken) zit niet in uw datum.`,
          `The postponement of ${s.values.postponedOn} (two weeks) is not in your date.`,
        ),
      );
    } else if (s.key === 'postponement-too-late') {
      reasons.push(
        r(
          'postponement-too-late',
          s.rule,
          `De verlenging is vastgelegd op ${s.values.postponedOn}, na het einde van de eerste termijn ` +
            `(${s.values.firstTermEnd}). Dat staat Woo 4.4 lid 2 niet toe: de verdaging telt niet.`,
          `The extension was registered on ${s.values.postponedOn}, after the first term ended ` +
            `(${s.values.firstTermEnd}), which Woo 4.4 lid 2 does not allow: the postponement does not count.`,
        ),
      );
    } else if (s.key === 'atw' && differs !== null && differs !== 0) {
      reasons.push(
        r(
          'atw',
          s.rule,
          `${s.values.end} is geen werkdag; de Algemene termijnenwet schuift de termijn op naar ${s.values.movedTo}.`,
          `${s.values.end} is not a working day; the Algemene termijnenwet moves the term to ${s.values.movedTo}.`,
        ),
      );
    }
  }
  const openOne = reading.suspensions.find((s) => s.endedOn === undefined);
  if (openOne !== undefined && reading.decision === undefined) {
    reasons.push(
      r(
        'suspension-running',
        openOne.kind === 'zienswijze' ? 'Woo 4.4 lid 3' : 'Awb 4:15 lid 1 sub a',
        `De zaak is sinds ${openOne.notifiedOn} opgeschort; de termijn staat stil tot en met vandaag ` +
          `(${today}) en schuift elke dag op.`,
        `The zaak has been suspended since ${openOne.notifiedOn}; the term stands still up to today ` +
          `(${today}) and moves on every day.`,
      ),
    );
  }
  const doorlooptijd = bundle.zaaktype?.doorlooptijd;
  if (typeof doorlooptijd === 'string' && !['P28D', 'P4W'].includes(doorlooptijd.toUpperCase())) {
    reasons.push(
      r(
        'doorlooptijd',
        'Woo 4.4 lid 1',
        `Het zaaktype heeft doorlooptijd ${doorlooptijd}; de Woo geeft vier weken (P28D).`,
        `The zaaktype has doorlooptijd ${doorlooptijd}; the Woo gives four weeks (P28D).`,
      ),
    );
  }
  if (differs !== null && differs > 0 && reading.postponement !== undefined && result.postponementValid) {
    const duur = reading.postponement.duur;
    reasons.push(
      r(
        'verlenging-as-working-days',
        'Woo 4.4 lid 2',
        `Uw datum ligt later dan de wet toestaat. De verlenging (${duur}) geeft volgens de Woo twee weken (14 ` +
          `kalenderdagen), ook als het zaaksysteem in werkdagen telt.`,
        `Your date is later than the law allows. The extension (${duur}) gives two weeks (14 calendar days) ` +
          `under the Woo, even when the zaaksysteem counts working days.`,
      ),
    );
  } else if (differs !== null && differs > 0) {
    reasons.push(
      r(
        'zaak-date-later',
        'Woo 4.4',
        `Uw datum ligt ${differs} dagen later dan de wettelijke termijn: na ${result.deadline} is de gemeente te laat.`,
        `Your date is ${differs} days later than the legal deadline: after ${result.deadline} the ` +
          `municipality is late.`,
      ),
    );
  }
  return reasons;
}

/**
 * Checks a zaak against the law: reads it (`wooRequestFromZaak`), computes the legal deadline
 * (`computeDeadline` of @woo-kit/deadlines, with its steps and articles) and compares it with the
 * zaak's `uiterlijkeEinddatumAfdoening`. Throws a `WooKitInputError` only for a zaak that cannot be
 * read at all (no zaak, no date of receipt).
 */
export function checkZaak(bundle: ZaakBundle, options: CheckZaakOptions = {}): ZaakCheck {
  const reading = wooRequestFromZaak(bundle, options.mapping);
  const today = options.today ?? todayInAmsterdam();
  const base = deadlineInputFromRequest(reading.request, today);
  const input: DeadlineInput =
    options.extraHolidays && options.extraHolidays.length > 0
      ? { ...base, extraHolidays: options.extraHolidays }
      : base;
  const result = computeDeadline(input);
  const zaaksDate = dateOrNull(bundle.zaak.uiterlijkeEinddatumAfdoening);
  const differs = zaaksDate === null ? null : dayNumber(zaaksDate) - dayNumber(result.deadline);
  const decidedOn = input.decidedOn ?? null;
  const zaak = bundle.zaak;
  return {
    zaak: typeof zaak.url === 'string' ? zaak.url : null,
    identificatie: typeof zaak.identificatie === 'string' ? zaak.identificatie : null,
    receivedOn: result.receivedOn,
    deadline: result.deadline,
    firstTermEnd: result.firstTermEnd,
    suspendedDays: result.suspendedDays,
    ...(result.postponementValid === undefined ? {} : { postponementValid: result.postponementValid }),
    decidedOn,
    decidedOnTime: decidedOn === null ? null : decidedOn <= result.deadline,
    uiterlijkeEinddatumAfdoening: zaaksDate,
    einddatumGepland: dateOrNull(zaak.einddatumGepland),
    differsByDays: differs,
    reasons: reasonsFor(bundle, reading, result, differs, today),
    warnings: reading.warnings,
    steps: result.steps,
    result,
    request: reading.request,
    input,
    reading,
  };
}

/** The JSON line of a checked zaak, as `woo-kit zgw deadline` and `woo-kit zgw report` write it. */
export function zaakCheckLine(c: ZaakCheck): Record<string, unknown> {
  return {
    zaak: c.zaak,
    identificatie: c.identificatie,
    receivedOn: c.receivedOn,
    deadline: c.deadline,
    firstTermEnd: c.firstTermEnd,
    suspendedDays: c.suspendedDays,
    ...(c.postponementValid === undefined ? {} : { postponementValid: c.postponementValid }),
    decidedOn: c.decidedOn,
    decidedOnTime: c.decidedOnTime,
    uiterlijkeEinddatumAfdoening: c.uiterlijkeEinddatumAfdoening,
    einddatumGepland: c.einddatumGepland,
    differsByDays: c.differsByDays,
    suspensions: c.reading.suspensions.map(({ kind, notifiedOn, endedOn }) =>
      endedOn === undefined ? { kind, notifiedOn } : { kind, notifiedOn, endedOn },
    ),
    ...(c.reading.postponement ? { postponedOn: c.reading.postponement.postponedOn } : {}),
    reasons: c.reasons,
    warnings: c.warnings,
    alternatives: c.result.alternatives,
    steps: c.steps,
  };
}
