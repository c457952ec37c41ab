// Screening of free text and search terms (src/effect/screen.ts): what could point at a person goes,
// what says what someone looked for stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseTerm, passesElevenTest, screenText } from '../src/effect/screen.js';
import { decisionTimeOf, readFeedback } from '../src/effect/feedback.js';

const gone = (input: string, ...secrets: string[]) => {
  const { text } = screenText(input);
  for (const secret of secrets) assert.ok(!text.includes(secret), `"${secret}" is still in "${text}"`);
  return text;
};

test('e-mail addresses go, also written with (at)', () => {
  gone(
    'Mail mij op jan.de.vries+woo@voorbeeld.nl of piet (at) example.com',
    'jan.de.vries',
    'voorbeeld.nl',
    'piet',
    'example.com',
  );
});

test('Dutch phone numbers go in every usual way of writing them', () => {
  for (const phone of [
    '0612345678',
    '06-12345678',
    '06 1234 5678',
    '06-123 456 78',
    '+31 6 12345678',
    '+31(0)6-12345678',
    '0031 6 12345678',
    '020-1234567',
    '010 123 45 67',
    '(020) 123 45 67',
    '+31 20 123 4567',
  ]) {
    const text = gone(`Bel mij op ${phone} graag.`, ...phone.match(/\d{3,}/g)!);
    assert.equal(text, 'Bel mij op [verwijderd] graag.', phone);
  }
});

test('BSN-like numbers go: 9 digits, with dots or spaces, and 8 digits that pass the eleven test', () => {
  assert.equal(passesElevenTest('123456782'), true);
  assert.equal(passesElevenTest('111222333'), true);
  assert.equal(passesElevenTest('123456789'), false);
  for (const bsn of ['123456782', '123.456.782', '1234 56 782', '123-456-789', '012345672', '12345672']) {
    assert.equal(screenText(`Mijn BSN is ${bsn}.`).text, 'Mijn BSN is [verwijderd].', bsn);
  }
});

test('IBANs, postcodes with house numbers and street addresses go', () => {
  gone('Stort het op NL91 ABNA 0417 1643 00 of nl91abna0417164300', '0417', 'ABNA', 'abna');
  gone('Ik woon op 1234 AB 12 in Voorbeeld, of 1234ab.', '1234', ' AB 12');
  gone('Het gaat om Dorpsstraat 12a en de Kerkweg 4.', 'Dorpsstraat 12', 'Kerkweg 4');
});

test('names introduced by a pattern go; the limit: a bare name in a sentence stays', () => {
  gone('Mijn naam is Jan de Vries.', 'Jan', 'Vries');
  gone('ik ben Fatima El Amrani en ik zocht iets', 'Fatima', 'Amrani');
  gone('Naam: Piet Jansen', 'Piet', 'Jansen');
  gone('Met vriendelijke groet,\nA.B. van der Berg', 'Berg');
  gone('Groeten, Karin', 'Karin');
  gone('Dhr. Pieter van den Broek en mevr. Yılmaz kwamen langs', 'Pieter', 'Broek', 'Yılmaz');
  gone('Het besluit ging naar J. de Vries.', 'Vries');
  gone('My name is Anna Kowalska', 'Anna', 'Kowalska');
  assert.equal(screenText('Ik ben boos en ik ben blij.').text, 'Ik ben boos en ik ben blij.', 'no capital, no name');
  // Documented limit (docs/effect.md): a name without a pattern cannot be recognised.
  assert.equal(screenText('Pieter zei dat het klaar was').text, 'Pieter zei dat het klaar was');
});

test('what says what someone looked for stays: dates, years, amounts, the municipal number', () => {
  const text = 'Ik zocht het besluit van 12-03-2025 over de fietsbrug uit 2024 (€ 1.250.000), en belde 14 020.';
  assert.equal(screenText(text).text, text);
  assert.equal(screenText('Waar staan de verslagen van 2023-11-05?').text, 'Waar staan de verslagen van 2023-11-05?');
});

test('search terms: folded, collapsed; a term with anything personal in it is not counted', () => {
  assert.equal(normaliseTerm('  Fietsbrug   Vaart '), 'fietsbrug vaart');
  assert.equal(normaliseTerm('Zwembad "De Vijfhoek"'), 'zwembad de vijfhoek');
  assert.equal(normaliseTerm('Café Ömer'), 'cafe omer');
  assert.equal(normaliseTerm('jan@voorbeeld.nl'), undefined);
  assert.equal(normaliseTerm('123456782'), undefined);
  assert.equal(normaliseTerm('dhr. Jansen'), undefined);
  assert.equal(normaliseTerm('x'), undefined);
  assert.equal(normaliseTerm('een hele lange zin met veel te veel woorden erin'), undefined);
});

test('feedback: a request reference or token is never a subject; days become a group', () => {
  assert.throws(() => readFeedback({ answer: 'yes', pageKind: 'request-status', subject: 'WOO-2025-0042' }), {
    code: 'invalid-feedback',
    path: '/subject',
  });
  assert.throws(() => readFeedback({ answer: 'yes', subject: 'a'.repeat(43) }), { path: '/subject' });
  assert.throws(() => readFeedback({ answer: 'maybe' }), { path: '/answer' });
  assert.throws(() => readFeedback({ answer: 'no', text: 'x'.repeat(501) }), { path: '/text' });
  const ok = readFeedback({
    answer: 'partly',
    pageKind: 'decision',
    subject: 'besluit-2025-17',
    outcome: 'refused',
    daysToDecision: '40',
    language: 'tr',
    ip: '10.0.0.1',
  });
  assert.deepEqual(ok, {
    pageKind: 'decision',
    subject: 'besluit-2025-17',
    answer: 'partly',
    text: null,
    language: 'tr',
    outcome: 'refused',
    decisionTime: 'within-6-weeks',
  });
  assert.equal(decisionTimeOf(28), 'within-4-weeks');
  assert.equal(decisionTimeOf(57), 'longer');
});

// Property: however a Dutch phone number or a 9-digit number is written (separators between any
// digits, inside any sentence of ordinary words), none of its digit groups of 3 or more survive.
const words = fc.array(
  fc.constantFrom('ik', 'zocht', 'de', 'notulen', 'over', 'het', 'plein', 'bel', 'nummer', 'graag', 'en'),
  { minLength: 0, maxLength: 6 },
);
const separators = fc.constantFrom('', ' ', '-', '.', ' - ', '/');
function written(digits: string, seps: string[]): string {
  return [...digits].map((d, i) => (i === 0 ? d : `${seps[i % seps.length]}${d}`)).join('');
}
test('property: phone numbers and BSN-like numbers are removed however they are written', () => {
  const number = fc.oneof(
    fc.stringMatching(/^06\d{8}$/),
    fc.stringMatching(/^0[1-57-9]\d{8}$/),
    fc.stringMatching(/^\d{9}$/),
  );
  fc.assert(
    fc.property(
      words,
      number,
      fc.array(separators, { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      words,
      (before, digits, seps, international, after) => {
        const phone =
          international && digits.startsWith('0') ? `+31 ${written(digits.slice(1), seps)}` : written(digits, seps);
        const text = [...before, phone, ...after].join(' ');
        const screened = screenText(text).text;
        // The oracle: the words hold no digits, so no three digits may be left at all.
        assert.ok(!/\d{3}/.test(screened.replace(/[^\d]/g, '')), `${text} -> ${screened}`);
      },
    ),
    { numRuns: 500 },
  );
});
