/**
 * Localisation of woo-kit's components.
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
 */
import { LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

export { allLocales, sourceLocale, targetLocales };

/** A locale woo-kit ships (`nl`, `en`, …). */
export type WooKitLocale = (typeof allLocales)[number];

type Templates = LocaleModule['templates'] | undefined;

/** Loads the generated templates of one target locale. Static specifiers, so bundlers see them. */
export function loadWooKitLocale(locale: string): Promise<LocaleModule> {
  switch (locale) {
    case 'en':
      return import('./generated/locales/en.js');
    case 'tr':
      return import('./generated/locales/tr.js');
    case 'ar':
      return import('./generated/locales/ar.js');
    case 'pl':
      return import('./generated/locales/pl.js');
    case 'uk':
      return import('./generated/locales/uk.js');
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

/** Text direction of a locale: right-to-left for Arabic, Hebrew, Persian and Urdu. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return /^(ar|he|fa|ur)(-|$)/i.test(locale) ? 'rtl' : 'ltr';
}

// The runtime's state. `loaded` holds the templates of every locale that finished loading.
const loaded = new Map<string, Templates>([[sourceLocale, undefined]]);
const loading = new Map<string, Promise<void>>();
let configured = false;
let activeLocale: string = sourceLocale;
let requested = 0;
/** Templates of the element being rendered with a locale of its own; `null` when none. */
let scopedTemplates: Templates | null = null;

/** True once {@link configureWooKitLocalization} installed woo-kit's runtime on this page. */
export function isWooKitLocalizationConfigured(): boolean {
  return configured;
}

/** Loads a locale's templates once; resolves when they are ready. */
export function ensureLocale(locale: string): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loadWooKitLocale(locale).then(
      (module) => {
        loaded.set(locale, module.templates);
        loading.delete(locale);
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** True when `locale`'s templates are loaded, so an element can render in it right away. */
export function isLocaleReady(locale: string): boolean {
  return loaded.has(locale);
}

/**
 * Runs `render` with `msg()` answering in `locale`, for an element whose language differs from the
 * page. Falls back to the page locale while `locale` is not loaded, or when woo-kit's runtime is not
 * the one installed on the page.
 */
export function withLocale<T>(locale: string, render: () => T): T {
  if (!configured || locale === activeLocale || !loaded.has(locale)) return render();
  const previous = scopedTemplates;
  scopedTemplates = loaded.get(locale);
  try {
    return render();
  } finally {
    scopedTemplates = previous;
  }
}

/** The page locale. */
export function getLocale(): string {
  return activeLocale;
}

/** Changes the page locale; every woo-kit element without a `lang` of its own re-renders. */
export async function setLocale(locale: string): Promise<void> {
  const wanted = matchLocale(locale);
  const request = ++requested;
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'loading', loadingLocale: wanted } }));
  try {
    await ensureLocale(wanted);
  } catch (error) {
    window.dispatchEvent(
      new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'error', errorLocale: wanted, errorMessage: String(error) } }),
    );
    throw error;
  }
  if (request !== requested) return; // a later call won
  activeLocale = wanted;
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: wanted } }));
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
  // The same implementation `configureLocalization` installs, reading the scoped templates first.
  const impl = (template: Parameters<typeof runtimeMsg>[1], msgOptions: Parameters<typeof runtimeMsg>[2]) =>
    runtimeMsg(scopedTemplates !== null ? scopedTemplates : loaded.get(activeLocale), template, msgOptions);
  _installMsgImplementation(impl as Parameters<typeof _installMsgImplementation>[0]);
  configured = true;
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
