import { dirname } from 'node:path';
import {
  DiwooError,
  WooKitInputError,
  fromDiwooSitemap,
  fromSitemapIndex,
  isSitemapIndex,
  toWooKitError,
  type WooKitError,
} from '@woo-kit/core';
import {
  createClassifier,
  DEFAULT_THRESHOLD,
  TRAFFIC_DECISIONS_AND_PLANS,
  examplesFromJsonLines,
  examplesFromPublications,
  type ClassificationExample,
  type ClassificationResult,
} from '@woo-kit/classifier';
import { parseArgs, usageError, type CliIO, type Command } from '../command.js';
import { mapJsonLines } from '../jsonl.js';
import { readListedSitemap, readSitemapText, sitemapNotLocal } from '../sitemap-files.js';

const USAGE = `usage: woo-kit classify "<title>" [--description TEXT] [--document-type URI|LABEL] \
[--publisher NAME|URI] [--lang nl|en] [--json] [--threshold 0..1] [--learn FILE] \
[--traffic-decisions-and-plans generalDecisions|wooIndex|laws]
       woo-kit classify --jsonl [--threshold 0..1] [--learn FILE] [--traffic-decisions-and-plans …] < documents.jsonl

Suggests the Woo information category of a document and says why. Below the threshold
(default ${DEFAULT_THRESHOLD}) it gives no category but suggestions, so a person decides.

  --jsonl            read { "title", "description"?, "documentType"?, "text"?, "publisher"? } per line
                     (a core Publication fits; "organisation" counts as "publisher", "summary" as
                     "description"); write one result per line
  --description TEXT the description (DiWoo omschrijving); --summary is its older name
  --publisher NAME   the publishing organisation (name, TOOI URI or code): leaves out the categories
                     its kind of body cannot have (Woo art. 3.3 lid 2 onder a-d)
  --json             print the result of one title as JSON
  --lang nl|en       language of the readable answer (default nl)
  --threshold N      confidence needed for an answer, 0 to 1
  --learn FILE       learn from your own publications first, offline: a DiWoo sitemap (XML), a sitemap
                     index (each sitemap it lists is read from the index's folder, by the last part of
                     its address; nothing is fetched) or JSON lines { "title", "category" (TOOI code, URI
                     or article), "description"? }; gzip files are unpacked; give --learn more than once
                     for several files. Bad records and missing sitemaps are skipped and reported on
                     standard error
  --traffic-decisions-and-plans generalDecisions|wooIndex|laws
                     where traffic decisions and spatial plans go: generalDecisions (default; both Woo
                     art. 3.3 lid 1 onder b, besluiten van algemene strekking), wooIndex (as the national
                     Woo-index files them since November 2023: plans onder a, traffic decisions onder b)
                     or laws (both onder a, as the Woo-index did until autumn 2023)`;

const learnError = (io: CliIO, where: string, error: WooKitError, lang: 'nl' | 'en'): void => {
  io.stderr.write(`woo-kit classify --learn ${where}: ${error.code}: ${error.messageIn(lang)}\n`);
};

/** The examples of one DiWoo sitemap; its bad records are reported as `where:line`. */
function examplesFromSitemap(xml: string, where: string, io: CliIO, lang: 'nl' | 'en'): ClassificationExample[] {
  const sitemap = fromDiwooSitemap(xml);
  for (const { line, error } of sitemap.errors) learnError(io, `${where}:${line}`, error, lang);
  return examplesFromPublications(sitemap.publications);
}

/**
 * Reads one --learn file: a DiWoo sitemap, a sitemap index (each sitemap it lists is read from the index's
 * own folder, never from the network; one that is not there is reported and skipped), or JSON lines. A
 * gzip-compressed file is unpacked. Throws when the file cannot be read, or when an index lists no sitemap
 * that is there.
 */
async function readExamples(file: string, io: CliIO, lang: 'nl' | 'en'): Promise<ClassificationExample[]> {
  const text = await readSitemapText(file);
  if (!text.trimStart().startsWith('<')) {
    const read = examplesFromJsonLines(text);
    for (const { line, error } of read.errors) learnError(io, `${file}:${line}`, error, lang);
    return read.examples;
  }
  if (!isSitemapIndex(text)) return examplesFromSitemap(text, file, io, lang);
  const index = fromSitemapIndex(text);
  for (const { line, error } of index.errors) learnError(io, `${file}:${line}`, error, lang);
  const folder = dirname(file);
  const examples: ClassificationExample[] = [];
  let firstFailure: WooKitError | undefined;
  let read = 0;
  for (const { loc, line } of index.sitemaps) {
    try {
      const xml = await readListedSitemap(loc, folder);
      if (xml === undefined) throw sitemapNotLocal(loc, folder);
      examples.push(...examplesFromSitemap(xml, `${file} > ${loc}`, io, lang));
      read++;
    } catch (error) {
      // One missing or unreadable sitemap does not stop the others.
      const typed = toWooKitError(error);
      firstFailure ??= typed;
      learnError(io, `${file}:${line}`, typed, lang);
    }
  }
  if (read === 0) throw firstFailure ?? new DiwooError('diwoo-sitemap-index-empty', NO_SITEMAP_READ);
  return examples;
}

const NO_SITEMAP_READ = {
  nl: 'Uit deze sitemapindex kon geen enkele sitemap gelezen worden.',
  en: 'Not one sitemap listed in this sitemap index could be read.',
};

function formatResult(result: ClassificationResult, lang: 'nl' | 'en'): string {
  const percent = (x: number): string => `${Math.round(x * 100)}%`;
  const lines: string[] = [];
  const best = result.ranking[0];
  if (result.category !== null && best !== undefined) {
    lines.push(
      lang === 'nl'
        ? `Categorie: ${best.label.nl} (${best.category}), zekerheid ${percent(result.confidence)}`
        : `Category: ${best.label.en} (${best.category}), confidence ${percent(result.confidence)}`,
    );
  } else {
    lines.push(
      lang === 'nl'
        ? `Geen categorie gekozen (zekerheid ${percent(result.confidence)}, ` +
            `nodig ${percent(result.threshold)}). Een medewerker beslist.`
        : `No category chosen (confidence ${percent(result.confidence)}, ${percent(result.threshold)} needed). ` +
            `A person decides.`,
    );
  }
  lines.push(lang === 'nl' ? 'Ranglijst:' : 'Ranking:');
  result.ranking.forEach((r, i) => lines.push(`  ${i + 1}. ${r.label[lang]} (${r.category}) ${percent(r.score)}`));
  lines.push(lang === 'nl' ? 'Redenen:' : 'Reasons:');
  for (const reason of result.reasons) lines.push(`  - ${reason.message[lang]}`);
  return `${lines.join('\n')}\n`;
}

function parseThreshold(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error('--threshold must be a number from 0 to 1');
  return n;
}

/** `woo-kit classify`: suggests the information category of one title, or of a JSON-lines batch. */
export const classify: Command = {
  name: 'classify',
  summary: 'suggest the Woo information category of a title, with reasons',
  usage: USAGE,
  async run(args, io) {
    const { options, lists, positionals } = parseArgs(args, ['jsonl', 'json']);
    const lang = options.get('lang') ?? 'nl';
    if (lang !== 'nl' && lang !== 'en') return usageError(io, classify, '--lang must be nl or en');
    let threshold: number | undefined;
    try {
      threshold = parseThreshold(options.get('threshold'));
    } catch (error) {
      return usageError(io, classify, (error as Error).message);
    }
    const given = options.get('traffic-decisions-and-plans');
    const convention = TRAFFIC_DECISIONS_AND_PLANS.find((value) => value === given);
    if (given !== undefined && convention === undefined)
      return usageError(io, classify, '--traffic-decisions-and-plans must be generalDecisions, wooIndex or laws');
    if (options.get('learn') === true) return usageError(io, classify, '--learn needs a file');
    let examples: ClassificationExample[] | undefined;
    for (const file of lists.get('learn') ?? []) {
      try {
        (examples ??= []).push(...(await readExamples(file, io, lang)));
      } catch (error) {
        learnError(io, file, toWooKitError(error), lang);
        return 1;
      }
    }
    const classifier = createClassifier({
      ...(threshold === undefined ? {} : { threshold }),
      ...(examples === undefined ? {} : { examples }),
      ...(convention === undefined ? {} : { trafficDecisionsAndPlans: convention }),
    });

    if (options.get('jsonl') === true) {
      if (positionals.length > 0) return usageError(io, classify, '--jsonl reads from standard input; give no title');
      const failures = await mapJsonLines(io.stdin, io.stdout, (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          throw new WooKitInputError('classifier-invalid-input', {
            nl: 'Elke regel moet een object zijn met een titel: { "title": "…" }.',
            en: 'Each line must be an object with a title: { "title": "…" }.',
          });
        }
        return classifier.classify(value as { title: string });
      });
      return failures > 0 ? 1 : 0;
    }

    if (positionals.length !== 1) return usageError(io, classify, 'give one title in quotes, or use --jsonl');
    const input: { title: string; description?: string; documentType?: string; publisher?: string } = {
      title: positionals[0]!,
    };
    const description = options.get('description') ?? options.get('summary');
    if (typeof description === 'string') input.description = description;
    const documentType = options.get('document-type');
    if (typeof documentType === 'string') input.documentType = documentType;
    const publisher = options.get('publisher');
    if (typeof publisher === 'string') input.publisher = publisher;
    try {
      const result = classifier.classify(input);
      io.stdout.write(
        options.get('json') === true ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result, lang),
      );
      return 0;
    } catch (error) {
      const e = toWooKitError(error);
      io.stderr.write(`woo-kit classify: ${e.messageIn(lang)}\n`);
      return 1;
    }
  },
};
