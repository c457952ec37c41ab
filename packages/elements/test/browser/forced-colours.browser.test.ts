// Forced colours (Windows high contrast) over every story. The browser replaces the colours of HTML
// text, borders and backgrounds with the user's system colours, but not the fill and stroke of SVG:
// a chart or icon drawn in our own colours could vanish on a dark theme. So in forced-colours mode
// every visible SVG shape and text of every story must be painted in a system colour (or with a
// pattern, or not at all).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '../support/commands.js';
import { configureWooKitLocalization } from '../../src/localization.js';
import { deepElements, systemColour } from '../support/dom.js';
import { allStories, renderStory } from '../support/stories.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const SYSTEM_COLOURS = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Highlight',
  'HighlightText',
  'Mark',
  'MarkText',
  'GrayText',
];
const SHAPES = 'rect, path, circle, ellipse, line, polyline, polygon, text, tspan';

/** The computed values of the system colours in the current (forced) theme, and "no paint". */
const systemColours = (): Set<string> => new Set(['none', 'rgba(0, 0, 0, 0)', ...SYSTEM_COLOURS.map(systemColour)]);

describe('forced colours over every story', () => {
  before(async function () {
    if (!(await emulateMedia({ forcedColors: 'active' }))) this.skip();
  });
  after(() => emulateMedia({ forcedColors: 'none' }));

  for (const story of allStories()) {
    it(`<${story.component}> ${story.name}: SVG is painted in system colours`, async () => {
      const cleanup = await renderStory(story, l10n);
      try {
        const allowed = systemColours();
        const wrong: string[] = [];
        for (const el of deepElements(document.querySelector('main:last-of-type')!)) {
          if (!el.matches(SHAPES) || el.closest('defs:not(:has(pattern))')) continue;
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') continue;
          for (const [what, value] of [
            ['fill', style.fill],
            ['stroke', style.stroke],
          ] as const) {
            if (value.startsWith('url(') || allowed.has(value)) continue;
            wrong.push(`<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${what} ${value}`);
          }
        }
        expect(wrong).to.deep.equal([]);
      } finally {
        cleanup();
      }
    });
  }
});
