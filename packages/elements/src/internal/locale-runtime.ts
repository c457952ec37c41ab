/**
 * The locale runtime inside woo-kit's elements (not public: the host page uses localization.ts).
 * It keeps the templates of every loaded locale and the page locale, and lets an element with a
 * `lang` of its own render in that language while the rest of the page keeps the page locale.
 */
import { LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { allLocales, sourceLocale } from '../generated/locale-codes.js';

/** A locale woo-kit ships (`nl`, `en`, …). */
export type WooKitLocale = (typeof allLocales)[number];

type Templates = LocaleModule['templates'] | undefined;

/** Loads the generated templates of one target locale. Static specifiers, so bundlers see them. */
export function loadWooKitLocale(locale: string): Promise<LocaleModule> {
  switch (locale) {
    case 'en':
      return import('../generated/locales/en.js');
    case 'tr':
      return import('../generated/locales/tr.js');
    case 'ar':
      return import('../generated/locales/ar.js');
    case 'pl':
      return import('../generated/locales/pl.js');
    case 'uk':
      return import('../generated/locales/uk.js');
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

// The runtime's state. `loaded` holds the templates of every locale that finished loading.
const loaded = new Map<string, Templates>([[sourceLocale, undefined]]);
const loading = new Map<string, Promise<void>>();
let configured = false;
let activeLocale: string = sourceLocale;
let requested = 0;
/** Templates of the element being rendered with a locale of its own; `null` when none. */
let scopedTemplates: Templates | null = null;

/** True once woo-kit's runtime is installed on this page. */
export function isInstalled(): boolean {
  return configured;
}

/**
 * Installs woo-kit's `msg` implementation: the one `configureLocalization` installs, reading the
 * templates of an element with a locale of its own first. Throws when `msg` was installed already.
 */
export function install(): void {
  const impl = (template: Parameters<typeof runtimeMsg>[1], msgOptions: Parameters<typeof runtimeMsg>[2]) =>
    runtimeMsg(scopedTemplates !== null ? scopedTemplates : loaded.get(activeLocale), template, msgOptions);
  _installMsgImplementation(impl as Parameters<typeof _installMsgImplementation>[0]);
  configured = true;
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
    const detail = { status: 'error', errorLocale: wanted, errorMessage: String(error) };
    window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
    throw error;
  }
  if (request !== requested) return; // a later call won
  activeLocale = wanted;
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: wanted } }));
}
