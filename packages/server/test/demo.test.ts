// The demo data stays honest: no event after today, every request valid under core's rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateWooRequest } from '@woo-kit/core';
import { DEMO_PUBLISHER, samplePublications, sampleRequests } from '../src/demo/index.js';

test('sample requests never hold an event after today, for any today, and all pass validation', () => {
  for (const today of ['2025-03-28', '2025-12-31', '2026-02-28', '2026-12-06']) {
    for (const seed of [1, 42, 99]) {
      const sample = {
        publisherUri: DEMO_PUBLISHER.uri,
        publisherName: DEMO_PUBLISHER.name,
        today,
        baseUrl: 'https://www.voorbeeld.nl/',
        seed,
      };
      const requests = sampleRequests(sample);
      assert.equal(requests.length, 60);
      for (const request of requests) {
        assert.ok(request.receivedOn <= today, `${request.id} received ${request.receivedOn}`);
        for (const event of request.events ?? [])
          assert.ok(event.on <= today, `${request.id}: ${event.type} on ${event.on} is after ${today}`);
        const check = validateWooRequest(request);
        assert.ok(check.ok, `${request.id}: ${JSON.stringify(check.ok ? '' : check.errors[0])}`);
      }
      assert.ok(samplePublications(sample).every((p) => (p.creationDate ?? '') <= today));
    }
  }
});

test(
  'sample publications read like a municipality’s: descriptions that say something, a mix of kinds, the same ' +
    'for the same seed',
  async () => {
    const { validatePublication } = await import('@woo-kit/core');
    const sample = {
      publisherUri: DEMO_PUBLISHER.uri,
      publisherName: DEMO_PUBLISHER.name,
      today: '2026-12-06',
      baseUrl: 'https://www.voorbeeld.nl/',
      seed: 42,
    };
    const publications = samplePublications(sample);
    assert.deepEqual(samplePublications(sample), publications, 'the same seed gives the same data');
    assert.ok(publications.length >= 40, `${publications.length} publications`);
    for (const p of publications) {
      const check = validatePublication(p);
      assert.ok(check.ok, `${p.id}: ${JSON.stringify(check.ok ? '' : check.errors[0])}`);
      const description = p.description ?? '';
      assert.ok(!description.includes(p.officialTitle), `${p.id}: the description repeats the title`);
      assert.ok(!/Gepubliceerd door/.test(description), `${p.id}: the description only says who published it`);
      assert.ok(
        description.length >= 40 && /[.!?)]$/.test(description),
        `${p.id}: "${description}" is not a sentence that says something`,
      );
      assert.ok((p.creationDate ?? '') < sample.today, `${p.id}: created ${p.creationDate}`);
    }
    assert.equal(new Set(publications.map((p) => p.id)).size, publications.length, 'ids are unique');
    const categories = new Set(publications.flatMap((p) => p.informationCategories));
    const types = new Set(publications.map((p) => p.documentType).filter(Boolean));
    assert.ok(categories.size >= 12, `${categories.size} categories`);
    assert.ok(types.size >= 12, `${types.size} document types`);
    // Lists of decisions and Woo decisions are what a municipality publishes most; an annual report once.
    const count = (type: string) => publications.filter((p) => p.documentType === type).length;
    assert.ok(count('c_d4a4792f') > count('c_3d782f30') && count('c_4f50ca9c') > count('c_386e74cb'));
    // Newest first, as a publication list shows them.
    assert.deepEqual(
      publications.map((p) => p.creationDate),
      publications
        .map((p) => p.creationDate)
        .sort()
        .reverse(),
    );
  },
);
