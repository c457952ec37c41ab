// A page in an iframe of a given size: the one way to get a viewport of 320 px in every engine (an iframe
// is a viewport of its own: media queries, `vw` and scrolling follow its size; WebKit over WebDriver
// cannot make its window narrower than ≈ 447 px). Used for single stories (story-frame.html) and for
// the demo page (examples/index.html).

/**
 * How long a test that opens a page in a frame may take (mocha's `this.timeout`). Loading a page — its
 * modules, its locale, its data — is a page load, not a unit test: on a busy two-core machine Firefox
 * has needed more than mocha's default 10 s for one story. The frame's own limit below is shorter, so a
 * page that never becomes ready fails with its name ("… not ready within …"), not a bare mocha timeout.
 */
export const FRAME_TEST_TIMEOUT = 60_000;
const FRAME_READY_TIMEOUT = 45_000;

export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

/** Waits for the next two frames, so what is measured is what a person sees, not a mid-render state. */
export function settled(win: Window = window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
}

/**
 * Opens `url` in an iframe of `size` and resolves with the iframe once the page is ready: when it posted
 * `{ type: 'woo-story-ready' }` (story-frame.ts), or, with `ready`, once that check holds in the page.
 */
export async function pageInFrame(
  url: string,
  size: FrameSize,
  options: { title: string; ready?: (doc: Document) => boolean; timeout?: number },
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = options.title;
  frame.style.cssText = `width: ${size.width}px; height: ${size.height}px; border: 0; display: block;`;
  const timeout = options.timeout ?? FRAME_READY_TIMEOUT;
  let listen: ((event: MessageEvent) => void) | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.title}: not ready within ${timeout} ms`)), timeout);
    const done = (error?: Error) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    if (options.ready) {
      const check = options.ready;
      const poll = () => {
        const doc = frame.contentDocument;
        if (doc && doc.readyState === 'complete' && doc.location.href !== 'about:blank' && check(doc)) done();
        else setTimeout(poll, 100);
      };
      setTimeout(poll, 100);
      return;
    }
    listen = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data as { type: string; message?: string };
      if (data.type === 'woo-story-ready') done();
      else done(new Error(data.message));
    };
    window.addEventListener('message', listen);
  });
  frame.src = url;
  document.body.append(frame);
  try {
    await ready;
  } catch (error) {
    frame.remove();
    throw error;
  } finally {
    if (listen) window.removeEventListener('message', listen);
  }
  await settled(frame.contentWindow!);
  return frame;
}

/** Gives the iframe (its viewport) a new size and waits until the page has been laid out again. */
export async function resizeFrame(frame: HTMLIFrameElement, size: FrameSize): Promise<void> {
  frame.style.width = `${size.width}px`;
  frame.style.height = `${size.height}px`;
  await settled(frame.contentWindow!);
  await settled(frame.contentWindow!);
}

const STORY_FRAME = new URL('./story-frame.html', import.meta.url).href;

/** One story (component + story name from allStories()) on a page of its own, optionally in another locale. */
export function storyInFrame(
  component: string,
  story: string,
  size: FrameSize,
  locale?: string,
): Promise<HTMLIFrameElement> {
  const params = new URLSearchParams({ component, story, ...(locale ? { locale } : {}) });
  return pageInFrame(`${STORY_FRAME}?${params}`, size, {
    title: `${component}: ${story}${locale ? ` (${locale})` : ''}`,
  });
}

// The demo page (examples/index.html) is ready when every component rendered and the ones that load
// data have finished loading it.
const DEMO_PARTS: readonly (readonly [string, string])[] = [
  ['woo-request-form', 'form'],
  ['woo-request-status', 'p, .timeline'],
  ['woo-deadline-calculator', 'form'],
  ['woo-publications', '.results'],
  ['woo-categories', '.summary'],
  ['woo-timeliness-dashboard', '.tiles'],
  ['woo-effect-dashboard', '.tiles'],
  ['woo-feedback', 'form'],
  ['woo-contact', 'dt'],
];
export const demoReady = (doc: Document): boolean =>
  DEMO_PARTS.every(([tag, part]) => doc.querySelector(tag)?.shadowRoot?.querySelector(part) != null);

/** The demo page in a language, in an iframe of `size`. */
export function demoInFrame(locale: string, size: FrameSize): Promise<HTMLIFrameElement> {
  return pageInFrame(`/examples/index.html?lang=${locale}`, size, {
    title: `demo (${locale})`,
    ready: demoReady,
    timeout: 60_000,
  });
}
