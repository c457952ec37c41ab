// Every story file must be covered by the browser tests over every story (axe, reflow).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const elements = fileURLToPath(new URL('..', import.meta.url));

function storyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : storyFiles(path);
    return entry.name.endsWith('.stories.ts') ? [path] : [];
  });
}

test('every *.stories.ts file is listed in test/support/story-files.ts (the browser tests over every story)', () => {
  const runner = readFileSync(join(elements, 'test/support/story-files.ts'), 'utf8');
  const files = storyFiles(join(elements, 'src'));
  assert.ok(files.length > 0, 'there are stories');
  for (const file of files) {
    const specifier = `../../${relative(elements, file).replace(/\.ts$/, '.js')}`;
    assert.ok(runner.includes(`'${specifier}'`), `${specifier} is not listed in test/support/story-files.ts`);
  }
});
