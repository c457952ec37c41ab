import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

test('categories --json prints the 18 categories with their fields', async () => {
  const r = await runCli(['categories', '--json']);
  assert.equal(r.code, 0);
  const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  assert.equal(list.length, 18);
  for (const c of list) {
    for (const field of ['code', 'uri', 'article', 'labelNl', 'labelEn', 'appliesToMunicipality', 'mandatorySince']) {
      assert.ok(field in c, `missing ${field}`);
    }
  }
  const woo = list.find((c) => c['article'] === '3.3.2i');
  assert.equal(woo?.['code'], 'c_3baef532');
  assert.equal(woo?.['uri'], 'https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532');
  assert.equal(list.find((c) => c['article'] === '3.3.2b')?.['appliesToMunicipality'], false);
  assert.equal(list.find((c) => c['article'] === '3.3.1a')?.['mandatorySince'], '2024-11-01');
});

test('categories prints a readable table, in Dutch or English', async () => {
  const nl = await runCli(['categories']);
  assert.equal(nl.code, 0);
  const lines = nl.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 20); // header, rule, 18 rows
  assert.match(lines[0]!, /^Artikel\s+Code\s+Naam\s+Gemeente\s+Verplicht sinds$/);
  assert.match(nl.stdout, /3\.3\.2i\s+c_3baef532\s+Woo-verzoeken en -besluiten\s+ja\s+nog niet/);
  assert.match(nl.stdout, /3\.3\.1a\s+c_139c6280\s+wetten en algemeen verbindende voorschriften\s+ja\s+2024-11-01/);
  const en = await runCli(['categories', '--lang', 'en']);
  assert.equal(en.code, 0);
  assert.match(en.stdout, /^Article\s+Code\s+Name\s+Municipality\s+Mandatory since/);
  assert.match(en.stdout, /3\.3\.2b\s+c_c76862ab\s+Meeting documents of the States General\s+no\s+2024-11-01/);
});

test('categories rejects bad options with exit code 2', async () => {
  assert.equal((await runCli(['categories', '--lang', 'fr'])).code, 2);
  assert.equal((await runCli(['categories', '--colour'])).code, 2);
  assert.equal((await runCli(['categories', 'extra'])).code, 2);
});
