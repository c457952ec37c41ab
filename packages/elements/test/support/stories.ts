// Every story of every component, and a helper that renders one the way a host page would: with a
// title, a main heading, and the story's own locale and direction. Used by the browser tests that
// check all stories (axe, reflow). test/stories-listed.test.ts checks every *.stories.ts is listed.
import { render, type TemplateResult } from 'lit';
import type { WooKitLocalization } from '../../src/localization.js';
import * as wooCategories from '../../src/components/woo-categories/woo-categories.stories.js';
import * as wooDecision from '../../src/components/woo-decision/woo-decision.stories.js';
import * as wooContact from '../../src/components/woo-contact/woo-contact.stories.js';
import * as wooFeedback from '../../src/components/woo-feedback/woo-feedback.stories.js';
import * as wooEffectDashboard from '../../src/components/woo-effect-dashboard/woo-effect-dashboard.stories.js';
import * as wooDeadlineCalculator from '../../src/components/woo-deadline-calculator/woo-deadline-calculator.stories.js';
import * as wooRequestForm from '../../src/components/woo-request-form/woo-request-form.stories.js';
import * as wooPublications from '../../src/components/woo-publications/woo-publications.stories.js';
import * as wooRequestStatus from '../../src/components/woo-request-status/woo-request-status.stories.js';
import * as wooTimelinessDashboard from '../../src/components/woo-timeliness-dashboard/woo-timeliness-dashboard.stories.js';

export interface StoryLike {
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
interface StoryModule {
  default: StoryLike & { title?: string };
  [name: string]: unknown;
}

const storyModules: Record<string, StoryModule> = {
  'woo-categories': wooCategories as unknown as StoryModule,
  'woo-contact': wooContact as unknown as StoryModule,
  'woo-feedback': wooFeedback as unknown as StoryModule,
  'woo-effect-dashboard': wooEffectDashboard as unknown as StoryModule,
  'woo-decision': wooDecision as unknown as StoryModule,
  'woo-deadline-calculator': wooDeadlineCalculator as unknown as StoryModule,
  'woo-request-form': wooRequestForm as unknown as StoryModule,
  'woo-publications': wooPublications as unknown as StoryModule,
  'woo-request-status': wooRequestStatus as unknown as StoryModule,
  'woo-timeliness-dashboard': wooTimelinessDashboard as unknown as StoryModule,
};

export interface StoryCase {
  readonly component: string;
  readonly name: string;
  readonly meta: StoryLike;
  readonly story: StoryLike;
}

/** Every story, as component + story name. */
export function allStories(): StoryCase[] {
  return Object.entries(storyModules).flatMap(([component, module]) =>
    Object.entries(module)
      .filter(([name, value]) => name !== 'default' && typeof value === 'object' && value !== null)
      .map(([name, value]) => ({ component, name, meta: module.default, story: value as StoryLike })),
  );
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
