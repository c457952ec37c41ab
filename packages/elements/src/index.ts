/**
 * @woo-kit/elements: accessible, localised web components for the Woo.
 * @packageDocumentation
 */
export const PLACEHOLDER = 'elements';
