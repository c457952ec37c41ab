import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import {
  dayNumberFromParts,
  fromDayNumber,
  validateInventoryItem,
  withholdingGroundArticles,
  inventoryFileTypes,
  type InventoryItem,
} from '@woo-kit/core';
import { InventoryFileError, InventoryRowError, dateFromSerial, readInventory } from '../src/index.js';
import { writeCsv, writeXlsx, type OutCell } from './support/inventory-files.js';

const template = readFileSync(new URL('./fixtures/inventory/productierapport_template.xlsx', import.meta.url));

const HEADER = [
  'ID',
  'Matter',
  'Family',
  'Email Thread ID',
  'Document',
  'File Type',
  'Datum',
  'Beoordeling',
  'Opgeschort',
  'Beoordelingsgrond',
  'Toelichting',
  'Publieke Link',
  'Gerelateerd ID',
  'Zaaknummer',
];

test('the real productierapport template reads completely, with the right assessments and grounds', async () => {
  const result = await readInventory(template);
  assert.deepEqual(result.errors, []);
  assert.equal(result.format, 'xlsx');
  assert.equal(result.sheet, 'Sheet1');
  assert.deepEqual(
    result.items.map((i) => [i.id, i.assessment, i.grounds, i.date]),
    [
      ['10001', 'partlyPublic', ['5.1.1c', '5.1.2e'], '2020-03-25'],
      ['10002', 'public', [], '2020-04-16'],
      ['10003', 'alreadyPublic', [], '2020-03-26'],
      ['10004', 'public', [], '2020-03-29'],
    ],
  );
  const [first, , third, fourth] = result.items;
  assert.equal(first?.matter, '2025-01');
  assert.equal(first?.familyId, '333');
  assert.equal(first?.threadId, '12345');
  assert.deepEqual(first?.caseNumbers, ['777']);
  assert.equal(first?.explanation, 'Dit is de toelichting op de weigeringsgrond');
  assert.equal(third?.publicLink, 'http://openbaar.demo/pannekoeken%20recept.docx');
  assert.equal(fourth?.suspended, true); // "Ja"
  assert.equal(fourth?.fileType, 'spreadsheet');
  for (const item of result.items) assert.equal(validateInventoryItem(item).ok, true);
});

test('spreadsheet date numbers: 1900 system with its leap-year bug, and 1904', () => {
  assert.equal(dateFromSerial(1), '1900-01-01');
  assert.equal(dateFromSerial(59), '1900-02-28');
  assert.equal(dateFromSerial(60), undefined);
  assert.equal(dateFromSerial(61), '1900-03-01');
  assert.equal(dateFromSerial(43915.75), '2020-03-25');
  assert.equal(dateFromSerial(0, true), undefined);
  assert.equal(dateFromSerial(1, true), '1904-01-02');
});

const csvRows: OutCell[][] = [
  ['Inventarislijst besluit 2025-01'], // a title row above the header
  [
    'ID',
    'Matter',
    'Family ID',
    'Email Thread ID',
    'Document',
    'File Type',
    'Datum',
    'Beoordeling',
    'Opgeschort',
    'Beoordelingsgrond',
    'Extra kolom',
  ],
  ['1', 'M-1', '7', '', 'Mail; over "plan"', 'email', '03/25/2020', 'Niet openbaar', 'yes', '5.1.1c; 5.1.2e;', 'x'],
  [],
  ['2', 'M-1', '', '', 'Notitie', 'note', '2020-04-16', 'Openbaar', 'Nee', '', ''],
  ['3', 'M-1', '', '', 'Foto', 'jpg', '43916', 'deels openbaar', '', 'art. 5.1.2 e, 5.1 lid 2 sub i', ''],
];

test(
  'CSV with the quirks of real files: title row, header variants, yes/Ja, trailing ;, three date forms, empty ' +
    'rows, extra columns',
  async () => {
    for (const sep of [';', ',', '\t'] as const) {
      const result = await readInventory(writeCsv(csvRows, sep, { bom: true }));
      assert.deepEqual(result.errors, [], sep);
      assert.equal(result.format, 'csv');
      assert.deepEqual(result.ignoredColumns, ['Extra kolom']);
      assert.deepEqual(result.items, [
        {
          id: '1',
          matter: 'M-1',
          name: 'Mail; over "plan"',
          fileType: 'email',
          date: '2020-03-25',
          assessment: 'notPublic',
          grounds: ['5.1.1c', '5.1.2e'],
          familyId: '7',
          suspended: true,
        },
        {
          id: '2',
          matter: 'M-1',
          name: 'Notitie',
          fileType: 'note',
          date: '2020-04-16',
          assessment: 'public',
          grounds: [],
        },
        {
          id: '3',
          matter: 'M-1',
          name: 'Foto',
          fileType: 'image',
          date: '2020-03-26',
          assessment: 'partlyPublic',
          grounds: ['5.1.2e', '5.1.2i'],
        },
      ]);
    }
  },
);

test('each bad row is a typed error with its row number and column; the good rows still read', async () => {
  const rows: OutCell[][] = [
    HEADER,
    ['1', 'M-1', '', '', 'Goed', 'pdf', '2020-01-02', 'Openbaar'],
    ['2', 'M-1', '', '', 'Slechte datum', 'pdf', '2020-02-30', 'Openbaar'],
    ['3', 'M-1', '', '', 'Onbekende grond', 'pdf', '2020-01-02', 'Niet openbaar', '', '5.1.9z'],
    ['4', 'M-1', '', '', 'Geen grond', 'pdf', '2020-01-02', 'Deels openbaar'],
    ['5', 'M-1', '', '', '', 'pdf', '2020-01-02', 'Geheim', 'misschien'],
    ['6', 'M-1', '', '', 'Ook goed', 'pdf', '01/02/2020', 'Reeds openbaar', '', '', '', 'https://example.org/a b.pdf'],
  ];
  for (const bytes of [writeCsv(rows), writeXlsx(rows)]) {
    const result = await readInventory(bytes);
    assert.deepEqual(
      result.items.map((i) => i.id),
      ['1', '6'],
    );
    for (const e of result.errors) {
      assert.ok(e instanceof InventoryRowError);
      assert.ok(e.messages.nl.startsWith(`Rij ${e.row}`) && e.messages.en.startsWith(`Row ${e.row}`));
    }
    assert.deepEqual(
      result.errors.map((e) => [e.row, e.column, e.code]),
      [
        [3, 'Datum (G)', 'invalid-date'],
        [4, 'Beoordelingsgrond (J)', 'unknown-ground'],
        [5, 'Beoordelingsgrond (J)', 'grounds-required'],
        [6, 'Document (E)', 'missing-value'],
        [6, 'Beoordeling (H)', 'unknown-assessment'],
        [6, 'Opgeschort (I)', 'invalid-yes-no'],
      ],
    );
    assert.deepEqual(result.errors[0]?.toJSON(), {
      code: 'invalid-date',
      message: result.errors[0]?.messages,
      row: 3,
      column: 'Datum (G)',
    });
  }
});

test('a file without the required columns is a typed file error', async () => {
  await assert.rejects(
    readInventory(
      writeCsv([
        ['Naam', 'Adres'],
        ['a', 'b'],
      ]),
    ),
    (e: unknown) => e instanceof InventoryFileError && e.code === 'inventory-missing-columns',
  );
  await assert.rejects(
    readInventory(strToU8('PK\u0003\u0004 not really a zip')),
    (e: unknown) => e instanceof InventoryFileError && e.code === 'inventory-unreadable',
  );
  // An old .xls or a password-protected workbook (an OLE compound file).
  await assert.rejects(
    readInventory(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
    (e: unknown) => e instanceof InventoryFileError && e.code === 'inventory-unreadable' && /\.xls/.test(e.messages.en),
  );
  // With a default matter, the Matter column may be missing.
  const r = await readInventory(
    writeCsv([
      ['ID', 'Document', 'Datum', 'Beoordeling'],
      ['1', 'x', '2020-01-01', 'Openbaar'],
    ]),
    { matter: 'WOO-1' },
  );
  assert.equal(r.items[0]?.matter, 'WOO-1');
});

test(
  'limits: a large file, a zip bomb (also one that lies ' + 'about its size) and too many rows give typed errors',
  async () => {
    const big = new Uint8Array(2 * 1024 * 1024);
    await assert.rejects(
      readInventory(big, { limits: { maxFileBytes: 1024 * 1024 } }),
      (e: unknown) =>
        e instanceof InventoryFileError && e.code === 'inventory-too-large' && /maxFileBytes/.test(e.messages.en),
    );
    // 64 MB of zeros in the sheet packs into ~64 kB.
    const bombSheet = new Uint8Array(64 * 1024 * 1024);
    const bomb = zipSync(
      {
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': bombSheet,
      },
      { level: 9 },
    );
    assert.ok(bomb.length < 1024 * 1024);
    await assert.rejects(
      readInventory(bomb, { limits: { maxUnpackedBytes: 8 * 1024 * 1024 } }),
      (e: unknown) => e instanceof InventoryFileError && e.code === 'inventory-unpacked-too-large',
    );
    // The same archive, claiming in its directory that the sheet is small: unpacking still stops.
    const liar = bomb.slice();
    for (let i = liar.length - 22; i > 0; i -= 1) {
      if (liar[i] === 0x50 && liar[i + 1] === 0x4b && liar[i + 2] === 0x01 && liar[i + 3] === 0x02) {
        const nameLength = liar[i + 28]! | (liar[i + 29]! << 8);
        const name = new TextDecoder().decode(liar.subarray(i + 46, i + 46 + nameLength));
        if (name === 'xl/worksheets/sheet1.xml') liar.set([0x10, 0, 0, 0], i + 24); // 16 bytes
      }
    }
    await assert.rejects(
      readInventory(liar, { limits: { maxUnpackedBytes: 8 * 1024 * 1024 } }),
      (e: unknown) => e instanceof InventoryFileError && e.code === 'inventory-unpacked-too-large',
    );
    const many: OutCell[][] = [
      HEADER,
      ...Array.from({ length: 60 }, (_, i) => [String(i + 1), 'M-1', '', '', 'Doc', 'pdf', '2020-01-01', 'Openbaar']),
    ];
    for (const bytes of [writeCsv(many), writeXlsx(many)]) {
      await assert.rejects(
        readInventory(bytes, { limits: { maxRows: 50 } }),
        (e: unknown) => e instanceof InventoryFileError && e.code === 'inventory-too-many-rows',
      );
      assert.equal((await readInventory(bytes, { limits: { maxRows: 60 } })).items.length, 60);
    }
  },
);

// Property test: random inventories written as XLSX and CSV with the real files' quirks read back identically.
const token = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,11}$/);
const text = fc
  .string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...'abcXYZ 019;,."\'&<>éüØß€—\n'.split('')) })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const date = fc
  .integer({ min: dayNumberFromParts(1900, 3, 1), max: dayNumberFromParts(2100, 12, 31) })
  .map(fromDayNumber);
const someGrounds = fc
  .uniqueArray(fc.constantFrom(...withholdingGroundArticles), { minLength: 1, maxLength: 3 })
  .chain((g) => fc.boolean().map((old) => (old ? [...g, '5.3' as const] : g)));
const itemArb: fc.Arbitrary<InventoryItem> = fc
  .record({
    id: token,
    matter: token.filter((s) => s.length >= 2),
    name: text,
    fileType: fc.constantFrom(...inventoryFileTypes),
    date,
    assessment: fc.constantFrom(
      'public' as const,
      'partlyPublic' as const,
      'notPublic' as const,
      'alreadyPublic' as const,
    ),
    explanation: fc.option(text, { nil: undefined }),
    publicLink: fc.option(
      token.map((t) => `https://example.org/${t}`),
      { nil: undefined },
    ),
    relatedIds: fc.option(fc.array(token, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    familyId: fc.option(token, { nil: undefined }),
    threadId: fc.option(token, { nil: undefined }),
    caseNumbers: fc.option(fc.array(token, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    suspended: fc.option(fc.constant(true as const), { nil: undefined }),
  })
  .chain((r) =>
    (r.assessment === 'partlyPublic' || r.assessment === 'notPublic' ? someGrounds : fc.constant([])).map((grounds) => {
      const item: Record<string, unknown> = { ...r, grounds };
      for (const k of Object.keys(item)) if (item[k] === undefined) delete item[k];
      return item as unknown as InventoryItem;
    }),
  );

const labels = {
  public: 'Openbaar',
  partlyPublic: 'Deels openbaar',
  notPublic: 'Niet openbaar',
  alreadyPublic: 'Reeds openbaar',
} as const;
const serialOf = (iso: string): number =>
  dayNumberFromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) -
  dayNumberFromParts(1899, 12, 30);

interface Quirks {
  familyHeader: 'Family' | 'Family ID';
  dateForm: number;
  yes: string;
  trailing: boolean;
  upper: boolean;
  extra: boolean;
  empty: boolean;
  sep: ';' | ',';
  inline: boolean;
  lookupFirst: boolean;
}
const quirksArb: fc.Arbitrary<Quirks> = fc.record({
  familyHeader: fc.constantFrom('Family' as const, 'Family ID' as const),
  dateForm: fc.integer({ min: 0, max: 2 }),
  yes: fc.constantFrom('Ja', 'yes', 'YES', 'ja'),
  trailing: fc.boolean(),
  upper: fc.boolean(),
  extra: fc.boolean(),
  empty: fc.boolean(),
  sep: fc.constantFrom(';' as const, ',' as const),
  inline: fc.boolean(),
  lookupFirst: fc.boolean(),
});

function tableOf(items: readonly InventoryItem[], q: Quirks, numericSerial: boolean): (OutCell[] | undefined)[] {
  const header = [...HEADER];
  header[2] = q.familyHeader;
  if (q.extra) header.push('Opmerking intern');
  const rows: (OutCell[] | undefined)[] = [header];
  items.forEach((item, i) => {
    const [y, m, d] = item.date.split('-');
    const dateCell: OutCell =
      q.dateForm === 0
        ? item.date
        : q.dateForm === 1
          ? `${m}/${d}/${y}`
          : numericSerial
            ? serialOf(item.date)
            : String(serialOf(item.date));
    const assessment = q.upper ? labels[item.assessment].toUpperCase() : labels[item.assessment];
    const grounds = item.grounds.length === 0 ? '' : item.grounds.join('; ') + (q.trailing ? ';' : '');
    rows.push([
      item.id,
      item.matter,
      item.familyId,
      item.threadId,
      item.name,
      item.fileType,
      dateCell,
      assessment,
      item.suspended ? q.yes : '',
      grounds,
      item.explanation,
      item.publicLink,
      item.relatedIds?.join('; '),
      item.caseNumbers?.join(', '),
      ...(q.extra ? ['iets'] : []),
    ]);
    if (q.empty && i % 3 === 0) rows.push(undefined);
  });
  return rows;
}

test('property: random inventories written as XLSX and CSV with real quirks read back identically', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(itemArb, { maxLength: 25, selector: (i) => i.id }), quirksArb, async (items, q) => {
      const xlsx = await readInventory(
        writeXlsx(tableOf(items, q, true), { inline: q.inline, lookupFirst: q.lookupFirst }),
      );
      assert.deepEqual(
        xlsx.errors.map((e) => e.messages.en),
        [],
      );
      assert.deepEqual(xlsx.items, items);
      const csv = await readInventory(writeCsv(tableOf(items, q, false), q.sep));
      assert.deepEqual(
        csv.errors.map((e) => e.messages.en),
        [],
      );
      assert.deepEqual(csv.items, items);
    }),
    { numRuns: 150 },
  );
});
