/**
 * The drop-in loader: defines each woo-kit component the first time its tag appears in the page.
 *
 * - Tags already in the page when the loader runs are found at once; tags a CMS (or any script) adds
 *   later are found by a MutationObserver on the document.
 * - A component's code and the translations of the page language load as separate chunks, in
 *   parallel; the tag is defined when both arrived, so the first render is already in the right
 *   language. A page in Dutch (the source language) loads no translations at all.
 * - Unless the page configured `@lit/localize` itself, the components follow `<html lang>`, and a
 *   language switch loads only the texts of the new language.
 *
 * No eval, no inline script, no style element: every chunk is a same-origin module script.
 */
import { configureWooKitLocalization, matchLocale, sourceLocale } from '../localization.js';
import { ensureLocale } from '../internal/locale-runtime.js';
import { define } from '../internal/define.js';
import { components } from './components.js';

const tags = Object.keys(components);
const selector = tags.join(',');
const requested = new Set<string>();
let observer: MutationObserver | undefined;

/** Resolves when the texts of the page language are loaded (at once for Dutch or a page-configured locale). */
let localeReady: Promise<unknown> = Promise.resolve();

/** Installs woo-kit's localisation runtime, unless the page configured `@lit/localize` already. */
export function startLocalization(): void {
  try {
    configureWooKitLocalization();
    const pageLocale = matchLocale(document.documentElement.lang);
    // Shares the load configureWooKitLocalization just started; a failure shows Dutch, never blocks.
    if (pageLocale !== sourceLocale) localeReady = ensureLocale(pageLocale).catch(() => undefined);
  } catch {
    // The page configured @lit/localize itself (it may do so only once): keep its choice.
  }
}

/** Loads and defines one component (once). Resolves when it is defined. */
export function load(tag: string): Promise<void> {
  const loadClass = components[tag];
  if (loadClass === undefined || requested.has(tag) || customElements.get(tag) !== undefined) {
    return customElements.whenDefined(tag).then(() => undefined);
  }
  requested.add(tag);
  return Promise.all([loadClass(), localeReady]).then(
    ([element]) => {
      define(tag, element);
      // Every tag defined: nothing left to watch for.
      if (tags.every((name) => customElements.get(name) !== undefined)) observer?.disconnect();
    },
    (error: unknown) => {
      requested.delete(tag); // a later appearance of the tag tries again
      console.error(`woo-kit: could not load <${tag}>`, error);
    },
  );
}

/** Loads every component the page (or a part of it) uses. */
function scan(root: Element | Document): void {
  if (root instanceof Element && root.matches(selector)) void load(root.localName);
  for (const element of root.querySelectorAll(selector)) void load(element.localName);
}

/** Defines the components in the page now, and those added to it later. */
export function watch(): void {
  scan(document);
  if (observer !== undefined || tags.every((name) => customElements.get(name) !== undefined)) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Loads every component at once, whether or not the page uses it yet. */
export function loadAll(): Promise<void> {
  return Promise.all(tags.map(load)).then(() => undefined);
}
