// axe over every story: each story of every component is rendered on its own, in its own locale and
// direction, and must give no axe violation (tags: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa,
// best-practice).
import { configureWooKitLocalization } from '../../src/localization.js';
import { assertAccessible } from '../support/a11y.js';
import { allStories, renderStory } from '../support/stories.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

for (const story of allStories()) {
  describe(`stories of <${story.component}>`, () => {
    it(`${story.name} has no axe violations`, async () => {
      const cleanup = await renderStory(story, l10n);
      try {
        await assertAccessible(document);
      } finally {
        cleanup();
      }
    });
  });
}
