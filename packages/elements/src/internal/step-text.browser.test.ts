import { expect } from '@open-wc/testing';
import { computeDeadline } from '@woo-kit/deadlines';
import { configureWooKitLocalization } from '../localization.js';
import {
  CLOSED_DAY_REASONS,
  everyKindOfStep,
  STEP_KEYS,
  type Explained,
} from '../../../deadlines/test/step-fixtures.js';
import { formatDate } from './intl.js';
import { pick } from './pick.js';
import { stepText } from './step-text.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

/** Every date among a step's values. */
const datesOf = (s: Explained): string[] =>
  Object.values(s.values as Record<string, unknown>).filter(
    (v): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v),
  );

/**
 * The English of @woo-kit/deadlines writes "Thursday 27 April 2023"; Intl's en-GB may put a comma after the weekday.
 */
const withoutWeekdayComma = (text: string): string => text.replace(/(day), (\d)/g, '$1 $2');

/**
 * Where the texts here knowingly differ from the deadlines package's: better grammar for 1 day, "een extra feestdag".
 */
const rewordedOnPurpose = (s: Explained): boolean =>
  (s.values as { overlapDays?: number }).overlapDays === 1 ||
  (s.values as { reason?: string }).reason === 'extra-holiday';

/** Texts of every kind of step in one locale. */
async function texts(locale: 'nl' | 'en'): Promise<[Explained, string][]> {
  await l10n.setLocale(locale);
  return everyKindOfStep().map((s) => [s, stepText(s, locale)]);
}

describe('stepText', () => {
  afterEach(() => l10n.setLocale('nl'));

  it(
    'renders every key the deadlines package can produce, ' + 'in Dutch and English, with the dates formatted',
    async () => {
      const seen = new Set<string>();
      for (const locale of ['nl', 'en'] as const) {
        for (const [s, text] of await texts(locale)) {
          seen.add(s.key);
          expect(text.length, `${s.key} (${locale})`).to.be.greaterThan(10);
          for (const date of datesOf(s)) expect(text, `${s.key} (${locale})`).to.contain(formatDate(date, locale));
          expect(text).not.to.match(/undefined|NaN|\$\{/);
        }
      }
      expect([...seen].sort()).to.deep.equal([...STEP_KEYS].sort());
    },
  );

  it('says in Dutch what the deadlines package says, and in English what its English says', async () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const [s, text] of await texts(locale)) {
        if (rewordedOnPurpose(s)) continue;
        expect(withoutWeekdayComma(text), `${s.key} (${locale})`).to.equal(pick(s.explanation, locale));
      }
    }
  });

  it("hand-checked: King's Day 2023, a suspension of 1 day that overlaps, the penalty", async () => {
    const r = computeDeadline({ receivedOn: '2023-03-30', postponedOn: '2023-04-20' });
    const atw = r.steps.find((s) => s.key === 'atw')!;
    expect(stepText(atw, 'nl')).to.equal(
      'De termijn eindigt op donderdag 27 april 2023, een feestdag (Koningsdag). Dan schuift hij door naar de ' +
        'volgende werkdag: vrijdag 28 april 2023.',
    );
    const overlap = computeDeadline({
      receivedOn: '2025-03-03',
      suspensions: [
        { kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-12' }, // 11–12 March
        { kind: 'aanvulling', notifiedOn: '2025-03-11', endedOn: '2025-03-14' }, // 12–13 March: 12 March overlaps
      ],
    }).steps.find((s) => s.key === 'suspension.aanvulling')!;
    expect(stepText(overlap, 'nl')).to.contain(
      'Dat is 2 dagen. 1 dag stond al stil; die telt niet dubbel. Nieuwe einddatum:',
    );
    await l10n.setLocale('en');
    expect(withoutWeekdayComma(stepText(atw, 'en'))).to.equal(
      "The term ends on Thursday 27 April 2023, a public holiday (King's Day), so it moves to the next " +
        'working day: Friday 28 April 2023.',
    );
    expect(stepText(overlap, 'en')).to.contain(
      'That is 2 days. 1 day was already suspended and does not count twice. New end:',
    );
    expect(stepText(r.related.penalty, 'en')).to.equal(r.related.penalty.explanation.en);
    expect(stepText(r.alternatives[0]!, 'en')).to.contain('Other reading: Atw first');
  });

  it('has a text for every closed-day reason', async () => {
    const atw = computeDeadline({ receivedOn: '2023-03-30' }).steps.find((s) => s.key === 'atw')!;
    for (const locale of ['nl', 'en'] as const) {
      await l10n.setLocale(locale);
      const explanation = { nl: 'fallback', en: 'fallback' };
      const all = CLOSED_DAY_REASONS.map((reason) =>
        stepText({ ...atw, values: { ...atw.values, reason }, explanation }, locale),
      );
      expect(new Set(all).size).to.equal(CLOSED_DAY_REASONS.length);
      expect(all).not.to.include('fallback');
    }
  });

  it('falls back to the explanation for an unknown key or values that do not fit, and never throws', () => {
    const explanation = { nl: 'Nederlandse tekst.', en: 'English text.' };
    expect(stepText({ key: 'something-new', values: {}, explanation }, 'nl')).to.equal('Nederlandse tekst.');
    expect(stepText({ key: 'something-new', values: {}, explanation }, 'en')).to.equal('English text.');
    expect(stepText({ explanation }, 'nl')).to.equal('Nederlandse tekst.'); // JSON from an older server: no key
    expect(stepText({ key: 'received', explanation }, 'nl')).to.equal('Nederlandse tekst.');
    expect(stepText({ key: 'received', values: { receivedOn: 20250303 }, explanation }, 'nl')).to.equal(
      'Nederlandse tekst.',
    );
    expect(stepText({ key: 'received', values: {}, explanation }, 'nl')).to.equal('Nederlandse tekst.');
    expect(
      stepText({ key: 'status.late', values: { today: '2025-04-22', days: -1, workingDays: 4 }, explanation }, 'nl'),
    ).to.equal('Nederlandse tekst.');
    expect(
      stepText(
        { key: 'atw', values: { end: '2025-04-26', reason: 'a-new-holiday', movedTo: '2025-04-28' }, explanation },
        'nl',
      ),
    ).to.equal('Nederlandse tekst.');
    expect(stepText({ key: 'suspension.zienswijze', values: null, explanation }, 'en')).to.equal('English text.');
  });
});
