/**
 * @woo-kit/classifier: suggests the Woo information category of a document.
 * @packageDocumentation
 */
export const PLACEHOLDER = 'classifier';
