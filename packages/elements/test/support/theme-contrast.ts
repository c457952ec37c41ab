// Explains an axe violation under a theme in terms of design tokens: for a colour-contrast failure, which
// shared token gave the text colour and the background, and which theme token each came from — so the
// report names the token to change. Also resolves a token chain the way the browser should.
import 'axe-core/axe.min.js';
import type { AxeResults, NodeResult, Result } from 'axe-core';
import { AXE_TAGS } from './a11y.js';
import { TOKEN_CHAINS, chainProperties, type TokenChain } from '../../src/styles/token-chains.js';

interface AxeGlobal {
  run(context: Element | Document, options: object): Promise<AxeResults>;
}

/** Where a colour on the page came from. */
export interface TokenSource {
  /** The shared token, e.g. `--woo-muted-color`. */
  readonly token: string;
  /** What supplied its value: a theme's `--nl-*`/`--basis-*`/`--utrecht-*`, a `--woo-*`, or our default. */
  readonly from: string;
}

/** One contrast failure, named by tokens. */
export interface ContrastFinding {
  readonly target: string;
  readonly ratio: number;
  readonly expected: number;
  readonly fg: string;
  readonly bg: string;
  readonly fgToken: TokenSource | undefined;
  readonly bgToken: TokenSource | undefined;
  /** Both colours are the theme's own tokens (not our default, not a colour of our CSS). */
  readonly themePair: boolean;
}

const clean = (value: string): string => value.trim().replace(/\s+/g, ' ');

/** The value the chain should resolve to where `el` is: the first property of the chain that is set. */
export function expectedChainValue(el: Element, chain: TokenChain): { value: string; from: string } {
  const style = getComputedStyle(el);
  for (const property of chainProperties(chain)) {
    const value = clean(style.getPropertyValue(property));
    if (value) return { value, from: property };
  }
  // A CSS-wide keyword as the default (`inherit`) makes the custom property itself inherit: empty here.
  const keyword = ['inherit', 'initial', 'unset', 'revert'].includes(chain.fallback);
  return { value: keyword ? '' : clean(chain.fallback), from: 'default' };
}

/** The private token's value as the component sees it. */
export function actualChainValue(el: Element, chain: TokenChain): string {
  return clean(getComputedStyle(el).getPropertyValue(`--_woo-${chain.name}`));
}

let probe: HTMLElement | undefined;
/** Any CSS colour as the browser's computed `rgb(…)`/`rgba(…)`. */
function rgb(colour: string): string {
  probe ??= document.body.appendChild(document.createElement('span'));
  probe.style.color = '';
  probe.style.color = colour;
  return probe.style.color ? getComputedStyle(probe).color : '';
}

/** The element an axe target points at: `[['host', 'inner']]` is a path across shadow roots. */
function targetElement(target: NodeResult['target']): Element | null {
  let scope: Document | ShadowRoot | null = document;
  let el: Element | null = null;
  for (const selector of target.flatMap((part) => (Array.isArray(part) ? part : [part]))) {
    el = scope?.querySelector(String(selector)) ?? null;
    scope = el?.shadowRoot ?? null;
  }
  return el;
}

/** The woo-kit element around `el` (its shadow host, or itself). */
function wooHost(el: Element): Element {
  let current: Element = el;
  for (;;) {
    if (current.localName.startsWith('woo-')) return current;
    const root = current.getRootNode();
    if (root instanceof ShadowRoot) current = root.host;
    else return current;
  }
}

function tokenFor(host: Element, colour: string): TokenSource | undefined {
  const wanted = rgb(colour);
  if (!wanted) return undefined;
  for (const chain of TOKEN_CHAINS) {
    if (rgb(actualChainValue(host, chain)) !== wanted) continue;
    return { token: `--woo-${chain.name}`, from: expectedChainValue(host, chain).from };
  }
  return undefined;
}

const isThemeToken = (source: TokenSource | undefined): boolean =>
  !!source && /^--(nl|basis|utrecht)-/.test(source.from);

function findings(violation: Result): ContrastFinding[] {
  return violation.nodes.map((node) => {
    const data = (node.any.find((check) => check.id === 'color-contrast')?.data ?? {}) as Record<string, unknown>;
    const el = targetElement(node.target);
    const host = el ? wooHost(el) : document.documentElement;
    const fg = String(data['fgColor'] ?? '');
    const bg = String(data['bgColor'] ?? '');
    const fgToken = tokenFor(host, fg);
    const bgToken = tokenFor(host, bg);
    return {
      target: JSON.stringify(node.target),
      ratio: Number(data['contrastRatio'] ?? 0),
      expected: Number.parseFloat(String(data['expectedContrastRatio'] ?? '4.5')),
      fg,
      bg,
      fgToken,
      bgToken,
      themePair: isThemeToken(fgToken) && isThemeToken(bgToken),
    };
  });
}

const describeSource = (source: TokenSource | undefined, colour: string): string =>
  source ? `${colour} = ${source.token} ← ${source.from}` : `${colour} (not a token: our CSS)`;

/** A line for the report: the pair, the ratio and the token to change. */
export function describeFinding(theme: string, finding: ContrastFinding): string {
  const change = finding.themePair
    ? `theme "${theme}" pairs its own tokens ${finding.fgToken?.from} on ${finding.bgToken?.from}: ` +
      `change ${finding.fgToken?.from} (or set ${finding.fgToken?.token})`
    : `our CSS: fix the component (or set ${finding.fgToken?.token ?? 'the colour'})`;
  return (
    `  colour contrast ${finding.ratio}:1 (needs ${finding.expected}:1) at ${finding.target}\n` +
    `    text ${describeSource(finding.fgToken, finding.fg)}; ` +
    `background ${describeSource(finding.bgToken, finding.bg)}\n` +
    `    → ${change}`
  );
}

export interface ThemedAxeResult {
  /** Violations other than contrast, and contrast failures caused by our CSS: these fail the test. */
  readonly ours: string[];
  /** Contrast failures of a pair of the theme's own tokens. */
  readonly themePairs: ContrastFinding[];
}

/** Runs axe (GOV.UK tag set) and sorts the violations into ours and the theme's own token pairs. */
export async function themedAxe(theme: string, context: Element | Document = document): Promise<ThemedAxeResult> {
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  const results = await axe.run(context, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  const ours: string[] = [];
  const themePairs: ContrastFinding[] = [];
  for (const violation of results.violations) {
    if (violation.id !== 'color-contrast') {
      ours.push(
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
        ...violation.nodes.map((n) => `  at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
      );
      continue;
    }
    for (const finding of findings(violation)) {
      if (finding.themePair) themePairs.push(finding);
      else ours.push(describeFinding(theme, finding));
    }
  }
  return { ours, themePairs };
}

/** Relative luminance of a computed `rgb(…)` colour (WCAG 2.2 definition). */
function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two CSS colours, rounded to two decimals. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return Math.round(((high + 0.05) / (low + 0.05)) * 100) / 100;
}

/** Non-text pairs (WCAG 1.4.11, 3:1): [indicator token, background token]. */
export const NON_TEXT_PAIRS = [
  ['border-color', 'background'],
  ['focus-color', 'background'],
  ['error-color', 'background'],
] as const;

/** The non-text pairs below 3:1 on `host`, each with the tokens the colours came from. */
export function nonTextFindings(host: Element): ContrastFinding[] {
  return NON_TEXT_PAIRS.flatMap(([fgName, bgName]) => {
    const fgChain = TOKEN_CHAINS.find((c) => c.name === fgName);
    const bgChain = TOKEN_CHAINS.find((c) => c.name === bgName);
    if (!fgChain || !bgChain) return [];
    const fg = actualChainValue(host, fgChain);
    const bg = actualChainValue(host, bgChain);
    const ratio = contrastRatio(fg, bg);
    if (ratio >= 3) return [];
    const fgToken = { token: `--woo-${fgName}`, from: expectedChainValue(host, fgChain).from };
    const bgToken = { token: `--woo-${bgName}`, from: expectedChainValue(host, bgChain).from };
    return [
      {
        target: `--woo-${fgName} on --woo-${bgName}`,
        ratio,
        expected: 3,
        fg,
        bg,
        fgToken,
        bgToken,
        themePair: isThemeToken(fgToken) && isThemeToken(bgToken),
      },
    ];
  });
}
