// For `pnpm screenshots` (scripts/screenshots.mjs): renders one story (?component=…&story=…&locale=…)
// or the demo page (?demo=1&locale=…) in an iframe `width` px wide, as tall as its content, and sets
// `data-state` on <body> to `ready` (or `error`) so the script knows when to take the picture. An iframe,
// because WebKit over WebDriver cannot make its window narrower than ≈ 447 px. With ?list=1 it only
// puts the list of stories in `data-stories`. With ?screen=800 (or ?screen=window) the iframe stays one screen high and
// `window.wooShowScreen(i)` scrolls it to its i-th screen (`data-screens` says how many): for an engine
// whose element screenshots stop at the window's edge (WebKit), the page is taken screen by screen.
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
    const frame = params.get('demo')
      ? await demoInFrame(locale, size)
      : await storyInFrame(params.get('component')!, params.get('story')!, size, locale);
    const doc = frame.contentDocument!;
    const full = Math.min(20_000, Math.max(200, doc.documentElement.scrollHeight));
    // `window`: as high as this page's window (WebKit's element screenshots go wrong for a shorter element).
    const screen = params.get('screen') === 'window' ? window.innerHeight : Number(params.get('screen') ?? 0);
    if (screen > 0) {
      await resizeFrame(frame, { width, height: Math.min(screen, full) });
      document.body.dataset['screens'] = String(Math.ceil(full / screen));
      (window as unknown as { wooShowScreen: (i: number) => void }).wooShowScreen = (i: number) =>
        frame.contentWindow!.scrollTo(0, i * screen);
    } else {
      await resizeFrame(frame, { width, height: full });
    }
  }
  document.body.dataset['state'] = 'ready';
} catch (error) {
  document.body.dataset['state'] = 'error';
  document.body.dataset['error'] = String(error);
}
