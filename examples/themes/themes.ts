/**
 * Real municipal themes for Storybook, the axe-under-themes test and the demo (`?theme=`). Each is the
 * published token file of a theme, scoped to a class that the page puts on `<html>`. Paths are relative
 * to the repository root; the demo and the test runner serve them from our own origin (never from a
 * third-party host). Sources, versions and licences: examples/themes/README.md.
 */
import { TOKEN_CHAINS, chainValue } from '../../packages/elements/src/styles/token-chains.js';

export interface ThemeInfo {
  /** Value of `?theme=` and of the Storybook toolbar. */
  readonly id: string;
  readonly title: string;
  /** The class the theme's tokens are scoped to. */
  readonly className: string;
  /** The token CSS, relative to the repository root. */
  readonly path: string;
  /**
   * woo-kit's own mapping of the theme's tokens to `--woo-*`, relative to the repository root, for a theme
   * that uses none of the NL Design System names (loaded after the theme).
   */
  readonly bridge?: string;
  /** npm package and exact version, or where the file comes from. */
  readonly source: string;
  readonly licence: string;
}

export const THEMES: readonly ThemeInfo[] = [
  {
    id: 'start',
    title: 'NL Design System Start (basis)',
    className: 'start-theme',
    path: 'examples/themes/start/start-theme.css',
    source: 'github:nl-design-system/themes packages/start-design-tokens 8.0.0 (built, see README)',
    licence: 'EUPL-1.2',
  },
  {
    id: 'utrecht',
    title: 'Gemeente Utrecht',
    className: 'utrecht-theme',
    path: 'node_modules/@utrecht/design-tokens/dist/index.css',
    source: '@utrecht/design-tokens 5.0.1',
    licence: 'proprietary (Gemeente Utrecht); used from node_modules for testing only',
  },
  {
    id: 'amsterdam',
    title: 'Gemeente Amsterdam',
    className: 'ams-theme',
    path: 'node_modules/@amsterdam/design-system-tokens/dist/index.theme.css',
    bridge: 'examples/themes/amsterdam/woo-kit-amsterdam.css',
    source: '@amsterdam/design-system-tokens 4.4.0',
    licence: 'proprietary (Gemeente Amsterdam); used from node_modules for testing only',
  },
  {
    id: 'denhaag',
    title: 'Gemeente Den Haag',
    className: 'denhaag-theme',
    path: 'node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css',
    source: '@gemeente-denhaag/design-tokens-components 4.1.0',
    licence: 'EUPL-1.2',
  },
  {
    id: 'rijkshuisstijl',
    title: 'Rijkshuisstijl Community',
    className: 'rhc-theme',
    path: 'node_modules/@rijkshuisstijl-community/design-tokens/dist/index.css',
    source: '@rijkshuisstijl-community/design-tokens 11.1.0',
    licence: 'proprietary (Rijksoverheid); used from node_modules for testing only',
  },
  {
    id: 'voorbeeld',
    title: 'NL Design System Voorbeeld',
    className: 'voorbeeld-theme',
    path: 'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
    source: '@nl-design-system-unstable/voorbeeld-design-tokens 7.4.1',
    licence: 'EUPL-1.2',
  },
];

/** The theme with this id, or undefined (an unknown `?theme=` is ignored). */
export function findTheme(id: string | null | undefined): ThemeInfo | undefined {
  return THEMES.find((theme) => theme.id === id);
}

/** The page colours a site with this theme paints its canvas with: the same chains the components use. */
const PAGE_COLOURS = { 'background-color': 'background', color: 'color' } as const;

/**
 * Applies a theme to a document: its `<link rel="stylesheet">` (and its bridge's; replaced on every
 * call), the theme's class on `<html>`, and the theme's document background and text colour on `<html>`
 * (set through the CSSOM, which a strict CSP allows), as a site with the theme has; `undefined` removes
 * all of it. `hrefs` is where this page finds the CSS (by default the paths from the site root).
 * Resolves when the stylesheets have loaded.
 */
export async function applyTheme(
  doc: Document,
  theme: ThemeInfo | undefined,
  hrefs?: { theme: string; bridge?: string | undefined },
): Promise<void> {
  const root = doc.documentElement;
  for (const known of THEMES) root.classList.remove(known.className);
  for (const old of doc.querySelectorAll('link[data-woo-theme]')) old.remove();
  for (const [property, name] of Object.entries(PAGE_COLOURS)) {
    const chain = TOKEN_CHAINS.find((c) => c.name === name);
    if (theme && chain) root.style.setProperty(property, chainValue(chain));
    else root.style.removeProperty(property);
  }
  if (!theme) return;
  const urls = [hrefs?.theme ?? `/${theme.path}`];
  const bridge = hrefs?.bridge ?? (theme.bridge ? `/${theme.bridge}` : undefined);
  if (bridge) urls.push(bridge);
  const loaded = urls.map((url) => {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.dataset['wooTheme'] = theme.id;
    link.href = url;
    const done = new Promise<void>((resolve, reject) => {
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => reject(new Error(`theme ${theme.id}: ${url} did not load`)), { once: true });
    });
    doc.head.append(link);
    return done;
  });
  root.classList.add(theme.className);
  await Promise.all(loaded);
}
