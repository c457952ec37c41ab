// One story (?component=…&story=…, optionally &locale=ar) on a page of its own, for tests that need a viewport of a
// given size in every engine: the
// test puts this page in an iframe of that size (an iframe is a viewport of its own: media queries,
// `vw` and scrolling follow its size). WebKit over WebDriver cannot make the window narrower than
// ≈ 447 px; an iframe of 320 px can be made in every engine.
//
// Tells the parent page `{ type: 'woo-story-ready' }` once the story has rendered and been laid out,
// or `{ type: 'woo-story-error', message }`.
import { configureWooKitLocalization } from '../../src/localization.js';
import { loadStories } from './story-files.js';
import { renderStory } from './story-render.js';
import { settled } from './frame.js';

const params = new URLSearchParams(location.search);
const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

try {
  // Only this component's story file: a page loads what it renders (see story-files.ts).
  const stories = await loadStories(params.get('component') ?? '');
  const story = stories.find((s) => s.name === params.get('story'));
  if (!story) throw new Error(`no story ${params.get('component')} ${params.get('story')}`);
  await renderStory(story, l10n, params.get('locale') ?? undefined);
  // Measure what a person sees: after the layout of the next frames, not mid-render.
  await settled();
  parent.postMessage({ type: 'woo-story-ready' }, location.origin);
} catch (error) {
  parent.postMessage({ type: 'woo-story-error', message: String(error) }, location.origin);
}
