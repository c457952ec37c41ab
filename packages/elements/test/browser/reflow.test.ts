// Reflow (WCAG 2.2, 1.4.10): every story at 320 CSS pixels wide — what a 1280 px window shows at 400%
// zoom — needs no horizontal scrolling of the page. Wide content (a chart, a table) may scroll inside
// its own labelled box, never the page.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { configureWooKitLocalization } from '../../src/localization.js';
import { allStories, renderStory } from '../support/stories.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

describe('reflow at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const story of allStories()) {
    it(`<${story.component}> ${story.name} fits without sideways scrolling`, async () => {
      const cleanup = await renderStory(story, l10n);
      // Measure what a person sees: after the layout of the next frames, not mid-render.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      try {
        const root = document.scrollingElement ?? document.documentElement;
        expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
      } finally {
        cleanup();
      }
    });
  }
});
