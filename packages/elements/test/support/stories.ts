// Every story of every component (story-files.ts lists them), for the browser tests that check all stories
// (axe, keyboard, reflow, layout); `renderStory` renders one (story-render.ts). Importing this module loads every
// story file first, so `allStories()` can be called while the tests are being defined.
import { STORY_FILES, loadStories } from './story-files.js';
import type { StoryCase } from './story-render.js';

export { renderStory, type StoryCase, type StoryLike } from './story-render.js';

const stories = (await Promise.all(Object.keys(STORY_FILES).map(loadStories))).flat();

/** Every story, as component + story name. */
export function allStories(): StoryCase[] {
  return [...stories];
}
