// Reflow (WCAG 2.2, 1.4.10): every story at 320 CSS pixels wide — what a 1280 px window shows at 400%
// zoom — needs no horizontal scrolling of the page. Wide content (a chart, a table) may scroll inside
// its own labelled box, never the page.
//
// Each story is rendered on a page of its own in an iframe 320 px wide: the same viewport in Chromium,
// Firefox and WebKit (WebKit over WebDriver cannot make its window that narrow).
import { expect } from '@open-wc/testing';
import { allStories } from '../support/stories.js';
import { FRAME_TEST_TIMEOUT, storyInFrame } from '../support/frame.js';

describe('reflow at 320 px', () => {
  for (const story of allStories()) {
    it(`<${story.component}> ${story.name} fits without sideways scrolling`, async function () {
      this.timeout(FRAME_TEST_TIMEOUT);
      const frame = await storyInFrame(story.component, story.name, { width: 320, height: 640 });
      try {
        const doc = frame.contentDocument!;
        expect(frame.contentWindow!.innerWidth, 'viewport width').to.equal(320);
        const root = doc.scrollingElement ?? doc.documentElement;
        expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
      } finally {
        frame.remove();
      }
    });
  }
});
