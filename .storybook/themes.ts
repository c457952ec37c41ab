/// <reference types="vite/client" />
// The theme CSS for the Storybook theme switcher: Vite copies each file into the Storybook build and
// gives its URL, so the themes come from Storybook's own origin. Which themes, and their licences:
// examples/themes/themes.ts and examples/themes/README.md.
import start from '../examples/themes/start/start-theme.css?url';
import utrecht from '@utrecht/design-tokens/dist/index.css?url';
import amsterdam from '@amsterdam/design-system-tokens/dist/index.theme.css?url';
import amsterdamBridge from '../examples/themes/amsterdam/woo-kit-amsterdam.css?url';
import denhaag from '@gemeente-denhaag/design-tokens-components/dist/theme/index.css?url';
import rijkshuisstijl from '@rijkshuisstijl-community/design-tokens/dist/index.css?url';
import voorbeeld from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?url';
import { THEMES, applyTheme, findTheme } from '../examples/themes/themes.js';

const URLS: Record<string, string> = { start, utrecht, amsterdam, denhaag, rijkshuisstijl, voorbeeld };
const BRIDGES: Record<string, string> = { amsterdam: amsterdamBridge };

/** Toolbar items: our own defaults, then each theme. */
export const themeItems = [
  { value: 'none', title: 'woo-kit defaults' },
  ...THEMES.map((theme) => ({ value: theme.id, title: theme.title })),
];

/** Applies the theme chosen in the toolbar (once per change), before the story renders. */
export async function useTheme(id: string): Promise<void> {
  const current = document.querySelector<HTMLLinkElement>('link[data-woo-theme]')?.dataset['wooTheme'] ?? 'none';
  if (current === id) return;
  const theme = findTheme(id);
  const href = theme ? URLS[theme.id] : undefined;
  await applyTheme(document, theme, href ? { theme: href, bridge: BRIDGES[theme?.id ?? ''] } : undefined);
}
