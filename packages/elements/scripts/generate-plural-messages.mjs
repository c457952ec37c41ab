#!/usr/bin/env node
// Writes src/internal/plural.ts from one list: every message that depends on a count, with its Dutch
// singular ("one") and plural ("other") text. lit-localize has no ICU plurals, so each message gets
// one msg() per CLDR plural category (zero, one, two, few, many, other), with a stable id
// (`days.few`) and a note for translators; the browser's Intl.PluralRules picks the category
// (src/internal/intl.ts), so adding a language needs no plural rules of our own. In Dutch every form
// but "one" is the plural. Run it after changing the list, then `npx lit-localize extract`, and fill in
// the new targets in every xliff/*.xlf; a test fails when plural.ts is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

const FILL_IN = '. Fill in the forms your language uses; the others are never shown.';

/**
 * The messages. `count` is the number that chooses the form; `setup` makes the values the texts show
 * (their names are the placeholders translators see, so keep them); `about` completes the note
 * 'Plural form "few" (CLDR) of …'.
 */
export const PLURAL_MESSAGES = [
  {
    name: 'daysText',
    doc: '"1 dag", "3 dagen" (calendar days), in the element\'s locale.',
    params: 'n: number, locale: string',
    count: 'n',
    setup: [],
    id: 'days',
    one: '${n} dag',
    other: '${n} dagen',
    about: 'a number of calendar days',
  },
  {
    name: 'workingDaysText',
    doc: '"1 werkdag", "3 werkdagen" (days that are not a weekend day or public holiday).',
    params: 'n: number, locale: string',
    count: 'n',
    setup: [],
    id: 'working-days',
    one: '${n} werkdag',
    other: '${n} werkdagen',
    about: 'a number of working days (not a weekend day or public holiday)',
  },
  {
    name: 'publicationsText',
    doc: '"1 publicatie", "1.234 publicaties" (the number formatted for the locale).',
    params: 'n: number, locale: string',
    count: 'n',
    setup: ['const count = formatCount(n, locale);'],
    id: 'publications',
    one: '${count} publicatie',
    other: '${count} publicaties',
    about: 'a number of publications (documents)',
  },
  {
    name: 'resultsText',
    doc: '"1 publicatie gevonden", "12 publicaties gevonden": the number of search results.',
    params: 'n: number, locale: string',
    count: 'n',
    setup: ['const count = formatCount(n, locale);'],
    id: 'results',
    one: '${count} publicatie gevonden',
    other: '${count} publicaties gevonden',
    about: 'the number of search results (publications found)',
  },
  {
    name: 'skippedText',
    doc: 'Records of a feed that are not valid and not shown: "1 publicatie in de lijst klopt niet. …".',
    params: 'n: number, locale: string',
    count: 'n',
    setup: ['const count = formatCount(n, locale);'],
    id: 'skipped',
    one: '${count} publicatie in de lijst klopt niet. Die ziet u hier niet.',
    other: '${count} publicaties in de lijst kloppen niet. Die ziet u hier niet.',
    about: 'publications in a feed that are not valid and not shown',
  },
  {
    name: 'mandatoryCoveredText',
    doc: '"4 van de 5 verplichte categorieën hebben publicaties." (plural on the first number).',
    params: 'covered: number, total: number, locale: string',
    count: 'covered',
    setup: ['const n = formatCount(covered, locale);', 'const of = formatCount(total, locale);'],
    id: 'mandatory-covered',
    one: '${n} van de ${of} verplichte categorieën heeft publicaties.',
    other: '${n} van de ${of} verplichte categorieën hebben publicaties.',
    about: 'mandatory information categories that have publications; the plural follows the first number',
  },
  {
    name: 'requestsText',
    doc: '"1 verzoek", "3 verzoeken": a number of Woo requests.',
    params: 'n: number, locale: string',
    count: 'n',
    setup: ['const count = formatCount(n, locale);'],
    id: 'requests',
    one: '${count} verzoek',
    other: '${count} verzoeken',
    about: 'a number of Woo requests',
  },
  {
    name: 'skippedRequestsText',
    doc: 'Records of a request feed that are not valid: "1 verzoek in de lijst klopt niet en telt niet mee."',
    params: 'n: number, locale: string',
    count: 'n',
    setup: ['const count = formatCount(n, locale);'],
    id: 'skipped-requests',
    one: '${count} verzoek in de lijst klopt niet en telt niet mee.',
    other: '${count} verzoeken in de lijst kloppen niet en tellen niet mee.',
    about: 'Woo requests in a list that are not valid and not counted',
  },
  {
    name: 'overlapText',
    doc: '"3 dagen stonden al stil; die tellen niet dubbel.": days of a suspension an earlier one covered already.',
    params: 'n: number, locale: string',
    count: 'n',
    setup: ['const days = daysText(n, locale);'],
    id: 'step.suspension.overlap',
    one: '${days} stond al stil; die telt niet dubbel.',
    other: '${days} stonden al stil; die tellen niet dubbel.',
    about: 'a number of days already suspended',
    notePrefix: 'Part of the explanation of one suspension of the decision term. ',
    noteEnd: '; the number comes with its unit ("3 dagen").',
  },
];

const literal = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function messageFunction(m) {
  const cases = PLURAL_FORMS.map((form) => {
    const text = form === 'one' ? m.one : m.other;
    const desc = `${m.notePrefix ?? ''}Plural form "${form}" (CLDR) of ${m.about}${m.noteEnd ?? FILL_IN}`;
    const label = form === 'other' ? '    default:' : `    case '${form}':`;
    return `${label}
      return msg(str\`${text}\`, {
        id: '${m.id}.${form}',
        desc: ${literal(desc)},
      });`;
  }).join('\n');
  return `/** ${m.doc} */
export function ${m.name}(${m.params}): string {
${m.setup.map((line) => `  ${line}\n`).join('')}  switch (pluralCategory(${m.count}, locale)) {
${cases}
  }
}
`;
}

export function pluralMessagesSource() {
  return `// Generated by scripts/generate-plural-messages.mjs from its list of messages that depend on a count.
// Do not edit: change the list, then run \`node scripts/generate-plural-messages.mjs\` and
// \`npx lit-localize extract\` in packages/elements, and fill in the targets in xliff/*.xlf.
import { msg, str } from '@lit/localize';
import { formatCount, pluralCategory } from './intl.js';

export { formatCount };

// Each message has one id per plural category of CLDR (zero, one, two, few, many, other), so that
// translators of languages with more forms than Dutch (Polish, Ukrainian, Arabic) can fill in each.
// In Dutch most are the same as "other".

${PLURAL_MESSAGES.map(messageFunction).join('\n')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../src/internal/plural.ts', import.meta.url), pluralMessagesSource());
  console.log('wrote src/internal/plural.ts; now run npx lit-localize extract and fill in the targets in xliff/*.xlf');
}
