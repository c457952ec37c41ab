// axe over every story: each story of every component is rendered on its own, in its own locale and
// direction, and must give no axe violation (tags: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa,
// best-practice). test/stories-listed.test.ts checks that every *.stories.ts file is imported here.
import { render, type TemplateResult } from 'lit';
import { expect } from '@open-wc/testing';
import { configureWooKitLocalization } from '../../src/localization.js';
import { assertAccessible } from '../support/a11y.js';
import * as wooCategories from '../../src/components/woo-categories/woo-categories.stories.js';
import * as wooContact from '../../src/components/woo-contact/woo-contact.stories.js';
import * as wooDeadlineCalculator from '../../src/components/woo-deadline-calculator/woo-deadline-calculator.stories.js';
import * as wooRequestForm from '../../src/components/woo-request-form/woo-request-form.stories.js';
import * as wooPublications from '../../src/components/woo-publications/woo-publications.stories.js';
import * as wooRequestStatus from '../../src/components/woo-request-status/woo-request-status.stories.js';
import * as wooTimelinessDashboard from '../../src/components/woo-timeliness-dashboard/woo-timeliness-dashboard.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
interface StoryModule {
  default: StoryLike & { title?: string };
  [name: string]: unknown;
}

const storyModules: Record<string, StoryModule> = {
  'woo-categories': wooCategories as unknown as StoryModule,
  'woo-contact': wooContact as unknown as StoryModule,
  'woo-deadline-calculator': wooDeadlineCalculator as unknown as StoryModule,
  'woo-request-form': wooRequestForm as unknown as StoryModule,
  'woo-publications': wooPublications as unknown as StoryModule,
  'woo-request-status': wooRequestStatus as unknown as StoryModule,
  'woo-timeliness-dashboard': wooTimelinessDashboard as unknown as StoryModule,
};

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

for (const [component, module] of Object.entries(storyModules)) {
  const meta = module.default;
  describe(`stories of <${component}>`, () => {
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryLike;
      it(`${name} has no axe violations`, async () => {
        const parameters = { ...meta.parameters, ...story.parameters };
        const locale = (parameters['locale'] as string | undefined) ?? 'nl';
        const dir = (parameters['dir'] as string | undefined) ?? 'ltr';
        document.documentElement.lang = locale;
        document.documentElement.dir = dir;
        await l10n.setLocale(locale);
        const renderStory = story.render ?? meta.render;
        expect(renderStory, `story ${name} has a render function`).to.be.a('function');
        // The host page a component lives in has a title and a main heading; axe checks the whole page.
        document.title = `${component}: ${name}`;
        const page = document.createElement('main');
        const heading = document.createElement('h1');
        heading.textContent = `${component}: ${name}`;
        const container = document.createElement('div');
        page.append(heading, container);
        document.body.append(page);
        try {
          render(renderStory!({ ...meta.args, ...story.args }, { parameters }), container);
          for (const el of container.querySelectorAll('*')) {
            await (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
          }
          await assertAccessible(document);
        } finally {
          page.remove();
          document.documentElement.dir = 'ltr';
        }
      });
    }
  });
}
