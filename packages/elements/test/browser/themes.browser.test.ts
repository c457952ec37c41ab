// Every story under real municipal themes (examples/themes/themes.ts), with axe (contrast included):
// - each shared token resolves through its chain (--woo-* → --nl-* → --basis-* → --utrecht-* → default)
//   to the first value the theme sets;
// - a story has no axe violation under the theme. A contrast failure is explained in tokens: which
//   shared token gave the text and background colour and which theme token it came from. A failure of
//   our CSS fails the test; a pair of the theme's own tokens with too little contrast is allowed only
//   when it is listed in THEME_TOKEN_PAIRS below (with the token to change), and a listed pair that no
//   longer fails must be removed from the list.
//
// Time: Chromium runs every theme; Firefox and WebKit run the Start theme and Utrecht (one basis theme,
// one --utrecht-* theme), which covers the chain layers while keeping the run short.
import { expect } from '@open-wc/testing';
import { configureWooKitLocalization } from '../../src/localization.js';
import { TOKEN_CHAINS } from '../../src/styles/token-chains.js';
import { THEMES, applyTheme, type ThemeInfo } from '../../../../examples/themes/themes.js';
import { allStories, renderStory } from '../support/stories.js';
import {
  actualChainValue,
  describeFinding,
  expectedChainValue,
  nonTextFindings,
  themedAxe,
} from '../support/theme-contrast.js';
import '../../src/components/woo-contact/define.js';
import '../../src/components/woo-deadline-calculator/define.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

const userAgent = navigator.userAgent;
const engine = /Firefox\//.test(userAgent) ? 'firefox' : /Chrome\//.test(userAgent) ? 'chromium' : 'webkit';
const themesHere: readonly ThemeInfo[] =
  engine === 'chromium' ? THEMES : THEMES.filter((theme) => theme.id === 'start' || theme.id === 'utrecht');

/**
 * Pairs of a theme's own tokens that give too little contrast in a component: theme, text token,
 * background token (as the report names them). Documented in docs/theming.md.
 */
const THEME_TOKEN_PAIRS: ReadonlyArray<readonly [theme: string, text: string, background: string]> = [];

const allowed = (theme: string, text: string | undefined, background: string | undefined): boolean =>
  THEME_TOKEN_PAIRS.some(([t, fg, bg]) => t === theme && fg === text && bg === background);

for (const theme of themesHere) {
  describe(`theme ${theme.id} (${theme.title})`, () => {
    const seenPairs = new Set<string>();

    before(async () => {
      await applyTheme(document, theme);
    });
    after(async () => {
      await applyTheme(document, undefined);
    });

    it('resolves every shared token to the first value of its chain that the theme sets', async () => {
      // The chains the form styles set (buttons) are read on a component with a form.
      const contact = document.createElement('woo-contact');
      const form = document.createElement('woo-deadline-calculator');
      document.body.append(contact, form);
      try {
        for (const el of [contact, form]) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const wrong = TOKEN_CHAINS.flatMap((chain) => {
          const el = chain.setBy === 'form' ? form : contact;
          const expected = expectedChainValue(el, chain);
          const actual = actualChainValue(el, chain);
          if (actual === expected.value) return [];
          return [`<${el.localName}> --_woo-${chain.name}: ${actual} ≠ ${expected.value} (${expected.from})`];
        });
        expect(wrong).to.deep.equal([]);
      } finally {
        contact.remove();
        form.remove();
      }
    });

    it('borders, focus outline and error marks have 3:1 against the background (WCAG 1.4.11)', async () => {
      const el = document.createElement('woo-contact');
      document.body.append(el);
      try {
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const findings = nonTextFindings(el);
        for (const finding of findings) {
          if (finding.themePair) seenPairs.add(`${finding.fgToken?.from} on ${finding.bgToken?.from}`);
        }
        const unlisted = findings.filter((f) => !f.themePair || !allowed(theme.id, f.fgToken?.from, f.bgToken?.from));
        expect(unlisted.map((finding) => describeFinding(theme.id, finding))).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });

    for (const story of allStories()) {
      it(`<${story.component}> ${story.name}: no axe violations`, async () => {
        const cleanup = await renderStory(story, l10n);
        try {
          const { ours, themePairs } = await themedAxe(theme.id);
          const unlisted = themePairs.filter((f) => !allowed(theme.id, f.fgToken?.from, f.bgToken?.from));
          for (const finding of themePairs) seenPairs.add(`${finding.fgToken?.from} on ${finding.bgToken?.from}`);
          const report = [...ours, ...unlisted.map((finding) => describeFinding(theme.id, finding))];
          if (report.length > 0) throw new Error(`under theme "${theme.id}":\n${report.join('\n')}`);
        } finally {
          cleanup();
        }
      });
    }

    it('every listed token pair of this theme still fails somewhere (else remove it from the list)', () => {
      const listed = THEME_TOKEN_PAIRS.filter(([t]) => t === theme.id).map(([, fg, bg]) => `${fg} on ${bg}`);
      expect(listed.filter((pair) => !seenPairs.has(pair))).to.deep.equal([]);
    });
  });
}

describe('a theme whose own tokens have too little contrast', () => {
  const start = THEMES.find((theme) => theme.id === 'start');
  const weak = '--basis-color-default-color-subtle';
  before(async () => {
    await applyTheme(document, start);
    // A grey too light for text on the Start theme's near-white background (about 2:1).
    document.documentElement.style.setProperty(weak, '#b4b4b4');
  });
  after(async () => {
    document.documentElement.style.removeProperty(weak);
    await applyTheme(document, undefined);
  });

  it('is reported with the theme token to change', async () => {
    const story = allStories().find((s) => s.component === 'woo-request-form');
    expect(story).to.not.equal(undefined);
    const cleanup = await renderStory(story!, l10n);
    try {
      const { themePairs } = await themedAxe('start');
      const finding = themePairs.find((f) => f.fgToken?.from === weak);
      expect(finding, 'a contrast failure of the weak token').to.not.equal(undefined);
      expect(finding!.fgToken!.token).to.equal('--woo-muted-color');
      expect(finding!.bgToken!.from).to.equal('--basis-color-default-bg-document');
      expect(describeFinding('start', finding!)).to.include(`change ${weak}`);
    } finally {
      cleanup();
    }
  });
});
