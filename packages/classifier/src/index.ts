/**
 * @woo-kit/classifier: suggests the Woo information category of a document, explains why in Dutch
 * and English, and abstains when unsure. No DOM: runs in Node, workers and browsers.
 *
 * @packageDocumentation
 */
export {
  classify,
  createClassifier,
  DEFAULT_THRESHOLD,
  EXAMPLE_WEIGHT,
  type Classifier,
  type ClassifierOptions,
  type ClassificationInput,
  type ClassificationReason,
  type ClassificationResult,
  type RankedCategory,
} from './classifier.js';
export { normalizeTitle, MAX_TITLE_LENGTH, MAX_SUMMARY_LENGTH, MAX_TEXT_LENGTH } from './normalize.js';
export {
  RULES,
  TRAFFIC_AND_PLAN_RULES,
  TRAFFIC_DECISIONS_AND_PLANS,
  rulesFiledAsLaws,
  type Rule,
  type TrafficDecisionsAndPlans,
} from './rules.js';
export { DOCUMENT_TYPE_HINTS, type DocumentTypeHint } from './document-types.js';
export type { ModelData } from './model.js';
export {
  createExampleIndex,
  examplesFromJsonLines,
  examplesFromPublications,
  resolveCategory,
  NEIGHBOURS,
  MIN_SIMILARITY,
  MAX_EXAMPLES,
  type ClassificationExample,
  type ExampleIndex,
  type ExampleMatch,
  type ExampleVote,
  type ExampleReadError,
} from './examples.js';
export { publisherHint, publisherKind, RULED_OUT, type PublisherHint, type PublisherKind } from './publisher.js';
