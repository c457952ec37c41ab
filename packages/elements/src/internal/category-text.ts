/**
 * Names and plain-language explanations of the information categories in the element's language.
 * The translated texts (`category-messages.ts`, generated from @woo-kit/core) load on demand: a
 * component that shows categories calls {@link loadCategoryTexts} when it connects (through an
 * `OnDemandController`), usually long before its feed has loaded. Until then, and for a code the
 * messages do not know, core's own Dutch or English text is shown.
 */
import { pick } from './pick.js';

type Messages = typeof import('./category-messages.js');
let messages: Messages | undefined;
let loading: Promise<void> | undefined;

export function loadCategoryTexts(): Promise<void> {
  loading ??= import('./category-messages.js').then((module) => {
    messages = module;
  });
  return loading;
}

/** The label of an information category, starting with a capital (TOOI labels are lower case). */
export function categoryLabel(
  category: { readonly code?: string; readonly labelNl: string; readonly labelEn: string },
  locale: string,
): string {
  const translated = category.code === undefined ? undefined : messages?.categoryLabelMessage(category.code);
  if (translated !== undefined) return translated;
  const label = pick({ nl: category.labelNl, en: category.labelEn }, locale);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The plain-language explanation of an information category. */
export function categoryExplanation(
  category: { readonly code: string; readonly explanation: { readonly nl: string; readonly en: string } },
  locale: string,
): string {
  return messages?.categoryExplanationMessage(category.code) ?? pick(category.explanation, locale);
}
