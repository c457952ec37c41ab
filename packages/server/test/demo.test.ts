// The demo data stays honest: no event after today, every request valid under core's rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateWooRequest } from '@woo-kit/core';
import { DEMO_PUBLISHER, samplePublications, sampleRequests } from '../src/demo/index.js';

test('sample requests never hold an event after today, for any today, and all pass validation', () => {
  for (const today of ['2025-03-28', '2025-12-31', '2026-02-28', '2026-12-06']) {
    for (const seed of [1, 42, 99]) {
      const sample = { publisherUri: DEMO_PUBLISHER.uri, publisherName: DEMO_PUBLISHER.name, today, baseUrl: 'https://www.voorbeeld.nl/', seed };
      const requests = sampleRequests(sample);
      assert.equal(requests.length, 60);
      for (const request of requests) {
        assert.ok(request.receivedOn <= today, `${request.id} received ${request.receivedOn}`);
        for (const event of request.events ?? []) assert.ok(event.on <= today, `${request.id}: ${event.type} on ${event.on} is after ${today}`);
        const check = validateWooRequest(request);
        assert.ok(check.ok, `${request.id}: ${JSON.stringify(check.ok ? '' : check.errors[0])}`);
      }
      assert.ok(samplePublications(sample).every((p) => (p.creationDate ?? '') <= today));
    }
  }
});
