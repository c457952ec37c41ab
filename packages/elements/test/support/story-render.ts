// Renders one story the way a host page would: with a title, a main heading, and the story's own locale and
// direction. Kept apart from the list of stories (story-files.ts) so a page can render one story and load
// only that component.
import { render, type TemplateResult } from 'lit';
import type { WooKitLocalization } from '../../src/localization.js';

export interface StoryLike {
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}

export interface StoryCase {
  readonly component: string;
  readonly name: string;
  readonly meta: StoryLike;
  readonly story: StoryLike;
}

/** The stories of one component's story file (every named export that is an object). */
export function storiesIn(component: string, module: { default: StoryLike; [name: string]: unknown }): StoryCase[] {
  return Object.entries(module)
    .filter(([name, value]) => name !== 'default' && typeof value === 'object' && value !== null)
    .map(([name, value]) => ({ component, name, meta: module.default, story: value as StoryLike }));
}

/**
 * Renders a story into a fresh page section and waits until its elements have rendered; returns the
 * cleanup. `locale` renders it in another language than its own (Arabic right to left).
 */
export async function renderStory(
  { component, name, meta, story }: StoryCase,
  l10n: WooKitLocalization,
  locale?: string,
): Promise<() => void> {
  const parameters = {
    ...meta.parameters,
    ...story.parameters,
    ...(locale ? { locale, dir: locale === 'ar' ? 'rtl' : 'ltr' } : {}),
  };
  const lang = (parameters['locale'] as string | undefined) ?? 'nl';
  document.documentElement.lang = lang;
  document.documentElement.dir = (parameters['dir'] as string | undefined) ?? 'ltr';
  await l10n.setLocale(lang);
  const renderFn = story.render ?? meta.render;
  if (typeof renderFn !== 'function') throw new Error(`story ${component} ${name} has no render function`);
  document.title = `${component}: ${name}`;
  const page = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = `${component}: ${name}`;
  heading.style.overflowWrap = 'anywhere'; // story names are long single words; the harness must not be what overflows
  const container = document.createElement('div');
  page.append(heading, container);
  document.body.append(page);
  render(renderFn({ ...meta.args, ...story.args }, { parameters }), container);
  for (const el of container.querySelectorAll('*'))
    await (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  return () => {
    page.remove();
    document.documentElement.dir = 'ltr';
  };
}
