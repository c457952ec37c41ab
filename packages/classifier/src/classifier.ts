/**
 * The classifier: document-type evidence + rules + the trained model, added up per category and
 * turned into calibrated probabilities with an "I don't know" option (see `calibration.ts`). Below the threshold it
 * abstains (`category: null`) and keeps the
 * ranking as suggestions, so a person decides.
 */
import {
  WooKitInputError,
  categoryByCode,
  documentTypeByLabel,
  documentTypeByUri,
  documentTypeByCode,
  type InformationCategoryCode,
  type LocalizedText,
} from '@woo-kit/core/categories';
import { DOCUMENT_TYPE_HINTS, documentTypeCodeFromUri } from './document-types.js';
import { MODEL } from './generated/model.js';
import { decodeModel, type Model, type ModelData } from './model.js';
import {
  MAX_SUMMARY_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  normalizeTitle,
  titleWithoutPrefix,
} from './normalize.js';
import {
  collectFeatures,
  scoreModel,
  scoreRules,
  wordContributions,
  type FiredRule,
  type NormalizedFields,
} from './scoring.js';
import { calibrate, countWords, unknownScore, type Evidence } from './calibration.js';
import { CALIBRATION } from './generated/calibration.js';
import type { FeatureList } from './features.js';
import { createExampleIndex, MIN_SIMILARITY, type ClassificationExample, type ExampleIndex } from './examples.js';
import {
  TRAFFIC_DECISIONS_AND_PLANS,
  rulesFiledAsLaws,
  wooIndexFilingOf,
  type TrafficDecisionsAndPlans,
} from './rules.js';
import { CATEGORY } from './categories.js';
import {
  publisherHint,
  publisherKind,
  PUBLISHER_KIND_LABEL,
  RULED_OUT,
  type PublisherHint,
  type PublisherKind,
} from './publisher.js';

/**
 * How much the body's own publications count. The calibrated probabilities are mixed with the vote
 * of the nearest examples (each category's share of it, see `examples.ts`):
 * `p = (1 − a) · p_model + a · share`, with `a = EXAMPLE_WEIGHT × (s − EXAMPLE_FLOOR) / (1 − EXAMPLE_FLOOR)`
 * where `s` is the similarity of the nearest voting example (`a` is at least 0 and at most 0.95). So a publication of
 * the body that is nearly the same title decides, a
 * vaguely similar one only tips the balance, and "don't know" shrinks by the same factor `1 − a`.
 * Chosen with `scripts/tune-examples.ts` on data outside the organisation test split.
 */
export const EXAMPLE_WEIGHT = 0.5;
/** Examples less similar than this do not change the probabilities (they may still be named in the reasons). */
export const EXAMPLE_FLOOR = 0.35;

/**
 * Default confidence threshold, on the calibrated scale. Picked on the held-out `tune` split of the
 * team-written titles (labelled, harder variants and should-abstain titles) as the lowest threshold with
 * at most 2% wrong answers and at least 95% abstentions on vague titles (see README): below it the
 * classifier abstains.
 */
export const DEFAULT_THRESHOLD = 0.65;

const LETTER = /\p{L}/u;

/**
 * What to classify. Only `title` is required. The field names are those of core's `Publication` (`title`,
 * `description`, `documentType`, `publisher`), so a publication can be passed as it is.
 */
export interface ClassificationInput {
  /** The title of the document as published. */
  readonly title: string;
  /** A short description (DiWoo `omschrijving`), if there is one. */
  readonly description?: string;
  /** The older name of `description`, still read when `description` is absent. */
  readonly summary?: string;
  /** TOOI document type (documentsoort): its URI, its code (`c_386e74cb`) or its Dutch label (`convenant`). */
  readonly documentType?: string;
  /** The start of the body text. Only the first characters are read. */
  readonly text?: string;
  /**
   * The publishing organisation: its TOOI URI, TOOI code (`gm0344`) or name (`Gemeente Utrecht`), or an object with
   * `uri` and `name` like core's `Organisation` (DiWoo `publisher`). A municipality
   * cannot publish papers of the States General, a ministry no council papers (Woo art. 3.3 lid 2 onder a–d), so
   * those categories are left out. An organisation it does not recognise changes nothing.
   */
  readonly publisher?: string | { readonly uri?: string; readonly name?: string };
  /**
   * The publishing organisation under the name that data files and core's `WooDecision` use (`"organisation":
   * "Gemeente Utrecht"`); read as `publisher` when `publisher` is absent.
   */
  readonly organisation?: string | { readonly uri?: string; readonly name?: string };
}

/** One category in the ranking. */
export interface RankedCategory {
  /** TOOI code of the information category, from `@woo-kit/core` `informationCategories`. */
  readonly category: InformationCategoryCode;
  /**
   * Calibrated probability between 0 and 1. The three scores add up to at most 1: the rest is "don't know" or other
   * categories.
   */
  readonly score: number;
  /** The category's label in Dutch (official TOOI label) and English. */
  readonly label: LocalizedText;
}

/** Why the classifier chose (or did not choose) a category. */
export interface ClassificationReason {
  /**
   * `rule`: a title convention matched; `documentType`: the TOOI document type; `words`: the model's
   * strongest words; `evidence`: how strong the evidence is overall (its `weight` is the share left
   * for "don't know"); `example`: one of the body's own publications (see `ClassifierOptions.examples`)
   * is like this one; `publisher`: what the publishing organisation is for points to a category (id `publisher-hint`),
   * or a category it cannot have was left out (id the kind of body, `category` the one left out, weight 0);
   * `abstain`: why it gave no answer.
   */
  readonly kind: 'rule' | 'documentType' | 'publisher' | 'words' | 'evidence' | 'example' | 'abstain';
  /** Rule id, document type code, `model`, `evidence-strength`, or `no-text` / `low-confidence` for an abstention. */
  readonly id: string;
  /** The category this reason points to, if any. */
  readonly category: InformationCategoryCode | null;
  /** How much it added to that category's score (0 for `abstain`). */
  readonly weight: number;
  /** The words that carried most weight (kind `words` only). */
  readonly words?: readonly string[];
  readonly message: LocalizedText;
}

/** The answer for one document. */
export interface ClassificationResult {
  /** The chosen category, or `null` when the classifier abstains (confidence below the threshold). */
  readonly category: InformationCategoryCode | null;
  /** Calibrated probability of the best category, 0–1 (see README "Calibration"). */
  readonly confidence: number;
  /** The threshold that was applied. */
  readonly threshold: number;
  /** The three most likely categories, best first: suggestions when it abstains. */
  readonly ranking: readonly RankedCategory[];
  /** The rules, document type and words that decided it, strongest first. */
  readonly reasons: readonly ClassificationReason[];
}

/** Options of `createClassifier` and `classify`. */
export interface ClassifierOptions {
  /** Confidence (0–1) the best category needs; below it the answer is `null`. Default `DEFAULT_THRESHOLD`. */
  readonly threshold?: number;
  /** Another trained model (the output of `scripts/train.ts`). Default: the model shipped in the package. */
  readonly model?: ModelData;
  /**
   * The body's own publications with the category it gave them (`createClassifier` only): the
   * suggestions lean towards the categories of the most similar ones, and the reasons name the
   * closest. Category as TOOI code, URI or article. Read a file with `examplesFromJsonLines` or
   * `examplesFromPublications` (for a DiWoo sitemap read by core). A wrong shape throws `WooKitInputError`
   * `classifier-invalid-example`.
   */
  readonly examples?: readonly ClassificationExample[];
  /** How much the examples count (0 to 1, default `EXAMPLE_WEIGHT`, see there); 0 keeps only the reason. */
  readonly exampleWeight?: number;
  /**
   * Where traffic decisions (verkeersbesluiten) and spatial plans go. `'generalDecisions'` (default): both overige
   * besluiten van algemene strekking (Woo art. 3.3 lid 1 onder b), the legal reading. `'wooIndex'`: as the national
   * Woo-index files them since November 2023, spatial plans under wetten en algemeen verbindende voorschriften (onder
   * a) and traffic decisions onder b. `'laws'`: both onder a, as the Woo-index filed them until autumn 2023. A wrong
   * value throws `WooKitInputError` `classifier-invalid-options`.
   */
  readonly trafficDecisionsAndPlans?: TrafficDecisionsAndPlans;
}

/** A configured classifier. */
export interface Classifier {
  readonly threshold: number;
  /** Version of the model in use. */
  readonly modelVersion: string;
  /** Number of the body's own publications it learned from (0 without `examples`). */
  readonly examples: number;
  /** Classifies one document. Throws `WooKitInputError` only when called with the wrong types. */
  classify(input: ClassificationInput): ClassificationResult;
}

function invalidInput(code: string, path: string, nl: string, en: string): WooKitInputError {
  return new WooKitInputError(code, { nl, en }, { path });
}

function optionalString(input: Record<string, unknown>, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw invalidInput(
      'classifier-invalid-field',
      `/${key}`,
      `Het veld "${key}" moet tekst zijn.`,
      `The field "${key}" must be text.`,
    );
  }
  return value;
}

/** The publisher's URI and name, from a string or an `Organisation`-like object (`key`: the field it came from). */
function readPublisher(value: unknown, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && !Array.isArray(value)) {
    const { uri, name } = value as Record<string, unknown>;
    if ((uri === undefined || typeof uri === 'string') && (name === undefined || typeof name === 'string'))
      return [uri, name].filter((v): v is string => v !== undefined);
  }
  throw invalidInput(
    'classifier-invalid-field',
    `/${key}`,
    `Het veld "${key}" moet tekst zijn, of een object met "uri" en "name" als tekst.`,
    `The field "${key}" must be text, or an object with "uri" and "name" as text.`,
  );
}

/** Checks the input's shape; wrong types are a programming error and throw a `WooKitInputError`. */
function readInput(input: unknown): {
  title: string;
  description: string;
  text: string;
  documentType: string | undefined;
  publisher: readonly string[];
} {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidInput(
      'classifier-invalid-input',
      '',
      'Geef een object met ten minste een titel: { "title": "…" }.',
      'Pass an object with at least a title: { "title": "…" }.',
    );
  }
  const record = input as Record<string, unknown>;
  if (typeof record['title'] !== 'string') {
    throw invalidInput(
      'classifier-invalid-field',
      '/title',
      'Het veld "title" ontbreekt of is geen tekst.',
      'The field "title" is missing or is not text.',
    );
  }
  return {
    title: record['title'],
    description: optionalString(record, 'description') ?? optionalString(record, 'summary') ?? '',
    text: optionalString(record, 'text') ?? '',
    documentType: optionalString(record, 'documentType'),
    publisher:
      record['publisher'] === undefined || record['publisher'] === null
        ? readPublisher(record['organisation'], 'organisation')
        : readPublisher(record['publisher'], 'publisher'),
  };
}

function checkThreshold(threshold: unknown): number {
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw invalidInput(
      'classifier-invalid-threshold',
      '/threshold',
      'De drempel moet een getal van 0 tot en met 1 zijn.',
      'The threshold must be a number from 0 to 1.',
    );
  }
  return threshold;
}

function labelOf(code: string): LocalizedText {
  const category = categoryByCode(code);
  return category === undefined ? { nl: code, en: code } : { nl: category.labelNl, en: category.labelEn };
}

/** Resolves a document type given as URI, code or label to its TOOI code; undefined when unknown. */
function resolveDocumentType(value: string): string | undefined {
  const trimmed = value.trim().slice(0, 200);
  if (trimmed === '') return undefined;
  const code = documentTypeCodeFromUri(trimmed);
  if (code !== undefined) return (documentTypeByCode(code) ?? documentTypeByUri(trimmed))?.code;
  return documentTypeByLabel(trimmed)?.code;
}

function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Everything the classifier computed for one input, before calibration (used by `scripts/calibrate.ts`). */
export interface Analysis {
  /** Summed raw score per class: document type + rules + model. */
  readonly scores: Float64Array;
  /** The model's part alone (bias + features). */
  readonly modelScores: Float64Array;
  readonly fired: readonly FiredRule[];
  /** Document type evidence per class. */
  readonly documentType: Float64Array;
  /** Reasons about the document type (also for an unknown type). */
  readonly documentTypeReasons: ClassificationReason[];
  readonly features: FeatureList;
  /** Real words in the title (see `countWords`). */
  readonly words: number;
  /** There is some text (a letter) or a document type to judge. */
  readonly hasText: boolean;
  /**
   * Classes the publisher cannot have (Woo art. 3.3 lid 2 onder a–d, see publisher.ts): their scores are -Infinity;
   * `outranked` is the one of them that had the highest score before, if any.
   */
  readonly ruledOut:
    | { readonly kind: PublisherKind; readonly classes: readonly number[]; readonly outranked: number | undefined }
    | undefined;
  /** What the publisher is for points to this class (see `publisherHint`); counted like a specific rule. */
  readonly publisherHint: { readonly class: number; readonly hint: PublisherHint } | undefined;
  /** The title and description as given (the description under either of its names), for the body's own examples. */
  readonly title: string;
  readonly description: string;
}

/** The scorer shared by `createClassifier` and the calibration script. */
export interface Scorer {
  readonly model: Model;
  /** Class codes in model order; `undefined` for a code that is not in core's official list. */
  readonly classes: readonly (InformationCategoryCode | undefined)[];
  analyse(input: unknown): Analysis;
  /** The evidence for class `c` in an analysis. */
  evidence(analysis: Analysis, c: number): Evidence;
}

/**
 * The Woo-index's filing of a traffic decision or spatial plan (Woo art. 3.3 lid 1 onder a instead of onder b, see
 * `TrafficDecisionsAndPlans`): what the moved rules added moves to onder a, and the model's scores of the two
 * categories change places (it learned the legal reading, so its score for onder b is its score for such a decision).
 */
function toWooIndexFiling(
  fired: FiredRule[],
  scores: Float64Array,
  modelScores: Float64Array,
  { laws, general, moved }: { laws: number; general: number; moved: ReadonlySet<string> },
): FiredRule[] {
  const swapped = modelScores[laws]!;
  modelScores[laws] = modelScores[general]!;
  modelScores[general] = swapped;
  return fired.map((f) => {
    if (!moved.has(f.rule.id)) return f;
    const added = f.rule.weight * f.factor;
    scores[general] = scores[general]! - added;
    scores[laws] = scores[laws]! + added;
    return { ...f, rule: wooIndexFilingOf(f.rule) };
  });
}

/**
 * Builds the scorer for a model; `trafficDecisionsAndPlans` as in `ClassifierOptions`. Throws `RangeError` on a broken
 * model.
 */
export function createScorer(
  modelData?: ModelData,
  trafficDecisionsAndPlans: TrafficDecisionsAndPlans = 'generalDecisions',
): Scorer {
  const model: Model = modelData === undefined ? defaultModel() : decodeModel(modelData);
  // Only categories in core's official list can ever be output.
  const classes = model.classes.map((code) =>
    categoryByCode(code) === undefined ? undefined : (code as InformationCategoryCode),
  );
  const classIndex = new Map<string, number>();
  classes.forEach((code, i) => {
    if (code !== undefined) classIndex.set(code, i);
  });
  const k = model.classes.length;
  const laws = classIndex.get(CATEGORY.laws);
  const general = classIndex.get(CATEGORY.generalDecisions);
  const moved = rulesFiledAsLaws(trafficDecisionsAndPlans);
  const wooIndexFiling =
    moved.size > 0 && laws !== undefined && general !== undefined ? { laws, general, moved } : undefined;

  function analyse(input: unknown): Analysis {
    const read = readInput(input);
    const fields: NormalizedFields = {
      title: normalizeTitle(read.title, MAX_TITLE_LENGTH),
      titleHead: titleWithoutPrefix(read.title, MAX_TITLE_LENGTH),
      summary: normalizeTitle(read.description, MAX_SUMMARY_LENGTH),
      text: normalizeTitle(read.text, MAX_TEXT_LENGTH),
    };
    const scores = new Float64Array(k);
    const documentType = new Float64Array(k);
    const documentTypeReasons: ClassificationReason[] = [];

    // 1. Document type.
    if (read.documentType !== undefined) {
      const code = resolveDocumentType(read.documentType);
      const hints = code === undefined ? undefined : DOCUMENT_TYPE_HINTS[code];
      const label = code === undefined ? undefined : documentTypeByCode(code)?.labelNl;
      if (code !== undefined && hints !== undefined) {
        for (const hint of hints) {
          const c = classIndex.get(hint.category);
          if (c === undefined) continue;
          scores[c] = scores[c]! + hint.weight;
          documentType[c] = documentType[c]! + hint.weight;
          documentTypeReasons.push({
            kind: 'documentType',
            id: code,
            category: hint.category,
            weight: hint.weight,
            message: {
              nl: `Het documentsoort is "${label}". Dat past bij "${labelOf(hint.category).nl}".`,
              en: `The document type is "${label}", which fits "${labelOf(hint.category).en}".`,
            },
          });
        }
      } else if (code === undefined) {
        documentTypeReasons.push({
          kind: 'documentType',
          id: 'unknown',
          category: null,
          weight: 0,
          message: {
            nl: 'Het documentsoort staat niet in de TOOI-lijst. Het telt niet mee.',
            en: 'The document type is not in the TOOI list, so it does not count.',
          },
        });
      }
    }
    // 2. Rules.
    let fired = scoreRules(fields, classIndex, scores);
    // 3. Model.
    const features = collectFeatures(fields);
    const modelScores = new Float64Array(k);
    scoreModel(model, features, modelScores);
    if (wooIndexFiling !== undefined && fired.some((f) => wooIndexFiling.moved.has(f.rule.id)))
      fired = toWooIndexFiling(fired, scores, modelScores, wooIndexFiling);
    for (let c = 0; c < k; c++) scores[c] = scores[c]! + modelScores[c]!;
    const hasText = features.tokens.some((t) => LETTER.test(t)) || read.documentType !== undefined;
    // 4. The publisher: what it is for hints at a category; categories its kind of body cannot have are left out.
    const hint = read.publisher.map(publisherHint).find((x) => x !== undefined);
    const hinted = hint === undefined ? undefined : classIndex.get(hint.category);
    const publisherHintOf = hint === undefined || hinted === undefined ? undefined : { class: hinted, hint };
    if (publisherHintOf !== undefined)
      scores[publisherHintOf.class] = scores[publisherHintOf.class]! + publisherHintOf.hint.weight;
    const kind = read.publisher.map(publisherKind).find((x) => x !== undefined);
    let ruledOut: Analysis['ruledOut'];
    if (kind !== undefined) {
      let top = -Infinity;
      for (let c = 0; c < k; c++) if (classes[c] !== undefined) top = Math.max(top, scores[c]!);
      const out = RULED_OUT[kind].map((r) => classIndex.get(r.category)).filter((c) => c !== undefined);
      ruledOut = { kind, classes: out, outranked: out.find((c) => scores[c] === top) };
      for (const c of out) {
        scores[c] = -Infinity;
        modelScores[c] = -Infinity;
      }
    }
    return {
      scores,
      modelScores,
      fired,
      documentType,
      documentTypeReasons,
      features,
      words: countWords(fields.title),
      hasText,
      ruledOut,
      publisherHint: publisherHintOf,
      title: read.title,
      description: read.description,
    };
  }

  function evidence(analysis: Analysis, best: number): Evidence {
    const specific = new Float64Array(k);
    let generic = 0;
    let head = false;
    for (const { rule, factor, head: atHead } of analysis.fired) {
      const c = classIndex.get(rule.category);
      if (c === undefined) continue;
      if (rule.generic) {
        if (c === best) generic += rule.weight * factor;
        continue;
      }
      specific[c] = specific[c]! + rule.weight * factor;
      if (c === best && atHead) head = true;
    }
    const hinted = analysis.publisherHint;
    if (hinted !== undefined) specific[hinted.class] = specific[hinted.class]! + hinted.hint.weight;
    let conflict = 0;
    const out = analysis.ruledOut?.classes ?? [];
    for (let c = 0; c < k; c++)
      if (c !== best && !out.includes(c)) conflict = Math.max(conflict, specific[c]! + analysis.documentType[c]!);
    const m = analysis.modelScores;
    let top = 0;
    for (let c = 1; c < k; c++) if (m[c]! > m[top]!) top = c;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp(m[c]! - m[top]!);
    return {
      specific: specific[best]!,
      head,
      generic,
      documentType: analysis.documentType[best]!,
      purpose: hinted?.class === best ? hinted.hint.weight : 0,
      conflict,
      words: analysis.words,
      modelAgrees: top === best,
      modelProbability: Math.exp(m[best]! - m[top]!) / sum,
    };
  }

  return { model, classes, analyse, evidence };
}

/** Plain-language summary of the evidence, for the reasons (nl + en). */
function evidenceMessage(
  e: Evidence,
  unknown: number,
  conflictLabel: LocalizedText | undefined,
): { nl: string; en: string } {
  const nl: string[] = [];
  const en: string[] = [];
  const purpose = e.purpose ?? 0;
  const inTitle = e.specific - purpose;
  if (inTitle > 0 && e.head) {
    nl.push('de titel begint met een vaste vorm voor deze categorie');
    en.push('the title starts with a fixed form for this category');
  } else if (inTitle > 0) {
    nl.push('de titel bevat een vaste term voor deze categorie');
    en.push('the title contains a fixed term for this category');
  }
  if (purpose > 0) {
    nl.push('de organisatie publiceert vooral stukken van deze categorie');
    en.push('the organisation mostly publishes documents of this category');
  }
  if (e.documentType >= 5) {
    nl.push('het documentsoort past erbij');
    en.push('the document type fits');
  }
  if (inTitle <= 0 && e.documentType < 5 && purpose === 0) {
    if (e.generic > 0) {
      nl.push('alleen algemene woorden wijzen naar deze categorie');
      en.push('only generic words point to this category');
    } else {
      nl.push('geen vaste titelvorm of documentsoort gevonden, alleen de woordkeus');
      en.push('no fixed title form or document type found, only the choice of words');
    }
  }
  if (e.words <= 1) {
    nl.push(`de titel is erg kort (${e.words === 0 ? 'geen' : 'één'} inhoudelijk woord)`);
    en.push(`the title is very short (${e.words === 0 ? 'no' : 'one'} meaningful word)`);
  }
  if (e.conflict >= 3 && conflictLabel !== undefined) {
    nl.push(`er zijn ook aanwijzingen voor "${conflictLabel.nl}"`);
    en.push(`there is also evidence for "${conflictLabel.en}"`);
  }
  if (!e.modelAgrees) {
    nl.push('het model alleen zou een andere categorie kiezen');
    en.push('the model on its own would choose another category');
  }
  const strength =
    unknown < 0.05
      ? { nl: 'Sterk bewijs', en: 'Strong evidence' }
      : unknown < 0.3
        ? { nl: 'Redelijk bewijs', en: 'Fair evidence' }
        : { nl: 'Zwak bewijs', en: 'Weak evidence' };
  const percent = Math.round(unknown * 100);
  return {
    nl: `${strength.nl}: ${nl.join('; ')}. Daarom blijft ${percent}% over voor "weet niet".`,
    en: `${strength.en}: ${en.join('; ')}. So ${percent}% is left for "don't know".`,
  };
}

/**
 * Builds a classifier with a threshold and, optionally, another model. Throws `WooKitInputError` on bad options
 * (`classifier-invalid-model` for a model that cannot be read, with the decoder's `RangeError` as its `cause`).
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  if (typeof options !== 'object' || options === null) {
    throw invalidInput(
      'classifier-invalid-options',
      '',
      'De opties moeten een object zijn.',
      'The options must be an object.',
    );
  }
  const threshold = checkThreshold(options.threshold ?? DEFAULT_THRESHOLD);
  const convention = options.trafficDecisionsAndPlans ?? 'generalDecisions';
  if (!(TRAFFIC_DECISIONS_AND_PLANS as readonly unknown[]).includes(convention)) {
    throw invalidInput(
      'classifier-invalid-options',
      '/trafficDecisionsAndPlans',
      'trafficDecisionsAndPlans moet "generalDecisions", "wooIndex" of "laws" zijn.',
      'trafficDecisionsAndPlans must be "generalDecisions", "wooIndex" or "laws".',
    );
  }
  let scorer: Scorer;
  try {
    scorer = createScorer(options.model, convention);
  } catch (error) {
    if (!(error instanceof RangeError) || options.model === undefined) throw error;
    throw new WooKitInputError(
      'classifier-invalid-model',
      {
        nl: `Het model kan niet worden gelezen (melding: ${error.message}). Gebruik een model van scripts/train.ts.`,
        en: `The model cannot be read: ${error.message}. Use a model written by scripts/train.ts.`,
      },
      { path: '/model', cause: error },
    );
  }
  const { model, classes } = scorer;
  const k = model.classes.length;
  const valid = Array.from({ length: k }, (_, i) => i).filter((i) => classes[i] !== undefined);
  const labels = classes.map((code) => (code === undefined ? undefined : labelOf(code)));
  const index: ExampleIndex | undefined =
    options.examples === undefined ? undefined : createExampleIndex(options.examples);
  const exampleWeight = options.exampleWeight ?? EXAMPLE_WEIGHT;
  if (typeof exampleWeight !== 'number' || !Number.isFinite(exampleWeight) || exampleWeight < 0 || exampleWeight > 1) {
    throw invalidInput(
      'classifier-invalid-options',
      '/exampleWeight',
      'exampleWeight moet een getal van 0 tot en met 1 zijn.',
      'exampleWeight must be a number from 0 to 1.',
    );
  }
  const classIndex = new Map<string, number>();
  classes.forEach((code, i) => {
    if (code !== undefined) classIndex.set(code, i);
  });

  function classify(input: ClassificationInput): ClassificationResult {
    const analysis = scorer.analyse(input);
    const { scores, features, hasText } = analysis;
    const reasons: ClassificationReason[] = [...analysis.documentTypeReasons];
    // The body's own publications: the nearest ones vote for their category.
    const vote = index === undefined || !hasText ? undefined : index.vote(analysis.title, analysis.description);
    const { ruledOut } = analysis;
    if (ruledOut?.outranked !== undefined) {
      const category = classes[ruledOut.outranked]!;
      const letter = RULED_OUT[ruledOut.kind].find((r) => r.category === category)?.letter ?? '';
      const body = PUBLISHER_KIND_LABEL[ruledOut.kind];
      reasons.push({
        kind: 'publisher',
        id: ruledOut.kind,
        category,
        weight: 0,
        message: {
          nl:
            `De organisatie is ${body.nl}. Die publiceert geen "${labelOf(category).nl}" ` +
            `(Woo art. 3.3 lid 2 onder ${letter}), dus die categorie telt niet mee.`,
          en:
            `The organisation is ${body.en}, which does not publish "${labelOf(category).en}" ` +
            `(Woo art. 3.3 lid 2 under ${letter}), so that category does not count.`,
        },
      });
    }
    if (analysis.publisherHint !== undefined) {
      const { class: c, hint } = analysis.publisherHint;
      const label = labelOf(classes[c]!);
      reasons.push({
        kind: 'publisher',
        id: 'publisher-hint',
        category: classes[c]!,
        weight: hint.weight,
        message: {
          nl:
            `De organisatie is ${hint.body.nl}. Die publiceert vooral "${label.nl}" (Woo art. 3.3 lid 2 ` +
            `onder ${hint.letter}).`,
          en:
            `The organisation is ${hint.body.en}, which mostly publishes "${label.en}" (Woo art. 3.3 lid 2 ` +
            `under ${hint.letter}).`,
        },
      });
    }
    for (const { rule, factor, field } of analysis.fired) {
      const where =
        field === 'title'
          ? { nl: '', en: '' }
          : field === 'summary'
            ? { nl: ' (in de omschrijving)', en: ' (in the description)' }
            : { nl: ' (in de tekst)', en: ' (in the text)' };
      reasons.push({
        kind: 'rule',
        id: rule.id,
        category: rule.category,
        weight: round(rule.weight * factor, 2),
        message: { nl: rule.reason.nl + where.nl, en: rule.reason.en + where.en },
      });
    }

    // The best category by raw score; calibration keeps this order (one pass, no sort).
    let best = valid[0]!;
    let second = -1;
    for (const i of valid) {
      if (i === best) continue;
      if (scores[i]! > scores[best]! || (scores[i] === scores[best] && i < best)) {
        second = best;
        best = i;
      } else if (second < 0 || scores[i]! > scores[second]!) second = i;
    }
    const evidence = scorer.evidence(analysis, best);
    const { score: plainUnknown } = unknownScore(CALIBRATION, evidence);
    const probabilities = new Float64Array(k);
    for (let i = 0; i < k; i++) probabilities[i] = classes[i] === undefined ? -Infinity : scores[i]!;
    let unknown = calibrate(probabilities, CALIBRATION.temperature, plainUnknown);
    // The body's own publications: mix in the vote of the nearest ones (see EXAMPLE_WEIGHT).
    const mix =
      vote === undefined
        ? 0
        : Math.min(0.95, exampleWeight * Math.max(0, (vote.similarity - EXAMPLE_FLOOR) / (1 - EXAMPLE_FLOOR)));
    if (vote !== undefined && mix > 0) {
      const out = analysis.ruledOut?.classes ?? [];
      for (const i of valid)
        if (!out.includes(i))
          probabilities[i] = (1 - mix) * probabilities[i]! + mix * (vote.share.get(classes[i]!) ?? 0);
      unknown *= 1 - mix;
      const before = best;
      for (const i of valid)
        if (probabilities[i]! > probabilities[best]! || (probabilities[i] === probabilities[best] && i < best))
          best = i;
      if (best !== before) second = before;
    }
    // Top three, best first (ties: lower index first).
    const top: number[] = [];
    for (const i of valid) {
      let at = top.length;
      while (at > 0 && probabilities[i]! > probabilities[top[at - 1]!]!) at--;
      if (at < 3) {
        top.splice(at, 0, i);
        if (top.length > 3) top.pop();
      }
    }
    const confidence = probabilities[best]!;
    const ranking = top.map((i): RankedCategory => ({
      category: classes[i]!,
      score: round(probabilities[i]!),
      label: labels[i]!,
    }));

    if (features.tokens.length > 0) {
      const contributions = wordContributions(model, features, best);
      const words = Array.from(contributions.keys())
        .filter((i) => contributions[i]! > 0.5)
        .sort((a, b) => contributions[b]! - contributions[a]! || a - b)
        .slice(0, 3);
      if (words.length > 0) {
        const list = words.map((i) => features.tokens[i]!);
        const total = words.reduce((sum, i) => sum + contributions[i]!, 0);
        const quoted = list.map((w) => `"${w}"`).join(', ');
        reasons.push({
          kind: 'words',
          id: 'model',
          category: classes[best]!,
          weight: round(total, 2),
          words: list,
          message: {
            nl: `Het model koppelt de woorden ${quoted} aan "${labels[best]!.nl}".`,
            en: `The model links the words ${quoted} to "${labels[best]!.en}".`,
          },
        });
      }
    }
    const nearest = vote?.neighbours[0];
    if (nearest !== undefined && nearest.similarity >= MIN_SIMILARITY) {
      const label = labelOf(nearest.category);
      const quoted = nearest.title.length > 120 ? `${nearest.title.slice(0, 117)}…` : nearest.title;
      const percent = Math.round(nearest.similarity * 100);
      reasons.push({
        kind: 'example',
        id: 'example',
        category: nearest.category,
        weight: round(mix * (vote!.share.get(nearest.category) ?? 0), 2),
        message: {
          nl: `Lijkt op uw publicatie '${quoted}' in de categorie "${label.nl}" (${percent}% gelijk).`,
          en: `Like your publication '${quoted}' in category "${label.en}" (${percent}% alike).`,
        },
      });
    }
    // Strongest evidence first; evidence for the chosen category before the rest.
    reasons.sort(
      (a, b) => Number(b.category === classes[best]) - Number(a.category === classes[best]) || b.weight - a.weight,
    );
    if (hasText) {
      // How strong the evidence is overall, and so how much is left for "don't know".
      const conflictLabel = second < 0 ? undefined : labels[second];
      reasons.push({
        kind: 'evidence',
        id: 'evidence-strength',
        category: classes[best]!,
        weight: round(unknown),
        message: evidenceMessage(evidence, unknown, conflictLabel),
      });
    }

    let category: InformationCategoryCode | null = classes[best]!;
    if (!hasText) {
      category = null;
      reasons.unshift({
        kind: 'abstain',
        id: 'no-text',
        category: null,
        weight: 0,
        message: {
          nl: 'Er is geen titel of tekst om te beoordelen. Een medewerker moet de categorie kiezen.',
          en: 'There is no title or text to judge. A person must choose the category.',
        },
      });
    } else if (confidence < threshold) {
      category = null;
      const percent = Math.round(confidence * 100);
      reasons.unshift({
        kind: 'abstain',
        id: 'low-confidence',
        category: null,
        weight: 0,
        message: {
          nl:
            `Het model is niet zeker genoeg (${percent}%, nodig is ${Math.round(threshold * 100)}%). Kies zelf; ` +
            `de suggesties staan in de ranglijst.`,
          en:
            `The model is not sure enough (${percent}%, ${Math.round(threshold * 100)}% needed). Please choose; ` +
            `the suggestions are in the ranking.`,
        },
      });
    }
    return { category, confidence: round(hasText ? confidence : 0), threshold, ranking, reasons };
  }

  return { threshold, modelVersion: model.version, examples: index?.size ?? 0, classify };
}

let shared: Model | undefined;
function defaultModel(): Model {
  shared ??= decodeModel(MODEL);
  return shared;
}

const defaults = new Map<string, Classifier>();

/**
 * Classifies one document with the shipped model. `options.threshold` overrides the default
 * threshold. Throws `WooKitInputError` only when called with the wrong types (input not an object,
 * title not a string, another field not a string, threshold outside 0–1); odd text (empty, huge,
 * control characters, other scripts) never throws and at worst abstains.
 *
 * @example classify({ title: 'Besluitenlijst B&W 14 januari 2025' }).category === 'c_3a248e3a'
 */
export function classify(input: ClassificationInput, options: ClassifierOptions = {}): ClassificationResult {
  if (options.model !== undefined || options.examples !== undefined) return createClassifier(options).classify(input);
  const threshold = checkThreshold(options.threshold ?? DEFAULT_THRESHOLD);
  const key = `${threshold}|${String(options.trafficDecisionsAndPlans ?? 'generalDecisions')}`;
  let classifier = defaults.get(key);
  if (classifier === undefined) {
    const { trafficDecisionsAndPlans } = options;
    classifier = createClassifier({
      threshold,
      ...(trafficDecisionsAndPlans === undefined ? {} : { trafficDecisionsAndPlans }),
    });
    if (defaults.size < 16) defaults.set(key, classifier);
  }
  return classifier.classify(input);
}
