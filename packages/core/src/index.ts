/**
 * @woo-kit/core: the typed Woo domain model, TOOI registries, JSON Schemas with precompiled
 * validators, typed errors and DiWoo XML. No DOM, no Lit: runs in Node, workers and browsers.
 *
 * @packageDocumentation
 */
export * from './errors.js';
export * from './dates.js';
export { isIsoDateTime, isEmailAddress, isAbsoluteUri } from './formats.js';
export * from './registries/index.js';
export { DIWOO_VERSION } from './generated/tooi-lists.js';
export * from './model.js';
export * from './lifecycle.js';
export * from './schemas/index.js';
export * from './validation/validate.js';
export * from './validation/woo-decision.js';
export * from './woo-decision.js';
export * from './decision-dossier.js';
export * from './examples.js';
export * from './diwoo/index.js';
