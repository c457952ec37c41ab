/**
 * @woo-kit/elements: accessible, localised web components for the Woo. This entry exports the
 * classes and types only; import `@woo-kit/elements/woo-kit.js` (or a component's `define.js`) to
 * register the tags.
 * @packageDocumentation
 */
export { WooElement } from './internal/woo-element.js';
export { WooContact } from './components/woo-contact/woo-contact.js';
export { WooDeadlineCalculator } from './components/woo-deadline-calculator/woo-deadline-calculator.js';
export { WooDeadlineCalculatedEvent } from './events/woo-deadline-calculated.js';
export { WooRequestForm } from './components/woo-request-form/woo-request-form.js';
export { WooRequestSubmitEvent, WooRequestSentEvent, type RequestReceipt } from './events/woo-request-submit.js';
export { WooRequestStatus } from './components/woo-request-status/woo-request-status.js';
export { ingebrekestellingLetter } from './components/woo-request-status/letter.js';
export { WooPublications, queryFromUrl, urlWithQuery } from './components/woo-publications/woo-publications.js';
export { WooPublicationsChangeEvent, type PublicationsQuery } from './events/woo-publications-change.js';
export { WooDecisionElement } from './components/woo-decision/woo-decision.js';
export { WooCategories } from './components/woo-categories/woo-categories.js';
export {
  WooTimelinessDashboard,
  readRequests,
} from './components/woo-timeliness-dashboard/woo-timeliness-dashboard.js';
export { WooFeedback } from './components/woo-feedback/woo-feedback.js';
export { WooFeedbackSentEvent } from './events/woo-feedback-sent.js';
export { WooEffectDashboard } from './components/woo-effect-dashboard/woo-effect-dashboard.js';
// Localisation for the host page (docs/getting-started-developer.md "Localisation"). The locale runtime
// the elements use inside (ensureLocale, withLocale, isLocaleReady) is not part of the public API.
export {
  allLocales,
  sourceLocale,
  targetLocales,
  configureWooKitLocalization,
  isWooKitLocalizationConfigured,
  loadWooKitLocale,
  matchLocale,
  directionOf,
  type WooKitLocale,
  type WooKitLocalization,
  type ConfigureOptions,
} from './localization.js';
