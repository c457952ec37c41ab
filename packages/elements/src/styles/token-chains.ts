/**
 * The fallback chain of every shared design token, in one place. A component reads the private
 * `--_woo-<name>` property, which `tokens.ts` sets on each element's host to the first of these that
 * the page defines:
 *
 * 1. `--woo-<name>`: woo-kit's own token, set by the site;
 * 2. an NL Design System candidate component token (`--nl-*`), where one means the same thing;
 * 3. a token of the NL Design System basis theme (`--basis-*`, basis theme v3), used by the Start theme
 *    and the themes built on it;
 * 4. a token of the Utrecht component library (`--utrecht-*`), which older municipal themes set;
 * 5. our default, which meets WCAG 2.2 AA contrast on its own.
 *
 * Every token name below is defined by at least one published theme (checked by
 * test/token-chains.test.ts against the theme files in examples/themes/ and node_modules). Plain data, no Lit:
 * the Node tests and the docs generator read it too.
 */
export interface TokenChain {
  /** `--woo-<name>` is the public token, `--_woo-<name>` the private one the components use. */
  readonly name: string;
  /** What it styles, for docs/theming.md. */
  readonly what: string;
  readonly nl?: string;
  readonly basis: string;
  readonly utrecht: string;
  readonly fallback: string;
  /**
   * `form`: only the form styles (styles/form.ts) read it, so they set it, and components without a
   * form do not carry its chain. Otherwise tokens.ts sets it on the host of every component.
   */
  readonly setBy?: 'form';
}

export const TOKEN_CHAINS: readonly TokenChain[] = [
  {
    name: 'font-family',
    what: 'text font',
    basis: '--basis-text-font-family-default',
    utrecht: '--utrecht-document-font-family',
    fallback: 'system-ui, sans-serif',
  },
  {
    name: 'font-size',
    what: 'text size',
    basis: '--basis-text-font-size-md',
    utrecht: '--utrecht-document-font-size',
    fallback: '1rem',
  },
  {
    name: 'line-height',
    what: 'line height of text',
    basis: '--basis-text-line-height-md',
    utrecht: '--utrecht-document-line-height',
    fallback: '1.5',
  },
  {
    name: 'color',
    what: 'text colour',
    basis: '--basis-color-default-color-document',
    utrecht: '--utrecht-document-color',
    fallback: '#1a1a1a',
  },
  {
    name: 'background',
    what: 'background of cards, inputs and boxes',
    basis: '--basis-color-default-bg-document',
    utrecht: '--utrecht-document-background-color',
    fallback: '#ffffff',
  },
  {
    name: 'muted-color',
    what: 'hints and secondary text',
    basis: '--basis-color-default-color-subtle',
    utrecht: '--utrecht-paragraph-lead-color',
    fallback: '#4a4a4a',
  },
  {
    name: 'link-color',
    what: 'links and accents',
    nl: '--nl-link-color',
    basis: '--basis-color-action-2-color-default',
    utrecht: '--utrecht-link-color',
    fallback: '#0b57a4',
  },
  {
    name: 'border-color',
    what: 'borders of inputs, cards and lists',
    basis: '--basis-color-default-border-default',
    utrecht: '--utrecht-form-control-border-color',
    fallback: '#6b6b6b',
  },
  {
    name: 'focus-color',
    what: 'focus outline',
    basis: '--basis-focus-outline-color',
    utrecht: '--utrecht-focus-outline-color',
    fallback: '#000000',
  },
  {
    name: 'focus-background',
    what: 'ring around the focus outline',
    basis: '--basis-focus-background-color',
    utrecht: '--utrecht-focus-background-color',
    fallback: '#ffdd00',
  },
  {
    name: 'error-color',
    what: 'error messages and error borders',
    basis: '--basis-color-negative-color-default',
    utrecht: '--utrecht-feedback-danger-color',
    fallback: '#b00020',
  },
  {
    name: 'radius',
    what: 'corners of inputs, buttons and cards',
    basis: '--basis-border-radius-sm',
    utrecht: '--utrecht-border-radius-md',
    fallback: '4px',
  },
  {
    name: 'space',
    what: 'spacing between blocks (1rem by default)',
    basis: '--basis-space-block-xl',
    utrecht: '--utrecht-space-block-md',
    fallback: '1rem',
  },
  {
    name: 'heading-font-family',
    what: 'font of headings',
    basis: '--basis-heading-font-family',
    utrecht: '--utrecht-heading-font-family',
    fallback: 'inherit',
  },
  {
    name: 'button-background',
    what: 'background of the main button',
    nl: '--nl-button-primary-background-color',
    basis: '--basis-color-action-1-inverse-bg-default',
    utrecht: '--utrecht-button-primary-action-background-color',
    fallback: '#0b57a4',
    setBy: 'form',
  },
  {
    name: 'button-color',
    what: 'text of the main button',
    nl: '--nl-button-primary-color',
    basis: '--basis-color-action-1-inverse-color-default',
    utrecht: '--utrecht-button-primary-action-color',
    fallback: '#ffffff',
    setBy: 'form',
  },
  {
    name: 'button-secondary-background',
    what: 'background of other buttons',
    nl: '--nl-button-secondary-background-color',
    basis: '--basis-color-transparent',
    utrecht: '--utrecht-button-secondary-action-background-color',
    fallback: '#ffffff',
    setBy: 'form',
  },
  {
    name: 'button-secondary-color',
    what: 'text and border of other buttons',
    nl: '--nl-button-secondary-color',
    basis: '--basis-color-action-1-color-default',
    utrecht: '--utrecht-button-secondary-action-color',
    fallback: '#0b57a4',
    setBy: 'form',
  },
];

/** The custom properties of a chain in the order they are tried, the public `--woo-*` one first. */
export function chainProperties(chain: TokenChain): string[] {
  return [`--woo-${chain.name}`, ...(chain.nl ? [chain.nl] : []), chain.basis, chain.utrecht];
}

/** `var(--woo-x, var(--nl-…, var(--basis-…, var(--utrecht-…, default))))` */
export function chainValue(chain: TokenChain): string {
  return chainProperties(chain).reduceRight((inner, property) => `var(${property}, ${inner})`, chain.fallback);
}

/** The declarations that set every private `--_woo-*` property, for the `:host` rule. */
export function chainDeclarations(chains: readonly TokenChain[] = TOKEN_CHAINS): string {
  return chains.map((chain) => `--_woo-${chain.name}: ${chainValue(chain)};`).join('\n');
}
