// The fallback chains of the design tokens: complete, in order (--woo-* → --nl-* → --basis-* →
// --utrecht-* → default), made of token names that real published themes define, used the same way by
// every component, and listed in docs/theming.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokens } from '../src/styles/tokens.js';
import { formStyles } from '../src/styles/form.js';
import { TOKEN_CHAINS, chainDeclarations, chainProperties } from '../src/styles/token-chains.js';
import { chainDeclarations as chainDeclarationsCss } from '../src/styles/token-chain-css.js';
import { formChainDeclarations as formChainDeclarationsCss } from '../src/styles/form-token-chain-css.js';
import { THEMES } from '../../../examples/themes/themes.js';
import { THEMING_DOC, TABLE_END, TABLE_START, chainTable } from '../scripts/theming-docs.js';
import { FORM_TOKEN_CHAIN_CSS, TOKEN_CHAIN_CSS, tokenChainCssSource } from '../scripts/generate-token-chain-css.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const elements = fileURLToPath(new URL('..', import.meta.url));

/** `var(--a, var(--b, x))` → ['--a', '--b', 'x'] */
function parseChain(value: string): string[] {
  const parts: string[] = [];
  let rest = value.trim();
  for (;;) {
    const match = /^var\((--[\w-]+),\s*([\s\S]*)\)$/.exec(rest);
    if (!match?.[1] || match[2] === undefined) break;
    parts.push(match[1]);
    rest = match[2].trim();
  }
  return [...parts, rest];
}

/** Every `--_woo-<name>: <value>;` declaration in the shared tokens' CSS (or the form styles'). */
function privateDeclarations(styles: { cssText: string } = tokens): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const match of styles.cssText.matchAll(/--_woo-([\w-]+):\s*([^;]+);/g)) {
    if (match[1] && match[2]) declarations.set(match[1], match[2]);
  }
  return declarations;
}

/** The custom properties a theme file defines. */
function definedIn(path: string): Set<string> {
  const css = readFileSync(join(repo, path), 'utf8');
  return new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1] ?? ''));
}

const LAYERS = ['--woo-', '--nl-', '--basis-', '--utrecht-'];

test('every shared token is set once on :host with its full chain, in order, ending in a default', () => {
  const shared = privateDeclarations();
  const form = privateDeclarations(formStyles);
  for (const name of shared.keys()) assert.ok(!form.has(name), `--_woo-${name} is set by tokens.ts and form.ts`);
  for (const chain of TOKEN_CHAINS) {
    const setBy = chain.setBy === 'form' ? form : shared;
    assert.ok(
      setBy.has(chain.name),
      `--_woo-${chain.name} is set by ${chain.setBy === 'form' ? 'form.ts' : 'tokens.ts'}`,
    );
  }
  const declarations = new Map([...shared, ...form]);
  assert.equal(declarations.size, TOKEN_CHAINS.length, 'one --_woo-* declaration per chain, no others');
  for (const chain of TOKEN_CHAINS) {
    const value = declarations.get(chain.name);
    assert.ok(value, `--_woo-${chain.name} is declared`);
    const parts = parseChain(value);
    const fallback = parts.pop() ?? '';
    assert.deepEqual(parts, chainProperties(chain), `--_woo-${chain.name}: the chain in the CSS`);
    assert.equal(parts[0], `--woo-${chain.name}`, 'the public token comes first');
    // Layers strictly in order: each property belongs to a later layer than the one before it.
    const layerOf = (property: string): number => LAYERS.findIndex((prefix) => property.startsWith(prefix));
    const layers = parts.map(layerOf);
    assert.ok(!layers.includes(-1), `--_woo-${chain.name}: only --woo/--nl/--basis/--utrecht tokens: ${parts}`);
    assert.deepEqual(
      [...layers].sort((a, b) => a - b),
      layers,
      `--_woo-${chain.name}: layers in order`,
    );
    assert.equal(new Set(layers).size, layers.length, `--_woo-${chain.name}: one token per layer`);
    assert.ok(layers.includes(2) && layers.includes(3), `--_woo-${chain.name}: has a --basis-* and a --utrecht-*`);
    assert.ok(fallback.length > 0 && !fallback.includes('var('), `--_woo-${chain.name} ends in a plain default`);
  }
});

test('every NL Design System token in a chain is defined by at least one installed theme', () => {
  const defined = new Set(THEMES.flatMap((theme) => [...definedIn(theme.path)]));
  for (const chain of TOKEN_CHAINS) {
    for (const property of chainProperties(chain).slice(1)) {
      assert.ok(defined.has(property), `${property} (chain of --woo-${chain.name}) is not defined by any theme`);
    }
  }
});

test('the Start theme (basis v3) defines the --basis-* token of every chain', () => {
  const start = THEMES.find((theme) => theme.id === 'start');
  assert.ok(start);
  const defined = definedIn(start.path);
  for (const chain of TOKEN_CHAINS) assert.ok(defined.has(chain.basis), `${chain.basis} is not in the Start theme`);
  // The seven the issue names: the Start theme leaves their --utrecht-* fallback empty, so only the
  // --basis-* layer reaches them.
  const empty = TOKEN_CHAINS.filter((chain) => !defined.has(chain.utrecht)).map((chain) => chain.name);
  assert.deepEqual(empty.sort(), [
    'border-color',
    'error-color',
    'focus-background',
    'focus-color',
    'heading-font-family',
    'radius',
    'space',
  ]);
});

function styleFiles(): string[] {
  const components = join(elements, 'src/components');
  return [
    join(elements, 'src/styles/form.ts'),
    ...readdirSync(components).flatMap((name) =>
      readdirSync(join(components, name))
        .filter((file) => file.endsWith('.styles.ts'))
        .map((file) => join(components, name, file)),
    ),
  ];
}

test('component styles use the private tokens and repeat no NL Design System chain', () => {
  const names = new Set(TOKEN_CHAINS.map((chain) => chain.name));
  const files = styleFiles();
  assert.ok(files.length >= 9, 'the shared form styles and every component style file');
  for (const file of files) {
    const css = readFileSync(file, 'utf8');
    const where = file.slice(repo.length);
    assert.doesNotMatch(css, /--(nl|basis|utrecht)-/, `${where} names an NL Design System token: use --_woo-*`);
    for (const match of css.matchAll(/var\(--_woo-([\w-]+)/g)) {
      assert.ok(names.has(match[1] ?? ''), `${where}: --_woo-${match[1]} is not a shared token`);
    }
    // A per-component property falls back to a shared private token or a fixed value, never to a
    // public --woo-* token (that would skip the NL Design System layers).
    for (const match of css.matchAll(/var\((--woo-[\w-]+)(?:,\s*([^;]*?))?\);/g)) {
      const fallback = match[2] ?? '';
      assert.ok(fallback.length > 0, `${where}: ${match[1]} has no fallback`);
      assert.doesNotMatch(fallback, /var\(--woo-/, `${where}: ${match[1]} falls back to a public --woo-* token`);
    }
  }
});

/** A Markdown table without the padding Prettier adds to align its columns. */
const unpadded = (table: string): string[] =>
  table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/\s*\|\s*/g, '|')
        .replace(/-{3,}/g, '---'),
    );

test('docs/theming.md lists every chain as generated from the source', () => {
  const doc = readFileSync(THEMING_DOC, 'utf8');
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  assert.ok(start >= 0 && end > start, 'the docs have the table markers');
  assert.deepEqual(
    unpadded(doc.slice(start + TABLE_START.length, end)),
    unpadded(chainTable()),
    'docs/theming.md is out of date: run pnpm -F @woo-kit/elements run docs:theming',
  );
});

test('src/styles/token-chain-css.ts and form-token-chain-css.ts are what the generator makes from the chains', () => {
  const fix = 'run pnpm -F @woo-kit/elements run codegen:tokens';
  assert.equal(readFileSync(TOKEN_CHAIN_CSS, 'utf8'), tokenChainCssSource(false), fix);
  assert.equal(readFileSync(FORM_TOKEN_CHAIN_CSS, 'utf8'), tokenChainCssSource(true), fix);
});

test('the generated CSS declares each chain exactly as chainDeclarations() builds it', () => {
  const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const shared = TOKEN_CHAINS.filter((chain) => chain.setBy !== 'form');
  const form = TOKEN_CHAINS.filter((chain) => chain.setBy === 'form');
  assert.equal(spaced(chainDeclarationsCss.cssText), spaced(chainDeclarations(shared)));
  assert.equal(spaced(formChainDeclarationsCss.cssText), spaced(chainDeclarations(form)));
});
