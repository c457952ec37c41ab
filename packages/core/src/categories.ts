/**
 * `@woo-kit/core/categories`: the Woo information categories and the TOOI document types with their lookups, the
 * errors they throw, and the Dutch month names, without the rest of `@woo-kit/core`. Everything here is also
 * exported by `@woo-kit/core` itself (the same modules, so `instanceof` checks hold across both).
 *
 * For code that only needs to say what a document is, such as `@woo-kit/classifier`: in Node this entry loads in a
 * fraction of the time of the whole package (which also brings the schemas, validators, organisation lists and DiWoo
 * XML). Bundlers drop what a page does not use either way.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export { DUTCH_MONTH_NAMES } from './dates.js';
export { tooiCode, type TooiList, type TooiListMember } from './registries/tooi.js';
export * from './registries/categories.js';
export * from './registries/document-types.js';
