// For `pnpm screenshots` (scripts/screenshots.mjs): renders one story (?component=…&story=…&locale=…)
// or the demo page (?demo=1&locale=…) in an iframe `width` px wide, as tall as its content, and sets
// `data-state` on <body> to `ready` (or `error`) so the script knows when to take the picture. An iframe,
// because WebKit over WebDriver cannot make its window narrower than ≈ 447 px. With ?list=1 it only
// puts the list of stories in `data-stories`.
import { allStories } from './stories.js';
import { demoInFrame, resizeFrame, storyInFrame } from './frame.js';

const params = new URLSearchParams(location.search);
const width = Number(params.get('width') ?? 375);
const locale = params.get('locale') ?? 'nl';

try {
  if (params.get('list')) {
    document.body.dataset['stories'] = JSON.stringify(allStories().map(({ component, name }) => ({ component, name })));
  } else {
    const size = { width, height: 800 };
    const frame = params.get('demo') ? await demoInFrame(locale, size) : await storyInFrame(params.get('component')!, params.get('story')!, size, locale);
    const doc = frame.contentDocument!;
    await resizeFrame(frame, { width, height: Math.min(20_000, Math.max(200, doc.documentElement.scrollHeight)) });
  }
  document.body.dataset['state'] = 'ready';
} catch (error) {
  document.body.dataset['state'] = 'error';
  document.body.dataset['error'] = String(error);
}
