/**
 * The explanation of a step of `@woo-kit/deadlines` (a step, an alternative reading or the penalty)
 * in the element's locale. The deadlines package gives each one a stable `key` and its `values` (README
 * "Step keys"); here each key is a `msg()` with Dutch (B1) as the source, the same wording as the
 * package's own Dutch, so it is translated like every other string. Dates go through `formatDate`,
 * counts of days through the plural helpers, closed days through their own messages.
 *
 * A step without a key this version knows, or with values that are not what its key says (JSON from
 * elsewhere), falls back to the package's text (`explanation`: Dutch, or English for other locales).
 * `stepText` never throws.
 */
import { msg, str } from '@lit/localize';
import type { StepKey, StepValues } from '@woo-kit/deadlines';
import { pick } from './pick.js';
import { formatDate } from './intl.js';
import { daysText, overlapText, workingDaysText } from './plural.js';

/** Anything with a step text: a `Step`, an `Alternative`, `related.penalty`. */
export interface Explained {
  readonly key?: string;
  readonly values?: unknown;
  readonly explanation: { readonly nl: string; readonly en: string };
}

/** A step narrowed by its key. */
type Keyed = { [K in StepKey]: { readonly key: K; readonly values: StepValues[K] } }[StepKey];

/** The text of a step, alternative or penalty in `locale`. */
export function stepText(step: Explained, locale: string): string {
  try {
    const text = render(step as Keyed, locale);
    if (text) return text;
  } catch {
    // A value is missing or of the wrong type: show the package's own text.
  }
  return pick(step.explanation, locale);
}

const ISO = /^\d{4}-\d\d-\d\d$/;
const COUNTS = new Set(['days', 'workingDays', 'suspendedDays', 'overlapDays']);

/**
 * The values as the text shows them: every value name (of any member of a union), each a string; reading one that is
 * not there throws.
 */
type Shown<V> = { readonly [N in V extends unknown ? keyof V : never]: string };

function shown<V>(values: V, locale: string): Shown<V> {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(values as object)) {
    if (name === 'counted') continue;
    if (COUNTS.has(name)) {
      if (!Number.isInteger(v) || (v as number) < 0) throw new TypeError(name);
      out[name] = name === 'workingDays' ? workingDaysText(v as number, locale) : daysText(v as number, locale);
    } else if (name === 'reason') out[name] = reasonText(v);
    else if (typeof v === 'string' && ISO.test(v)) out[name] = formatDate(v, locale);
    else throw new TypeError(name);
  }
  return new Proxy(out, {
    get(target, name) {
      if (typeof name !== 'string' || !Object.hasOwn(target, name)) throw new TypeError(`no value ${String(name)}`);
      return target[name];
    },
  }) as Shown<V>;
}

function render(s: Keyed, locale: string): string | undefined {
  switch (s.key) {
    case 'received': {
      const { receivedOn } = shown(s.values, locale);
      return msg(str`Het verzoek kwam binnen op ${receivedOn}. De termijn begint de dag erna.`, {
        id: 'step.received',
        desc: `One step of the explanation of how the decision term was computed (step key "received" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
      });
    }
    case 'four-weeks': {
      const { end } = shown(s.values, locale);
      return msg(str`De gemeente beslist binnen 4 weken: uiterlijk ${end}.`, {
        id: 'step.four-weeks',
        desc: `One step of the explanation of how the decision term was computed (step key "four-weeks" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
      });
    }
    case 'suspension.zienswijze':
    case 'suspension.aanvulling':
    case 'suspension.instemming':
    case 'suspension.overmacht':
      return suspensionText(s, locale);
    case 'atw': {
      const { end, reason, movedTo } = shown(s.values, locale);
      return msg(
        str`De termijn eindigt op ${end}, ${reason}. Dan schuift hij door naar de volgende werkdag: ${movedTo}.`,
        {
          id: 'step.atw',
          desc: `Algemene termijnenwet art. 1. The second value is one of the step.reason.* texts, e.g. "een \
zaterdag" (a Saturday) or "een feestdag (Koningsdag)".`,
        },
      );
    }
    case 'postponement': {
      const { postponedOn, firstTermEnd, countedFrom, end } = shown(s.values, locale);
      return msg(
        str`Op ${postponedOn} verdaagde de gemeente de termijn met 2 weken. Dat mag één keer, \
uiterlijk ${firstTermEnd}. De 2 weken tellen vanaf ${countedFrom}: nieuwe einddatum ${end}.`,
        {
          id: 'step.postponement',
          desc: `One step of the explanation of how the decision term was computed (step key "postponement" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    }
    case 'postponement-too-late': {
      const { postponedOn, firstTermEnd } = shown(s.values, locale);
      return msg(
        str`Op ${postponedOn} verdaagde de gemeente de termijn. Te laat: de eerste termijn liep tot en \
met ${firstTermEnd}. De verdaging telt niet.`,
        {
          id: 'step.postponement-too-late',
          desc: `One step of the explanation of how the decision term was computed (step key \
"postponement-too-late" of @woo-kit/deadlines). Dates are written out with the weekday; counts \
come with their unit.`,
        },
      );
    }
    case 'deadline': {
      const { deadline } = shown(s.values, locale);
      return msg(str`De gemeente moet uiterlijk op ${deadline} beslissen.`, {
        id: 'step.deadline',
        desc: `One step of the explanation of how the decision term was computed (step key "deadline" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
      });
    }
    case 'alternative': {
      const { firstTermEnd, deadline } = shown(s.values, locale);
      return msg(
        str`Andere uitleg: eerst de termijnenwet (${firstTermEnd}), dan 2 weken: ${deadline}. Wij nemen de \
eerdere, veilige datum.`,
        {
          id: 'step.alternative',
          desc: `One step of the explanation of how the decision term was computed (step key "alternative" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    }
    case 'clarification': {
      const { due } = shown(s.values, locale);
      return msg(
        str`Is het verzoek te breed of onduidelijk? Dan vraagt de gemeente binnen 2 weken om uitleg: uiterlijk ${due}.`,
        {
          id: 'step.clarification',
          desc: `One step of the explanation of how the decision term was computed (step key "clarification" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    }
    case 'abuse': {
      const { due } = shown(s.values, locale);
      return msg(
        str`Gaat het duidelijk niet om informatie (misbruik)? Dan kan de gemeente binnen 2 weken besluiten het \
niet te behandelen: uiterlijk ${due}.`,
        {
          id: 'step.abuse',
          desc: `One step of the explanation of how the decision term was computed (step key "abuse" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    }
    case 'notice-of-default': {
      const { deadline, from } = shown(s.values, locale);
      return msg(
        str`Geen besluit op ${deadline}? Dan kan de verzoeker vanaf ${from} een ingebrekestelling sturen: een \
brief dat de gemeente te laat is.`,
        {
          id: 'step.notice-of-default',
          desc: `One step of the explanation of how the decision term was computed (step key "notice-of-default" \
of @woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    }
    case 'appeal': {
      const { noticeOn, from, alternativeFrom } = shown(s.values, locale);
      return msg(
        str`Daarna kan de verzoeker in beroep bij de rechter, 2 weken na de dag dat de gemeente die brief \
kreeg. Kreeg zij hem op ${noticeOn}, dan vanaf ${from} (andere uitleg: ${alternativeFrom}).`,
        {
          id: 'step.appeal',
          desc: `One step of the explanation of how the decision term was computed (step key "appeal" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    }
    case 'release': {
      const { decisionOn, releaseOn } = shown(s.values, locale);
      return msg(
        str`Verwacht de gemeente bezwaar van een ander? Dan geeft zij de informatie pas 2 weken na het besluit \
(${decisionOn}): op ${releaseOn}.`,
        {
          id: 'step.release',
          desc: `One step of the explanation of how the decision term was computed (step key "release" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    }
    case 'penalty':
      return msg(
        `Een dwangsom voor te laat beslissen (Awb 4:17) geldt niet bij de Woo. De rechter kan wel opdragen \
te beslissen, meestal binnen 2 weken (Awb 8:55d), vaak met een dwangsom (bijvoorbeeld € 100 per \
dag, tot € 15.000).`,
        {
          id: 'step.penalty',
          desc: `One step of the explanation of how the decision term was computed (step key "penalty" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    case 'status.within-term': {
      const { today, days, workingDays } = shown(s.values, locale);
      return msg(str`Op ${today} loopt de termijn: nog ${days} (${workingDays}).`, {
        id: 'step.status.within-term',
        desc: `The last step of a status explanation. Dates are written out with the weekday; the counts come \
with their unit ("3 dagen", "2 werkdagen").`,
      });
    }
    case 'status.suspended': {
      const { today, days, workingDays } = shown(s.values, locale);
      return msg(str`Op ${today} staat de termijn stil: nog ${days} (${workingDays}).`, {
        id: 'step.status.suspended',
        desc: `The last step of a status explanation. Dates are written out with the weekday; the counts come \
with their unit ("3 dagen", "2 werkdagen").`,
      });
    }
    case 'status.postponed': {
      const { today, days, workingDays } = shown(s.values, locale);
      return msg(str`Op ${today} loopt de verdaagde termijn: nog ${days} (${workingDays}).`, {
        id: 'step.status.postponed',
        desc: `The last step of a status explanation. Dates are written out with the weekday; the counts come \
with their unit ("3 dagen", "2 werkdagen").`,
      });
    }
    case 'status.late': {
      const { today, days, workingDays } = shown(s.values, locale);
      return msg(str`Op ${today} is de gemeente ${days} (${workingDays}) te laat.`, {
        id: 'step.status.late',
        desc: `The last step of a status explanation. Dates are written out with the weekday; the counts come \
with their unit ("3 dagen", "2 werkdagen").`,
      });
    }
    case 'status.decided-on-time': {
      const { decidedOn } = shown(s.values, locale);
      return msg(str`Besluit op ${decidedOn}: op tijd.`, {
        id: 'step.status.decided-on-time',
        desc: `The last step of a status explanation. Dates are written out with the weekday; the counts come \
with their unit ("3 dagen", "2 werkdagen").`,
      });
    }
    case 'status.decided-late': {
      const { decidedOn, days, workingDays } = shown(s.values, locale);
      return msg(str`Besluit op ${decidedOn}: ${days} (${workingDays}) te laat.`, {
        id: 'step.status.decided-late',
        desc: `The last step of a status explanation. Dates are written out with the weekday; the counts come \
with their unit ("3 dagen", "2 werkdagen").`,
      });
    }
    case 'statistics': {
      const { today } = shown(s.values, locale);
      return msg(
        str`Op tijd: besluit uiterlijk op de laatste dag. 4 weken = 28 dagen na ontvangst. Wettelijk = met \
verdaging, opschorting en termijnenwet. Afgesproken = de afgesproken datum. Een open verzoek na de \
termijn telt als te laat (peildatum ${today}).`,
        {
          id: 'step.statistics',
          desc: `One step of the explanation of how the decision term was computed (step key "statistics" of \
@woo-kit/deadlines). Dates are written out with the weekday; counts come with their unit.`,
        },
      );
    }
    default:
      // A key of a later version of @woo-kit/deadlines (or none): the caller shows `explanation`. The
      // compiler checks that every key of this version has a case above.
      s satisfies never;
      return undefined;
  }
}

type Suspension = Extract<Keyed, { key: `suspension.${string}` }>;

/** A suspension: what it is, from when (an agreement or force majeure with a date), and what it did to the term. */
function suspensionText(s: Suspension, locale: string): string {
  const v = shown(s.values, locale);
  const parts: string[] = [];
  switch (s.key) {
    case 'suspension.zienswijze': {
      const { notifiedOn, from, endedOn } = v;
      parts.push(
        msg(
          str`Op ${notifiedOn} vroeg de gemeente een ander om zijn mening (zienswijze). De termijn staat stil \
van ${from} tot en met ${endedOn}.`,
          {
            id: 'step.suspension.zienswijze',
            desc: `Part of the explanation of one suspension (opschorting) of the decision term; the parts are joined \
with spaces. Dates are written out with the weekday.`,
          },
        ),
      );
      break;
    }
    case 'suspension.aanvulling': {
      const { notifiedOn, from, endedOn } = v;
      parts.push(
        msg(
          str`Op ${notifiedOn} vroeg de gemeente om het verzoek aan te vullen. De termijn staat stil \
van ${from} tot ${endedOn}.`,
          {
            id: 'step.suspension.aanvulling',
            desc: `Part of the explanation of one suspension (opschorting) of the decision term; the parts are joined \
with spaces. Dates are written out with the weekday.`,
          },
        ),
      );
      break;
    }
    case 'suspension.instemming': {
      const { days } = v;
      parts.push(
        msg(str`De verzoeker stemde in met ${days} uitstel.`, {
          id: 'step.suspension.instemming',
          desc: `Part of the explanation of one suspension (opschorting) of the decision term; the parts are joined \
with spaces. Dates are written out with the weekday.`,
        }),
      );
      break;
    }
    case 'suspension.overmacht': {
      const { days } = v;
      parts.push(
        msg(str`Door overmacht (iets buiten de macht van de gemeente) staat de termijn ${days} stil.`, {
          id: 'step.suspension.overmacht',
          desc: `Part of the explanation of one suspension (opschorting) of the decision term; the parts are joined \
with spaces. Dates are written out with the weekday.`,
        }),
      );
      break;
    }
  }
  if ((s.key === 'suspension.instemming' || s.key === 'suspension.overmacht') && 'from' in s.values) {
    const { from } = v;
    parts.push(
      msg(str`Vanaf ${from}.`, {
        id: 'step.suspension.from',
        desc: `Part of the explanation of one suspension (opschorting) of the decision term; the parts are joined \
with spaces. Dates are written out with the weekday.`,
      }),
    );
  }
  const { end } = v;
  if (s.values.counted) {
    const { suspendedDays } = v;
    parts.push(
      msg(str`Dat is ${suspendedDays}.`, {
        id: 'step.suspension.counted',
        desc: `Part of the explanation of one suspension (opschorting) of the decision term; the parts are joined \
with spaces. Dates are written out with the weekday.`,
      }),
    );
    const overlap = s.values.overlapDays ?? 0;
    if (overlap > 0) parts.push(overlapText(overlap, locale));
    parts.push(
      msg(str`Nieuwe einddatum: ${end}.`, {
        id: 'step.suspension.new-end',
        desc: `Part of the explanation of one suspension (opschorting) of the decision term; the parts are joined \
with spaces. Dates are written out with the weekday.`,
      }),
    );
  } else {
    parts.push(
      msg(str`Telt niet: de termijn liep al af op ${end}.`, {
        id: 'step.suspension.not-counted',
        desc: `Part of the explanation of one suspension (opschorting) of the decision term; the parts are joined \
with spaces. Dates are written out with the weekday.`,
      }),
    );
  }
  return parts.join(' ');
}

/** Why a day is not a working day (Atw art. 1 and 3), as it reads after "De termijn eindigt op <datum>,". */
function reasonText(reason: unknown): string {
  switch (reason) {
    case 'saturday':
      return msg('een zaterdag', {
        id: 'step.reason.saturday',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'sunday':
      return msg('een zondag', {
        id: 'step.reason.sunday',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'new-years-day':
      return msg('een feestdag (Nieuwjaarsdag)', {
        id: 'step.reason.new-years-day',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'good-friday':
      return msg('een feestdag (Goede Vrijdag)', {
        id: 'step.reason.good-friday',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'easter-monday':
      return msg('een feestdag (Tweede Paasdag)', {
        id: 'step.reason.easter-monday',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'kings-day':
      return msg('een feestdag (Koningsdag)', {
        id: 'step.reason.kings-day',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'queens-day':
      return msg('een feestdag (Koninginnedag)', {
        id: 'step.reason.queens-day',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'liberation-day':
      return msg('een feestdag (Bevrijdingsdag)', {
        id: 'step.reason.liberation-day',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'ascension-day':
      return msg('een feestdag (Hemelvaartsdag)', {
        id: 'step.reason.ascension-day',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'whit-monday':
      return msg('een feestdag (Tweede Pinksterdag)', {
        id: 'step.reason.whit-monday',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'christmas-day':
      return msg('een feestdag (Eerste Kerstdag)', {
        id: 'step.reason.christmas-day',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'second-christmas-day':
      return msg('een feestdag (Tweede Kerstdag)', {
        id: 'step.reason.second-christmas-day',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    case 'extra-holiday':
      return msg('een extra feestdag', {
        id: 'step.reason.extra-holiday',
        desc: `The day a term would end on, filling the gap in step.atw ("De termijn eindigt op …, een \
zaterdag."). Keep it a phrase that fits that sentence.`,
      });
    default:
      throw new TypeError(`unknown reason ${String(reason)}`);
  }
}
