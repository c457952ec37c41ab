/**
 * Localisation of woo-kit's components: what a host page needs, and nothing of the runtime inside.
 *
 * The components use `@lit/localize` (`msg()` and `str`) with Dutch as the source language. A page
 * may install one `msg` implementation only, so the library never does that by itself: the host
 * page calls {@link configureWooKitLocalization} once (the drop-in `woo-kit.js` does it for you,
 * unless the page already configured `@lit/localize`).
 *
 * What the helper adds to `@lit/localize`'s own runtime:
 * - the page locale follows `<html lang>`, also when a language switch changes it later;
 * - an element with its own `lang` (or inside an element with another `lang`) is shown in that
 *   language, while the rest of the page keeps the page locale.
 *
 * Public: the list of locales ({@link allLocales}, {@link sourceLocale}, {@link targetLocales}),
 * setting and getting the page locale ({@link setLocale}, {@link getLocale}, or the object
 * {@link configureWooKitLocalization} returns), {@link matchLocale}, {@link directionOf}, and
 * {@link loadWooKitLocale} for a page that configures `@lit/localize` itself.
 */
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import {
  getLocale,
  install,
  isInstalled,
  loadWooKitLocale,
  matchLocale,
  setLocale,
} from './internal/locale-runtime.js';

export { allLocales, sourceLocale, targetLocales, getLocale, setLocale, loadWooKitLocale, matchLocale };
export type { WooKitLocale } from './internal/locale-runtime.js';

/** Text direction of a locale: right-to-left for Arabic, Hebrew, Persian and Urdu. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return /^(ar|he|fa|ur)(-|$)/i.test(locale) ? 'rtl' : 'ltr';
}

/** True once {@link configureWooKitLocalization} installed woo-kit's runtime on this page. */
export function isWooKitLocalizationConfigured(): boolean {
  return isInstalled();
}

export interface WooKitLocalization {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
  /** Stops following the page's `lang` attribute. */
  disconnect(): void;
}

export interface ConfigureOptions {
  /** Follow `<html lang>` now and when it changes (default true). */
  readonly followDocumentLanguage?: boolean;
}

/**
 * Installs woo-kit's localisation runtime. Call it once per page. By default the page locale follows
 * `<html lang>`. Throws when `@lit/localize` was configured already on this page (by the page or by
 * another library): then woo-kit shows the locale that configuration chooses.
 */
export function configureWooKitLocalization(options: ConfigureOptions = {}): WooKitLocalization {
  install();
  let observer: MutationObserver | undefined;
  if (options.followDocumentLanguage !== false && typeof document !== 'undefined') {
    const root = document.documentElement;
    const follow = () => void setLocale(root.lang).catch(() => undefined);
    follow();
    observer = new MutationObserver(follow);
    observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  }
  return { getLocale, setLocale, disconnect: () => observer?.disconnect() };
}
