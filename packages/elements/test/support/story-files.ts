// The story file of every component, loaded on demand: a page that renders one story (story-frame.ts) loads
// only that component's modules, not all of them (in Firefox each module a page loads costs time, and a story
// frame is loaded once per test). test/stories-listed.test.ts checks every *.stories.ts is listed here.
import { storiesIn, type StoryCase, type StoryLike } from './story-render.js';

/** A story file: its meta (`default`) and its stories. */
export interface StoryModule {
  default: StoryLike & { title?: string };
  [name: string]: unknown;
}

/** Every component with stories, and how to load its story file. */
export const STORY_FILES: Readonly<Record<string, () => Promise<unknown>>> = {
  'woo-categories': () => import('../../src/components/woo-categories/woo-categories.stories.js'),
  'woo-contact': () => import('../../src/components/woo-contact/woo-contact.stories.js'),
  'woo-feedback': () => import('../../src/components/woo-feedback/woo-feedback.stories.js'),
  'woo-effect-dashboard': () => import('../../src/components/woo-effect-dashboard/woo-effect-dashboard.stories.js'),
  'woo-decision': () => import('../../src/components/woo-decision/woo-decision.stories.js'),
  'woo-deadline-calculator': () =>
    import('../../src/components/woo-deadline-calculator/woo-deadline-calculator.stories.js'),
  'woo-request-form': () => import('../../src/components/woo-request-form/woo-request-form.stories.js'),
  'woo-publications': () => import('../../src/components/woo-publications/woo-publications.stories.js'),
  'woo-request-status': () => import('../../src/components/woo-request-status/woo-request-status.stories.js'),
  'woo-timeliness-dashboard': () =>
    import('../../src/components/woo-timeliness-dashboard/woo-timeliness-dashboard.stories.js'),
};

/** The stories of one component, loading only its story file; none for a component without stories. */
export async function loadStories(component: string): Promise<StoryCase[]> {
  const load = Object.hasOwn(STORY_FILES, component) ? STORY_FILES[component] : undefined;
  return load ? storiesIn(component, (await load()) as StoryModule) : [];
}
