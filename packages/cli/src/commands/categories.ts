import { informationCategories, type InformationCategory } from '@woo-kit/core';
import { parseArgs, usageError, type Command } from '../command.js';

type Lang = 'nl' | 'en';

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  nl: ['Artikel', 'Code', 'Naam', 'Gemeente', 'Verplicht sinds'],
  en: ['Article', 'Code', 'Name', 'Municipality', 'Mandatory since'],
};

function row(c: InformationCategory, lang: Lang): string[] {
  const yes = lang === 'nl' ? 'ja' : 'yes';
  const no = lang === 'nl' ? 'nee' : 'no';
  const notYet = lang === 'nl' ? 'nog niet' : 'not yet';
  return [
    c.article,
    c.code,
    lang === 'nl' ? c.labelNl : c.labelEn,
    c.appliesToMunicipality ? yes : no,
    c.mandatorySince ?? notYet,
  ];
}

/** A plain-text table with aligned columns. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** `woo-kit categories`: the 18 information categories of the Woo (art. 3.3 and 3.1). */
export const categories: Command = {
  name: 'categories',
  summary: 'list the 18 information categories of the Woo (TOOI)',
  usage: [
    'usage: woo-kit categories [--json] [--lang nl|en]',
    '',
    'Lists the 17 information categories of Woo art. 3.3 and the voluntary category of art. 3.1',
    '(TOOI list scw_woo_informatiecategorieen v4).',
    '',
    '  --json       print a JSON array with every field of each category',
    '  --lang LANG  language of the table: nl (default) or en',
  ].join('\n'),
  async run(args, io) {
    const { options, positionals } = parseArgs(args, ['json']);
    if (positionals.length > 0) return usageError(io, categories, `unexpected argument "${positionals[0]}"`);
    for (const name of options.keys()) {
      if (name !== 'json' && name !== 'lang') return usageError(io, categories, `unknown option --${name}`);
    }
    const lang = options.get('lang') ?? 'nl';
    if (lang !== 'nl' && lang !== 'en')
      return usageError(io, categories, `--lang must be nl or en, not "${String(lang)}"`);
    if (options.get('json') === true) {
      io.stdout.write(`${JSON.stringify(informationCategories, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(`${table([HEADERS[lang], ...informationCategories.map((c) => row(c, lang))])}\n`);
    return 0;
  },
};
