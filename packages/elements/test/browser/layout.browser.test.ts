// What people see, on a phone and on a laptop: every story and the demo page (examples/index.html,
// with its /api served by the reference service, see scripts/wtr-demo-api.mjs) at 320, 375, 768 and
// 1280 px, in Dutch, Arabic (right to left) and the language with the longest text; the demo page in
// all six languages. At each width: the page does not scroll sideways and nothing sticks out of it; no
// two pieces of text overlap (SVG labels included); no text is cut off by `overflow: hidden`; a box that
// scrolls sideways on its own is keyboard-reachable, labelled and shows that there is more
// (support/layout.ts). Each page is rendered in an iframe of the width, so every engine gets the same
// viewport (support/frame.ts).
import { expect } from '@open-wc/testing';
import { allStories } from '../support/stories.js';
import { FRAME_TEST_TIMEOUT, demoInFrame, resizeFrame, storyInFrame } from '../support/frame.js';
import { layoutProblems } from '../support/layout.js';
import { ALL_LOCALES, LAYOUT_LOCALES, LAYOUT_WIDTHS } from '../support/layout-locales.js';

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

/** A page of the given HTML in an iframe of 320 × 400 px, laid out. */
async function pageOf(body: string, dir = 'ltr'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 320px; height: 400px; border: 0; display: block;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    `<!doctype html><html lang="nl" dir="${dir}"><body style="margin: 8px; font: 16px/1.5 ` +
    `sans-serif">${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  await resizeFrame(frame, { width: 320, height: 400 });
  return frame;
}

// The checks themselves, on pages that are broken on purpose, so a pass above means something in
// every engine.
describe('the layout checks', () => {
  const cases: readonly (readonly [string, string, RegExp | null, string?])[] = [
    [
      'text on top of text',
      '<p style="position: relative">Eerste regel<span style="position: absolute; inset-inline-start: ' +
        '0">Tweede regel</span></p>',
      /"Tweede regel" overlaps .*"Eerste regel"|"Eerste regel" overlaps .*"Tweede regel"/,
    ],
    [
      'SVG labels on top of each other',
      '<svg width="200" height="60"><text x="10" y="30">80%</text><text x="14" y="32">75%</text></svg>',
      /"80%" overlaps .*"75%"|"75%" overlaps .*"80%"/,
    ],
    [
      'text cut off by overflow: hidden',
      '<div style="inline-size: 100px; overflow: hidden; white-space: nowrap">Binnen de afgesproken termijn</div>',
      /"Binnen de afgesproken termijn" is cut off by div \(overflow: hidden\)/,
    ],
    [
      'a page wider than the screen',
      '<p style="inline-size: 500px">Een lange regel</p>',
      /the page scrolls sideways: \d+ px wide in a viewport of 320 px/,
    ],
    [
      'text past the edge of a right-to-left page',
      '<p style="position: relative; inset-inline-start: 200px; white-space: nowrap">العربية Українська</p>',
      /sticks out of the page/,
      'rtl',
    ],
    [
      'a scroll box with no label',
      '<div style="overflow-x: auto"><p style="inline-size: 600px">Tabel</p></div>',
      /div scrolls sideways but cannot be reached with the keyboard/,
    ],
    [
      'a scroll box that does not show there is more',
      '<div style="overflow-x: auto" tabindex="0" aria-label="Tabel"><p style="inline-size: 600px">Tabel</p></div>',
      /div scrolls sideways without a visible sign that there is more/,
    ],
    [
      'a page that holds up',
      '<p>Gewone tekst die <b>afbreekt</b> over een paar regels, zoals een mens hem leest.</p><span ' +
        'style="position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); ' +
        'white-space: nowrap">Verborgen voor het oog</span><div style="overflow-x: auto; background: ' +
        'linear-gradient(to right, #fff, transparent)" tabindex="0" aria-label="Tabel"><p style="inline-size: ' +
        '600px">Tabel</p></div>',
      null,
    ],
  ];
  for (const [what, body, expected, dir] of cases) {
    it(`${expected ? 'finds' : 'passes'} ${what}`, async () => {
      const frame = await pageOf(body, dir);
      try {
        const problems = layoutProblems(frame.contentDocument!);
        if (expected)
          expect(
            problems.some((p) => expected.test(p)),
            JSON.stringify(problems),
          ).to.equal(true);
        else expect(problems).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('layout of every story', () => {
  for (const story of allStories()) {
    for (const locale of LAYOUT_LOCALES) {
      it(
        `<${story.component}> ${story.name} in ${locale} ` + `holds up at ${LAYOUT_WIDTHS.join(', ')} px`,
        async function () {
          this.timeout(FRAME_TEST_TIMEOUT);
          const frame = await storyInFrame(
            story.component,
            story.name,
            { width: LAYOUT_WIDTHS[0], height: HEIGHT },
            locale,
          );
          try {
            expect(await problemsAtEveryWidth(frame)).to.deep.equal([]);
          } finally {
            frame.remove();
          }
        },
      );
    }
  }
});

describe('layout of the demo page', () => {
  for (const locale of ALL_LOCALES) {
    it(`examples/index.html in ${locale} holds up at ${LAYOUT_WIDTHS.join(', ')} px`, async function () {
      this.timeout(2 * FRAME_TEST_TIMEOUT);
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
