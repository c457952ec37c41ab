/**
 * @woo-kit/deadlines: legal decision terms of Woo requests, explained step by step.
 * @packageDocumentation
 */
export const PLACEHOLDER = 'deadlines';
