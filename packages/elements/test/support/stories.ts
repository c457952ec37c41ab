// Every story of every component (story-files.ts lists them), for the browser tests that check all stories
// (axe, keyboard, reflow, layout); `renderStory` renders one (story-render.ts). Importing this module loads every
// story file first, so `allStories()` can be called while the tests are being defined.
import { STORY_FILES, type StoryModule } from './story-files.js';
import { storiesIn, type StoryCase } from './story-render.js';

export { renderStory, type StoryCase, type StoryLike } from './story-render.js';

const storyModules = await Promise.all(
  Object.entries(STORY_FILES).map(async ([component, load]) => [component, (await load()) as StoryModule] as const),
);

/** Every story, as component + story name. */
export function allStories(): StoryCase[] {
  return storyModules.flatMap(([component, module]) => storiesIn(component, module));
}
