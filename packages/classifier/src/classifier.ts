/**
 * The classifier: document-type evidence + rules + the trained model, added up per category and
 * turned into probabilities. Below the threshold it abstains (`category: null`) and keeps the
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
} from '@woo-kit/core';
import { DOCUMENT_TYPE_HINTS, documentTypeCodeFromUri } from './document-types.js';
import { MODEL } from './generated/model.js';
import { decodeModel, type Model, type ModelData } from './model.js';
import { MAX_SUMMARY_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, normalizeTitle } from './normalize.js';
import { collectFeatures, scoreModel, scoreRules, softmax, wordContributions, type NormalizedFields } from './scoring.js';

/**
 * Default confidence threshold. Tuned on the held-out `tune` slice of the team-written titles for few
 * wrong answers (see README "Evaluation"): below it the classifier abstains.
 */
export const DEFAULT_THRESHOLD = 0.8;

/** What to classify. Only `title` is required. */
export interface ClassificationInput {
  /** The title of the document as published. */
  readonly title: string;
  /** A short description (omschrijving), if there is one. */
  readonly summary?: string;
  /** TOOI document type (documentsoort): its URI, its code (`c_386e74cb`) or its Dutch label (`convenant`). */
  readonly documentType?: string;
  /** The start of the body text. Only the first characters are read. */
  readonly text?: string;
}

/** One category in the ranking. */
export interface RankedCategory {
  /** TOOI code of the information category, from `@woo-kit/core` `informationCategories`. */
  readonly category: InformationCategoryCode;
  /** Probability between 0 and 1. */
  readonly score: number;
  /** The category's label in Dutch (official TOOI label) and English. */
  readonly label: LocalizedText;
}

/** Why the classifier chose (or did not choose) a category. */
export interface ClassificationReason {
  /** `rule`: a title convention matched; `documentType`: the TOOI document type; `words`: the model's strongest words; `abstain`: why it gave no answer. */
  readonly kind: 'rule' | 'documentType' | 'words' | 'abstain';
  /** Rule id, document type code, or `no-text` / `low-confidence` for an abstention. */
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
  /** Probability of the best category, 0–1. */
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
}

/** A configured classifier. */
export interface Classifier {
  readonly threshold: number;
  /** Version of the model in use. */
  readonly modelVersion: string;
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
    throw invalidInput('classifier-invalid-field', `/${key}`, `Het veld "${key}" moet tekst zijn.`, `The field "${key}" must be text.`);
  }
  return value;
}

/** Checks the input's shape; wrong types are a programming error and throw a `WooKitInputError`. */
function readInput(input: unknown): { title: string; summary: string; text: string; documentType: string | undefined } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidInput('classifier-invalid-input', '', 'Geef een object met ten minste een titel: { "title": "…" }.', 'Pass an object with at least a title: { "title": "…" }.');
  }
  const record = input as Record<string, unknown>;
  if (typeof record['title'] !== 'string') {
    throw invalidInput('classifier-invalid-field', '/title', 'Het veld "title" ontbreekt of is geen tekst.', 'The field "title" is missing or is not text.');
  }
  return {
    title: record['title'],
    summary: optionalString(record, 'summary') ?? '',
    text: optionalString(record, 'text') ?? '',
    documentType: optionalString(record, 'documentType'),
  };
}

function checkThreshold(threshold: unknown): number {
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw invalidInput('classifier-invalid-threshold', '/threshold', 'De drempel moet een getal van 0 tot en met 1 zijn.', 'The threshold must be a number from 0 to 1.');
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

/** Builds a classifier with a threshold and, optionally, another model. Throws `WooKitInputError` on bad options. */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  if (typeof options !== 'object' || options === null) {
    throw invalidInput('classifier-invalid-options', '', 'De opties moeten een object zijn.', 'The options must be an object.');
  }
  const threshold = checkThreshold(options.threshold ?? DEFAULT_THRESHOLD);
  const model: Model = options.model === undefined ? defaultModel() : decodeModel(options.model);
  // Only categories in core's official list can ever be output.
  const classes = model.classes.map((code) => (categoryByCode(code) === undefined ? undefined : (code as InformationCategoryCode)));
  const classIndex = new Map<string, number>();
  classes.forEach((code, i) => { if (code !== undefined) classIndex.set(code, i); });
  const k = model.classes.length;

  function classify(input: ClassificationInput): ClassificationResult {
    const read = readInput(input);
    const fields: NormalizedFields = {
      title: normalizeTitle(read.title, MAX_TITLE_LENGTH),
      summary: normalizeTitle(read.summary, MAX_SUMMARY_LENGTH),
      text: normalizeTitle(read.text, MAX_TEXT_LENGTH),
    };
    const scores = new Float64Array(k);
    const reasons: ClassificationReason[] = [];

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
          reasons.push({
            kind: 'documentType', id: code, category: hint.category, weight: hint.weight,
            message: { nl: `Het documentsoort is "${label}". Dat past bij "${labelOf(hint.category).nl}".`, en: `The document type is "${label}", which fits "${labelOf(hint.category).en}".` },
          });
        }
      } else if (code === undefined) {
        reasons.push({
          kind: 'documentType', id: 'unknown', category: null, weight: 0,
          message: { nl: 'Het documentsoort staat niet in de TOOI-lijst. Het telt niet mee.', en: 'The document type is not in the TOOI list, so it does not count.' },
        });
      }
    }
    // 2. Rules.
    for (const { rule, factor, field } of scoreRules(fields, classIndex, scores)) {
      const where = field === 'title' ? { nl: '', en: '' } : field === 'summary' ? { nl: ' (in de samenvatting)', en: ' (in the summary)' } : { nl: ' (in de tekst)', en: ' (in the text)' };
      reasons.push({
        kind: 'rule', id: rule.id, category: rule.category, weight: round(rule.weight * factor, 2),
        message: { nl: rule.reason.nl + where.nl, en: rule.reason.en + where.en },
      });
    }
    // 3. Model.
    const features = collectFeatures(fields);
    scoreModel(model, features, scores);

    const probabilities = softmax(scores);
    const order = Array.from({ length: k }, (_, i) => i)
      .filter((i) => classes[i] !== undefined)
      .sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
    const best = order[0]!;
    const confidence = probabilities[best]!;
    const hasText = features.tokens.some((t) => /\p{L}/u.test(t)) || read.documentType !== undefined;
    const ranking = order.slice(0, 3).map((i): RankedCategory => ({ category: classes[i]!, score: round(probabilities[i]!), label: labelOf(classes[i]!) }));

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
          kind: 'words', id: 'model', category: classes[best]!, weight: round(total, 2), words: list,
          message: { nl: `Het model koppelt de woorden ${quoted} aan "${labelOf(classes[best]!).nl}".`, en: `The model links the words ${quoted} to "${labelOf(classes[best]!).en}".` },
        });
      }
    }
    // Strongest evidence first; evidence for the chosen category before the rest.
    reasons.sort((a, b) => Number(b.category === classes[best]) - Number(a.category === classes[best]) || b.weight - a.weight);

    let category: InformationCategoryCode | null = classes[best]!;
    if (!hasText) {
      category = null;
      reasons.unshift({
        kind: 'abstain', id: 'no-text', category: null, weight: 0,
        message: { nl: 'Er is geen titel of tekst om te beoordelen. Een medewerker moet de categorie kiezen.', en: 'There is no title or text to judge. A person must choose the category.' },
      });
    } else if (confidence < threshold) {
      category = null;
      const percent = Math.round(confidence * 100);
      reasons.unshift({
        kind: 'abstain', id: 'low-confidence', category: null, weight: 0,
        message: { nl: `Het model is niet zeker genoeg (${percent}%, nodig is ${Math.round(threshold * 100)}%). Kies zelf; de suggesties staan in de ranglijst.`, en: `The model is not sure enough (${percent}%, ${Math.round(threshold * 100)}% needed). Please choose; the suggestions are in the ranking.` },
      });
    }
    return { category, confidence: round(hasText ? confidence : 0), threshold, ranking, reasons };
  }

  return { threshold, modelVersion: model.version, classify };
}

let shared: Model | undefined;
function defaultModel(): Model {
  shared ??= decodeModel(MODEL);
  return shared;
}

const defaults = new Map<number, Classifier>();

/**
 * Classifies one document with the shipped model. `options.threshold` overrides the default
 * threshold. Throws `WooKitInputError` only when called with the wrong types (input not an object,
 * title not a string, another field not a string, threshold outside 0–1); odd text (empty, huge,
 * control characters, other scripts) never throws and at worst abstains.
 *
 * @example classify({ title: 'Besluitenlijst B&W 14 januari 2025' }).category === 'c_3a248e3a'
 */
export function classify(input: ClassificationInput, options: ClassifierOptions = {}): ClassificationResult {
  if (options.model !== undefined) return createClassifier(options).classify(input);
  const threshold = checkThreshold(options.threshold ?? DEFAULT_THRESHOLD);
  let classifier = defaults.get(threshold);
  if (classifier === undefined) {
    classifier = createClassifier({ threshold });
    if (defaults.size < 16) defaults.set(threshold, classifier);
  }
  return classifier.classify(input);
}
