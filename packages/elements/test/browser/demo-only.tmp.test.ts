// What people see, on a phone and on a laptop: every story and the demo page (examples/index.html,
// with its /api served by the reference service, see scripts/wtr-demo-api.mjs) at 320, 375, 768 and
// 1280 px, in Dutch, Arabic (right to left) and the language with the longest text; the demo page in
// all six languages. At each width: the page does not scroll sideways and nothing sticks out of it; no
// two pieces of text overlap (SVG labels included); no text is cut off by `overflow: hidden`; a box that
// scrolls sideways on its own is keyboard-reachable, labelled and shows that there is more
// (support/layout.ts). Each page is rendered in an iframe of the width, so every engine gets the same
// viewport (support/frame.ts).
import { expect } from '@open-wc/testing';
import { demoInFrame, resizeFrame, } from '../support/frame.js';
import { layoutProblems } from '../support/layout.js';
import { ALL_LOCALES, LAYOUT_WIDTHS } from '../support/layout-locales.js';

const HEIGHT = 720;

/** The problems at each width, from the narrowest up, each prefixed with its width. */
async function problemsAtEveryWidth(frame: HTMLIFrameElement): Promise<string[]> {
  const problems: string[] = [];
  for (const width of LAYOUT_WIDTHS) {
    await resizeFrame(frame, { width, height: HEIGHT });
    expect(frame.contentWindow!.innerWidth, 'viewport width').to.equal(width);
    problems.push(...layoutProblems(frame.contentDocument!).map((p) => `${width} px: ${p}`));
  }
  return problems;
}

describe('layout of the demo page', () => {
  for (const locale of ALL_LOCALES) {
    it(`examples/index.html in ${locale} holds up at ${LAYOUT_WIDTHS.join(', ')} px`, async function () {
      this.timeout(120_000);
      const frame = await demoInFrame(locale, { width: LAYOUT_WIDTHS[0], height: HEIGHT });
      try {
        expect(frame.contentDocument!.documentElement.lang).to.equal(locale);
        expect(await problemsAtEveryWidth(frame)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
