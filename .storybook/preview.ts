import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import { configureWooKitLocalization } from '../packages/elements/src/localization.js';
import '../packages/elements/src/woo-kit.js';
import { themeItems, useTheme } from './themes.js';

setCustomElementsManifest(manifest);

// The drop-in configures localisation to follow <html lang>; the toolbar below sets that attribute.
let localization: ReturnType<typeof configureWooKitLocalization> | undefined;
try {
  localization = configureWooKitLocalization();
} catch {
  // Already configured by the drop-in module above.
}
void localization;

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Taal / language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Schrijfrichting / direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thema / theme (real municipal NL Design System themes)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: themeItems, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'nl', dir: 'ltr', theme: 'none' },
  // The theme's CSS has loaded before the story renders.
  loaders: [
    async (context) => {
      await useTheme((context.globals['theme'] as string | undefined) ?? 'none');
      return {};
    },
  ],
  decorators: [
    (story, context) => {
      // A story may fix its own locale or direction (parameters), else the toolbar decides.
      const locale = (context.parameters['locale'] as string | undefined) ?? (context.globals['locale'] as string);
      const dir = (context.parameters['dir'] as string | undefined) ?? (context.globals['dir'] as string);
      document.documentElement.lang = locale;
      document.documentElement.dir = dir;
      return story();
    },
  ],
  parameters: { controls: { expanded: true } },
};

export default preview;
