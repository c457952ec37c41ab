// readInventory in a real browser: a File from an <input type="file"> is a Blob; the zip library
// (fflate) loads only when an XLSX file is read; nothing needs eval (strict Content-Security-Policy).
import { expect } from '@open-wc/testing';
import { readInventory } from '../../src/index.js';
import { refuseEvalInThisSuite } from '../../../core/test/support/no-eval.js';

const template = '/packages/inventory/test/fixtures/inventory/productierapport_template.xlsx';
const fflateLoaded = () => performance.getEntriesByType('resource').some((e) => /fflate/.test(e.name));

describe('@woo-kit/inventory in the browser', () => {
  refuseEvalInThisSuite();

  it('reads a CSV File without loading the zip library', async () => {
    const file = new File(
      ['ID;Matter;Document;Datum;Beoordeling;Beoordelingsgrond\n1;M-1;Notitie;2020-01-02;Deels openbaar;5.1.2e;\n'],
      'inventaris.csv',
      { type: 'text/csv' },
    );
    const result = await readInventory(file);
    expect(result.items.map((i) => [i.id, i.assessment, i.grounds])).to.deep.equal([['1', 'partlyPublic', ['5.1.2e']]]);
    expect(fflateLoaded()).to.equal(false);
  });

  it('reads the real XLSX template from a File, loading the zip library then', async () => {
    const blob = await (await fetch(template)).blob();
    const file = new File([blob], 'productierapport_template.xlsx');
    const result = await readInventory(file);
    expect(result.errors).to.deep.equal([]);
    expect(result.items.map((i) => i.assessment)).to.deep.equal(['partlyPublic', 'public', 'alreadyPublic', 'public']);
    expect(fflateLoaded()).to.equal(true);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = new File([new Uint8Array(2048)], 'big.xlsx');
    let code = '';
    try {
      await readInventory(file, { limits: { maxFileBytes: 1024 } });
    } catch (error) {
      code = (error as { code: string }).code;
    }
    expect(code).to.equal('inventory-too-large');
  });
});
