// The deadline calculator's form model, in Node: reading the fields into the engine's input, with an
// error per field, and placing the engine's own errors at the field they are about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline } from '@woo-kit/deadlines';
import { EMPTY_DATE } from '../src/internal/form/date-parts.js';
import { engineError, newSuspension, readForm } from '../src/components/woo-deadline-calculator/read-form.js';

const date = (day: string, month: string, year: string) => ({ day, month, year });
const base = { received: date('28', '3', '2025'), postponed: false, postponedOn: EMPTY_DATE, suspensions: [] };

test('a received date alone gives the engine its input', () => {
  assert.deepEqual(readForm(base), { input: { receivedOn: '2025-03-28', suspensions: [] }, errors: [] });
});

test('every field with a problem gets one error, in the order of the fields', () => {
  const { input, errors } = readForm({
    received: date('30', '2', '2025'),
    postponed: true,
    postponedOn: EMPTY_DATE,
    suspensions: [newSuspension(), { ...newSuspension(), kind: 'overmacht', days: 'veertien' }],
  });
  assert.equal(input, undefined);
  assert.deepEqual(
    errors.map((e) => e.field),
    ['received', 'postponed-on', 'suspension-0-kind', 'suspension-1-days'],
  );
  assert.ok(errors.every((e) => e.message.length > 0));
});

test('suspensions: dated ones (Woo 4.4 lid 3) and ones counted in days', () => {
  const { input } = readForm({
    ...base,
    postponed: true,
    postponedOn: date('20', '4', '2025'),
    suspensions: [
      { kind: 'zienswijze', notified: date('1', '4', '2025'), ended: date('15', '4', '2025'), days: '' },
      { kind: 'instemming', notified: EMPTY_DATE, ended: EMPTY_DATE, days: ' 14 ' },
    ],
  });
  assert.deepEqual(input, {
    receivedOn: '2025-03-28',
    postponedOn: '2025-04-20',
    suspensions: [
      { kind: 'zienswijze', notifiedOn: '2025-04-01', endedOn: '2025-04-15' },
      { kind: 'instemming', days: 14 },
    ],
  });
});

test("the engine's errors go to the field of their path, in Dutch or English", () => {
  const { input } = readForm({
    ...base,
    suspensions: [{ kind: 'aanvulling', notified: date('10', '4', '2025'), ended: date('5', '4', '2025'), days: '' }],
  });
  assert.ok(input);
  let thrown: unknown;
  try {
    computeDeadline(input);
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown, 'the engine rejects an end before its start');
  const nl = engineError(thrown, 'nl');
  assert.equal(nl.field, 'suspension-0-ended');
  assert.notEqual(engineError(thrown, 'en').message, nl.message);
  assert.deepEqual(engineError(new Error('x'), 'nl'), { field: 'received', message: 'Error: x' });
});
