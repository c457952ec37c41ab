// Checks our registries against the official DiWoo 0.9.8 value lists (packages/core/specs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  documentActionTypes,
  documentRelationTypes,
  documentTypes,
  fileFormats,
  informationCategories,
  languages,
  municipalities,
  removalReasons,
} from '../src/index.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const xsdPath = join(packageDir, 'specs/diwoo-0.9.8/diwoo-metadata-lijsten.xsd');

/**
 * An independent reading of the XSD (not the generator's parser): for each list id, the
 * enumeration values with the text of their first and second documentation paragraph.
 */
function officialLists(): Map<string, Map<string, { label: string; second?: string }>> {
  const xsd = readFileSync(xsdPath, 'utf8');
  const lists = new Map<string, Map<string, { label: string; second?: string }>>();
  const decode = (s: string): string =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
  for (const chunk of xsd.split('<xs:simpleType').slice(1)) {
    const id = /\bid="([^"]+)"/.exec(chunk.slice(0, chunk.indexOf('>')))?.[1];
    if (id === undefined) continue;
    const members = new Map<string, { label: string; second?: string }>();
    for (const enumeration of chunk.split('<xs:enumeration value="').slice(1)) {
      const value = enumeration.slice(0, enumeration.indexOf('"'));
      const texts = [...enumeration.split('</xs:enumeration>')[0]!.matchAll(/<dita:p[^>]*>([^<]*)<\/dita:p>/g)].map(
        (m) => decode(m[1]!.trim()),
      );
      members.set(
        decode(value),
        texts[1] === undefined ? { label: texts[0]! } : { label: texts[0]!, second: texts[1] },
      );
    }
    lists.set(id, members);
  }
  return lists;
}

test('every category code, URI, label and definition is in the official TOOI list', () => {
  const official = officialLists().get('scw_woo_informatiecategorieen')!;
  assert.equal(official.size, 18);
  for (const c of informationCategories) {
    const member = official.get(c.uri);
    assert.ok(member, `${c.code} is not in the official list`);
    assert.equal(c.uri.endsWith(`/${c.code}`), true);
    assert.equal(c.labelNl, member.label, c.code);
    assert.equal(c.definitionNl, member.second, c.code);
  }
});

test('document types, municipalities and the small lists match the official lists exactly', () => {
  const lists = officialLists();
  const same = (id: string, ours: ReadonlyArray<{ code: string; uri: string; labelNl: string }>): void => {
    const official = lists.get(id)!;
    assert.equal(ours.length, official.size, `${id}: number of members`);
    for (const item of ours) {
      assert.equal(official.get(item.uri)?.label, item.labelNl, `${id}: ${item.uri}`);
      assert.ok(item.uri.endsWith(`/${item.code}`), `${id}: code ${item.code} is the end of ${item.uri}`);
    }
  };
  same('ccw_plooi_documentsoorten', documentTypes);
  same('rwc_gemeenten_compleet', municipalities);
  same('ccw_plooi_documenthandelingen', documentActionTypes);
  same('scw_talen', languages);
  same('ccw_plooi_filetypes', fileFormats);
  same('scw_documentrelatie', documentRelationTypes);
  same('ccw_plooi_reden_intrekking_of_vervanging', removalReasons);
});

test('the committed src/generated/tooi-lists.ts is what the generator makes from the XSD', () => {
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-tooi-'));
  try {
    const out = join(dir, 'tooi-lists.ts');
    execFileSync(process.execPath, [join(packageDir, 'scripts/generate-registries.mjs'), xsdPath, out], {
      stdio: 'pipe',
    });
    assert.equal(
      readFileSync(join(packageDir, 'src/generated/tooi-lists.ts'), 'utf8'),
      readFileSync(out, 'utf8'),
      'src/generated/tooi-lists.ts is out of date: run `pnpm generate` in packages/core',
    );
    // One module per list next to it (src/generated/tooi/), the same files as the generator makes.
    const made = readdirSync(join(dir, 'tooi')).sort();
    assert.deepEqual(readdirSync(join(packageDir, 'src/generated/tooi')).sort(), made);
    assert.equal(made.length, 15);
    for (const file of made) {
      assert.equal(
        readFileSync(join(packageDir, 'src/generated/tooi', file), 'utf8'),
        readFileSync(join(dir, 'tooi', file), 'utf8'),
        `src/generated/tooi/${file} is out of date: run \`pnpm generate\` in packages/core`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
