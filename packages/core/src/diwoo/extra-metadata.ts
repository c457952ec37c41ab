/**
 * Values woo-kit writes in DiWoo `extraMetadata` (name/value pairs the Woo-index accepts next to the
 * TOOI metadata) because DiWoo 0.9.8 has no element for them. Internal.
 */

/** The namespace of woo-kit's extra metadata (`diwoo:extraMetadata > diwoo:namespace`). */
export const WOO_KIT_EXTRA_NAMESPACE = 'urn:woo-kit:diwoo-extra-metadata';
/** Its prefix (`diwoo:prefix`). */
export const WOO_KIT_EXTRA_PREFIX = 'woo-kit';
/** The key of the day a document was made public (`Publication.publishedOn`). */
export const WOO_KIT_PUBLISHED_ON_KEY = 'openbaarmakingsdatum';
