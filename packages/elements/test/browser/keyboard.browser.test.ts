// Keyboard and focus over every story (WCAG 2.2: 2.1.1 Keyboard, 2.1.2 No keyboard trap, 2.4.7 Focus
// visible), with normal colours and in forced-colours mode (Windows high contrast), where the browser
// drops box-shadows and background colours: a focus ring must survive that.
//
// Each story is walked with the Tab key from the top of the page, as a keyboard user would. Every stop
// inside the story must show a focus indicator: an outline at least 2 px wide, or (for a data point of
// an SVG chart) a stroke at least 2 px wide that appears on focus. The walk must leave the story again
// (no trap), and every control that should be reachable is reached.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../support/commands.js';
import { configureWooKitLocalization } from '../../src/localization.js';
import { deepElements } from '../support/dom.js';
import { allStories, renderStory } from '../support/stories.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]';
const MAX_STOPS = 400;

/** The element that has focus, looking inside shadow roots. */
function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Whether `el` sits in `container`, crossing shadow roots. */
function inside(el: Element, container: Element): boolean {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null)
    if (node === container) return true;
  return false;
}

/** The strokes (colour and width) of an element's SVG shapes, to see a focus mark appear on a chart. */
function strokes(el: Element): string {
  return [...el.querySelectorAll('rect, path, circle, line, polyline')]
    .map((shape) => {
      const s = getComputedStyle(shape);
      return s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2 ? `${s.stroke} ${s.strokeWidth}` : '';
    })
    .join('|');
}

/** Why `el` (focused) shows no focus indicator, or '' when it shows one. */
function missingIndicator(el: Element, strokesBefore: string | undefined): string {
  const s = getComputedStyle(el);
  if (s.outlineStyle !== 'none' && s.outlineStyle !== 'hidden' && parseFloat(s.outlineWidth) >= 2) return '';
  if (el instanceof SVGElement && strokes(el) !== strokesBefore && strokes(el).replace(/\|/g, '') !== '') return '';
  return `outline ${s.outlineStyle} ${s.outlineWidth}`;
}

/** A short name of an element for failure messages. */
const describeEl = (el: Element) => {
  const classes = el.getAttribute('class')?.trim().split(/\s+/).join('.');
  const text = (el.textContent ?? '').trim().slice(0, 30);
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${classes ? `.${classes}` : ''}> "${text}"`;
};

for (const forced of [false, true]) {
  describe(`keyboard walk over every story${forced ? ', forced colours' : ''}`, () => {
    before(async function () {
      if (!(await emulateMedia({ forcedColors: forced ? 'active' : 'none' }))) this.skip();
    });
    after(() => emulateMedia({ forcedColors: 'none' }));

    for (const story of allStories()) {
      it(`<${story.component}> ${story.name}: every Tab stop shows focus, and Tab leaves the story`, async () => {
        const cleanup = await renderStory(story, l10n);
        const start = document.createElement('button');
        const end = document.createElement('button');
        start.textContent = 'start';
        end.textContent = 'end';
        const page = document.querySelector('main:last-of-type')!;
        page.before(start);
        page.after(end);
        try {
          // Controls a keyboard user must be able to reach: visible, not inert, not taken out with tabindex=-1.
          const reachable = [...deepElements(page)].filter(
            (el) =>
              el.matches(FOCUSABLE) &&
              el.getAttribute('tabindex') !== '-1' &&
              (el as HTMLElement).checkVisibility?.() !== false &&
              !el.closest('[inert]'),
          );
          const before = new Map(reachable.map((el) => [el, strokes(el)]));
          start.focus();
          const reached = new Set<Element>();
          const problems: string[] = [];
          let stops = 0;
          for (; stops < MAX_STOPS; stops++) {
            await sendKeys({ press: 'Tab' });
            const el = deepActive();
            if (!el || el === end || !inside(el, page)) break;
            // Radio groups: Tab reaches the checked (or first) radio only; arrows move within the group.
            if (el instanceof HTMLInputElement && el.type === 'radio') {
              for (const r of reachable)
                if (r instanceof HTMLInputElement && r.type === 'radio' && r.name === el.name && r.form === el.form)
                  reached.add(r);
            }
            reached.add(el);
            const why = missingIndicator(el, before.get(el));
            if (why) problems.push(`${describeEl(el)}: no visible focus (${why})`);
          }
          expect(stops, 'Tab never left the story (keyboard trap?)').to.be.below(MAX_STOPS);
          expect(deepActive(), 'after the story, Tab reaches the next control of the page').to.equal(end);
          const missed = reachable.filter((el) => !reached.has(el)).map(describeEl);
          expect(missed, 'controls Tab never reached').to.deep.equal([]);
          expect(problems).to.deep.equal([]);
        } finally {
          start.remove();
          end.remove();
          cleanup();
        }
      });
    }
  });
}
