import { readFile } from 'node:fs/promises';
import { WooKitInputError, fromDiwooSitemap, toWooKitError } from '@woo-kit/core';
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
  --learn FILE       learn from your own publications first, offline: a DiWoo sitemap (XML) or JSON lines
                     { "title", "category" (TOOI code, URI or article), "description"? }; bad records are
                     skipped and reported on standard error
  --traffic-decisions-and-plans generalDecisions|wooIndex|laws
                     where traffic decisions and spatial plans go: generalDecisions (default; both Woo
                     art. 3.3 lid 1 onder b, besluiten van algemene strekking), wooIndex (as the national
                     Woo-index files them since November 2023: plans onder a, traffic decisions onder b)
                     or laws (both onder a, as the Woo-index did until autumn 2023)`;

/** Reads the --learn file: a DiWoo sitemap when it starts with "<", else JSON lines. */
async function readExamples(file: string, io: CliIO): Promise<ClassificationExample[]> {
  const text = await readFile(file, 'utf8');
  if (text.trimStart().startsWith('<')) {
    const sitemap = fromDiwooSitemap(text);
    for (const { line, error } of sitemap.errors)
      io.stderr.write(`woo-kit classify --learn ${file}:${line}: ${error.code}: ${error.message}\n`);
    return examplesFromPublications(sitemap.publications);
  }
  const read = examplesFromJsonLines(text);
  for (const { line, error } of read.errors)
    io.stderr.write(`woo-kit classify --learn ${file}:${line}: ${error.code}: ${error.message}\n`);
  return read.examples;
}

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
    const { options, positionals } = parseArgs(args, ['jsonl', 'json']);
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
    const learn = options.get('learn');
    if (learn === true) return usageError(io, classify, '--learn needs a file');
    let examples: ClassificationExample[] | undefined;
    if (typeof learn === 'string') {
      try {
        examples = await readExamples(learn, io);
      } catch (error) {
        const e = toWooKitError(error);
        io.stderr.write(`woo-kit classify --learn ${learn}: ${e.code}: ${e.messageIn(lang)}\n`);
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
