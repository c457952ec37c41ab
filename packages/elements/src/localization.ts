/**
 * Localisation helper for the host page.
 *
 * woo-kit's components use `@lit/localize` in runtime mode with Dutch as the source language.
 * `@lit/localize` may be configured only once per page, so the library never configures it by
 * itself: a page calls {@link configureWooKitLocalization} once (the drop-in `woo-kit.js` does it
 * for you unless the page already configured `@lit/localize`).
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

export { allLocales, sourceLocale, targetLocales };

/** A locale woo-kit ships (`nl`, `en`, …). */
export type WooKitLocale = (typeof allLocales)[number];

/** Loads the generated templates of one target locale. Static specifiers, so bundlers see them. */
export function loadWooKitLocale(locale: string): Promise<LocaleModule> {
  switch (locale) {
    case 'en':
      return import('./generated/locales/en.js');
    default:
      return Promise.reject(new Error(`woo-kit has no translations for "${locale}"`));
  }
}

/** The woo-kit locale that best matches a BCP 47 tag (`en-GB` → `en`), or the source locale. */
export function matchLocale(tag: string | null | undefined): WooKitLocale {
  const wanted = (tag ?? '').trim().toLowerCase();
  const exact = allLocales.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  return allLocales.find((l) => l.toLowerCase() === base) ?? sourceLocale;
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
 * Configures `@lit/localize` for woo-kit's locales. Call it once, before or after the components
 * load. By default the locale follows the page's `<html lang>`, also when a language switch
 * changes it later.
 */
export function configureWooKitLocalization(options: ConfigureOptions = {}): WooKitLocalization {
  const { getLocale, setLocale } = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: loadWooKitLocale,
  });
  let observer: MutationObserver | undefined;
  if (options.followDocumentLanguage !== false && typeof document !== 'undefined') {
    const root = document.documentElement;
    const follow = () => void setLocale(matchLocale(root.lang)).catch(() => undefined);
    follow();
    observer = new MutationObserver(follow);
    observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  }
  return { getLocale, setLocale, disconnect: () => observer?.disconnect() };
}
