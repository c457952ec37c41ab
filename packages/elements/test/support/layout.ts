// What a person sees on a page, checked from the layout the engine computed: the page does not scroll
// sideways and nothing sticks out of it; no two pieces of text overlap; no text is cut off by
// `overflow: hidden`; a box that scrolls sideways on its own is keyboard-reachable, labelled and shows
// that there is more. Works on any document (a story or the demo page in an iframe), through open
// shadow roots, with SVG text included.
//
// Text is measured per run: the rectangles Range.getClientRects gives for each text node (one per line
// it is on), and the box of an SVG <text>. Text that is hidden on purpose (visually hidden at 1 px,
// `visibility: hidden`, not rendered) is left out.

interface Run {
  readonly text: string;
  readonly node: Text;
  readonly rect: DOMRect;
  /** The nearest ancestor that scrolls (its visible box bounds what of the run is seen), if any. */
  readonly scroller: Element | undefined;
}

// The document is often in an iframe, another realm: nodes are told apart by nodeType, not instanceof.
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;
const isShadowRoot = (node: Node | null): node is ShadowRoot =>
  node?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
const isSvg = (el: Element) => el.namespaceURI === 'http://www.w3.org/2000/svg';
const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

/** The element a node is laid out in: a slot it is assigned to, its parent, or a shadow root's host. */
function layoutParent(node: Node): Element | undefined {
  const slot = (node as Partial<Slottable>).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return isShadowRoot(root) ? root.host : undefined;
}

function ancestors(node: Node): Element[] {
  const list: Element[] = [];
  for (let el = layoutParent(node); el; el = layoutParent(el)) list.push(el);
  return list;
}

/** Every text node in the composed tree: light DOM and open shadow roots (slotted text once, in place). */
function textNodes(root: Node, into: Text[] = []): Text[] {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (isText(child)) {
      if (child.data.trim()) into.push(child);
    } else if (isElement(child)) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'title', 'desc', 'style', 'defs'].includes(child.tagName))
        continue;
      if (child.shadowRoot) textNodes(child.shadowRoot, into);
      textNodes(child, into);
    }
  }
  return into;
}

function scrolls(style: CSSStyleDeclaration): boolean {
  return /auto|scroll/.test(style.overflowX) || /auto|scroll/.test(style.overflowY);
}

function clipsX(style: CSSStyleDeclaration): boolean {
  return /hidden|clip/.test(style.overflowX);
}
function clipsY(style: CSSStyleDeclaration): boolean {
  return /hidden|clip/.test(style.overflowY);
}

/**
 * Whether the element is hidden on purpose: visually hidden (≤ 2 px, the usual clip pattern), invisible or see-through.
 */
function hiddenOnPurpose(el: Element): boolean {
  const s = style(el);
  if (s.visibility !== 'visible' || s.opacity === '0') return true;
  if (s.display === 'none') return true;
  const rect = el.getBoundingClientRect();
  const clipped = clipsX(s) || clipsY(s) || (s.clip !== 'auto' && s.clip !== '') || s.clipPath.startsWith('inset(50%');
  return clipped && (rect.width <= 2 || rect.height <= 2);
}

function describe(node: Node): string {
  const el = isElement(node) ? node : layoutParent(node);
  if (!el) return '?';
  const root = el.getRootNode();
  const host = isShadowRoot(root) ? `${root.host.localName} › ` : '';
  const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
  return `${host}${el.localName}${cls}`;
}

function quote(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`;
}

function intersect(a: DOMRectReadOnly, b: DOMRectReadOnly): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  return new DOMRect(
    left,
    top,
    Math.max(0, Math.min(a.right, b.right) - left),
    Math.max(0, Math.min(a.bottom, b.bottom) - top),
  );
}

/** The visible runs of text, each rectangle cut to the boxes of the scroll containers it sits in. */
function textRuns(doc: Document): Run[] {
  const runs: Run[] = [];
  const hiddenCache = new Map<Element, boolean>();
  const isHidden = (el: Element) => {
    let hidden = hiddenCache.get(el);
    if (hidden === undefined) hiddenCache.set(el, (hidden = hiddenOnPurpose(el)));
    return hidden;
  };
  for (const node of textNodes(doc.body)) {
    const chain = ancestors(node);
    if (chain.some(isHidden)) continue;
    const parent = chain[0]!;
    // SVG text: the box of its <text> (or <tspan>); HTML text: one rectangle per line.
    let rects: DOMRect[];
    if (isSvg(parent)) {
      if (!('getComputedTextLength' in parent)) continue; // text in SVG outside <text> is not drawn
      rects = [parent.getBoundingClientRect()];
    } else {
      const range = doc.createRange();
      range.selectNodeContents(node);
      rects = [...range.getClientRects()];
    }
    const scrollers = chain.filter((el) => el !== doc.documentElement && el !== doc.body && scrolls(style(el)));
    for (let rect of rects) {
      if (rect.width < 1 || rect.height < 1) continue;
      for (const scroller of scrollers) rect = intersect(rect, scroller.getBoundingClientRect());
      if (rect.width < 1 || rect.height < 1) continue; // scrolled out of sight inside its box
      runs.push({ text: node.data, node, rect, scroller: scrollers[0] });
    }
  }
  return runs;
}

/** The page scrolls sideways, or text sticks out of it (in a right-to-left page, to where no scrolling reaches). */
function sidewaysProblems(doc: Document, runs: readonly Run[]): string[] {
  const problems: string[] = [];
  const win = doc.defaultView!;
  const root = doc.scrollingElement ?? doc.documentElement;
  if (root.scrollWidth > root.clientWidth + 1)
    problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in a viewport of ${root.clientWidth} px`);
  const width = root.clientWidth || win.innerWidth;
  for (const run of runs) {
    if (run.rect.left < -1 || run.rect.right > width + 1) {
      problems.push(
        `${describe(run.node)} ${quote(run.text)} sticks out of the page ` +
          `(${Math.round(run.rect.left)}–${Math.round(run.rect.right)} of 0–${width} px)`,
      );
    }
  }
  return problems;
}

/** Two pieces of text on top of each other (more than a sliver: lines may touch, glyph boxes overhang a little). */
function overlapProblems(runs: readonly Run[]): string[] {
  const problems: string[] = [];
  const sorted = [...runs].sort((a, b) => a.rect.top - b.rect.top);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.rect.top >= a.rect.bottom) break;
      if (a.node === b.node) continue;
      const both = intersect(a.rect, b.rect);
      const lower = Math.min(a.rect.height, b.rect.height);
      if (both.width > 2 && both.height > Math.max(2, lower * 0.3)) {
        problems.push(`${describe(a.node)} ${quote(a.text)} overlaps ${describe(b.node)} ${quote(b.text)}`);
      }
    }
  }
  return problems;
}

/** Text that an ancestor with `overflow: hidden` (or `clip`) cuts off. */
function clippedProblems(runs: readonly Run[]): string[] {
  const problems: string[] = [];
  for (const run of runs) {
    for (const el of ancestors(run.node)) {
      if (el === run.scroller) break; // inside a scroll box the text can be scrolled to
      const s = style(el);
      const x = clipsX(s);
      const y = clipsY(s);
      if (!x && !y) continue;
      const box = el.getBoundingClientRect();
      const out =
        (x && (run.rect.left < box.left - 1 || run.rect.right > box.right + 1)) ||
        (y && (run.rect.top < box.top - 1 || run.rect.bottom > box.bottom + 1));
      if (out)
        problems.push(`${describe(run.node)} ${quote(run.text)} is cut off by ${describe(el)} (overflow: hidden)`);
    }
  }
  return problems;
}

function focusable(el: Element): boolean {
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null) return Number(tabindex) >= 0;
  return el.matches(
    'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary',
  );
}

function hasFocusableInside(el: Element): boolean {
  const stack: Element[] = [el];
  while (stack.length) {
    const current = stack.pop()!;
    if (current !== el && focusable(current)) return true;
    if (current.shadowRoot) stack.push(...current.shadowRoot.children);
    stack.push(...current.children);
  }
  return false;
}

/** Every element that scrolls sideways on its own: keyboard-reachable, labelled, and visibly more. */
function scrollBoxProblems(doc: Document): string[] {
  const problems: string[] = [];
  const stack: Element[] = [doc.body];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.shadowRoot) stack.push(...el.shadowRoot.children);
    stack.push(...el.children);
    const s = style(el);
    if (!/auto|scroll/.test(s.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
    if (el.getBoundingClientRect().width < 2) continue;
    const name = describe(el);
    if (!focusable(el) && !hasFocusableInside(el))
      problems.push(`${name} scrolls sideways but cannot be reached with the keyboard`);
    if (!el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      problems.push(`${name} scrolls sideways but has no label`);
    // The sign of more: a shadow at the edge that has more (a background that scrolls with the content).
    if (s.backgroundImage === 'none')
      problems.push(`${name} scrolls sideways without a visible sign that there is more`);
  }
  return problems;
}

/** The document and every open shadow root in it. */
function styleScopes(doc: Document): (Document | ShadowRoot)[] {
  const scopes: (Document | ShadowRoot)[] = [doc];
  const stack: Element[] = [doc.documentElement];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.shadowRoot) {
      scopes.push(el.shadowRoot);
      stack.push(...el.shadowRoot.children);
    }
    stack.push(...el.children);
  }
  return scopes;
}

/**
 * Runs `measure` with every part of the page laid out: `content-visibility: auto` skips the layout of
 * what is off screen (its boxes are then placeholders), and a person scrolls to all of it.
 */
function withEverythingLaidOut<T>(doc: Document, measure: () => T): T {
  const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  const scopes = styleScopes(doc);
  for (const scope of scopes) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  try {
    return measure();
  } finally {
    for (const scope of scopes) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/** Everything that is wrong with the layout of the document, as sentences; empty when it holds up. */
export function layoutProblems(doc: Document): string[] {
  return withEverythingLaidOut(doc, () => {
    const runs = textRuns(doc);
    return [
      ...sidewaysProblems(doc, runs),
      ...overlapProblems(runs),
      ...clippedProblems(runs),
      ...scrollBoxProblems(doc),
    ];
  });
}
