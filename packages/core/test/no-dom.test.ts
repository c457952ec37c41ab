// @woo-kit/core must run in Node, workers and browsers alike: no DOM, no Lit, no Node built-ins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

test('no source file imports Lit, DOM or Node modules or uses DOM globals', () => {
  const files = sources(srcDir);
  assert.ok(files.length > 5);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s+['"]([^'"]+)['"]/gm),
      ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
      ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
      ...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]!);
    for (const s of specifiers) {
      assert.ok(s.startsWith('./') || s.startsWith('../'), `${file} imports ${s}: core has no dependencies`);
    }
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    for (const global of [
      /\bdocument\./,
      /\bwindow\./,
      /\bcustomElements\b/,
      /\bHTMLElement\b/,
      /\bnew Date\(/,
      /\bDate\.now\(/,
    ]) {
      assert.ok(!global.test(code), `${file} uses ${global}`);
    }
  }
});
