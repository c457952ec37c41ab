import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  InvalidDateError,
  LifecycleError,
  allowedEvents,
  applyEvent,
  exampleWooRequest,
  lifecycleErrors,
  lifecycleState,
  lifecycleStateLabels,
  lifecycleStates,
  lifecycleStatus,
  startLifecycle,
  wooRequestEventTypes,
  type LifecycleStatus,
  type WooRequest,
  type WooRequestEvent,
  type WooRequestEventType,
} from '../src/index.js';

const base: WooRequest = {
  id: 'W-7',
  receivedOn: '2025-03-03',
  channel: 'email',
  subject: 'Raadsstukken over de nieuwe brug',
};

function eventOf(type: WooRequestEventType, on: string): WooRequestEvent {
  switch (type) {
    case 'decided':
      return { type, on, outcome: 'partlyDisclosed', grounds: ['5.1.2e'] };
    case 'forwarded':
      return { type, on, to: { name: 'provincie Utrecht' } };
    default:
      return { type, on };
  }
}

test('the example request walks through to released', () => {
  assert.equal(lifecycleState(exampleWooRequest), 'released');
  const status = lifecycleStatus(exampleWooRequest);
  assert.equal(status.postponed, true);
  assert.equal(status.outcome, 'partlyDisclosed');
  assert.equal(status.eventCount, 5);
  assert.equal(status.lastEventOn, '2025-04-29');
});

test('applyEvent on a request returns a new request and leaves the old one alone', () => {
  const asked = applyEvent(base, { type: 'clarificationAsked', on: '2025-03-05', answerBy: '2025-03-19' });
  assert.equal(lifecycleState(asked), 'clarificationPending');
  assert.equal(base.events, undefined);
  const answered = applyEvent(asked, { type: 'clarificationAnswered', on: '2025-03-10' });
  assert.equal(lifecycleState(answered), 'received');
  assert.equal(answered.events?.length, 2);
});

test('a suspension or clarification resumes in the postponed state when the term was postponed', () => {
  let s: LifecycleStatus = startLifecycle('2025-03-03');
  s = applyEvent(s, { type: 'postponed', on: '2025-03-28' });
  assert.equal(s.state, 'postponed');
  s = applyEvent(s, { type: 'zienswijzeAsked', on: '2025-03-29' });
  assert.equal(s.state, 'suspended');
  s = applyEvent(s, { type: 'zienswijzeReceived', on: '2025-04-05', lapsed: true });
  assert.equal(s.state, 'postponed');
  s = applyEvent(s, { type: 'decided', on: '2025-04-10', outcome: 'refused', grounds: ['5.1.1c'] });
  assert.equal(s.state, 'decided');
  assert.deepEqual(allowedEvents(s), []); // a refusal releases nothing
});

test('forwarding ends the request here, unless only part is forwarded (Woo 4.2)', () => {
  const start = startLifecycle('2025-03-03');
  assert.equal(
    applyEvent(start, { type: 'forwarded', on: '2025-03-04', to: { name: 'gemeente Ede' } }).state,
    'forwarded',
  );
  assert.equal(
    applyEvent(start, { type: 'forwarded', on: '2025-03-04', to: { name: 'gemeente Ede' }, partial: true }).state,
    'received',
  );
});

test('impossible transitions throw LifecycleError invalid-transition with Dutch and English text', () => {
  const decided = applyEvent(startLifecycle('2025-03-03'), { type: 'decided', on: '2025-03-20', outcome: 'disclosed' });
  assert.throws(
    () => applyEvent(decided, { type: 'postponed', on: '2025-03-21' }),
    (e: unknown) => {
      assert.ok(e instanceof LifecycleError);
      assert.equal(e.code, 'invalid-transition');
      assert.equal(e.state, 'decided');
      assert.equal(e.eventType, 'postponed');
      assert.match(e.messages.nl, /verdaagd/);
      assert.match(e.messages.en, /postponed/);
      return true;
    },
  );
  const postponed = applyEvent(startLifecycle('2025-03-03'), { type: 'postponed', on: '2025-03-21' });
  assert.throws(
    () => applyEvent(postponed, { type: 'postponed', on: '2025-03-22' }),
    (e: unknown) => {
      assert.ok(e instanceof LifecycleError && e.code === 'invalid-transition');
      assert.match(e.messages.nl, /Woo 4\.4 lid 2/);
      return true;
    },
  );
  assert.throws(() => applyEvent(base, { type: 'released', on: '2025-03-04' }), {
    code: 'invalid-transition',
    path: '/events/0',
  });
  assert.throws(() => applyEvent(base, { type: 'zienswijzeReceived', on: '2025-03-04' }), {
    code: 'invalid-transition',
  });
  assert.throws(() => applyEvent(base, { type: 'teleported', on: '2025-03-04' } as unknown as WooRequestEvent), {
    code: 'invalid-transition',
  });
});

test('events before receipt or before the previous event are typed errors', () => {
  assert.throws(
    () => applyEvent(base, { type: 'postponed', on: '2025-03-02' }),
    (e: unknown) => {
      assert.ok(e instanceof LifecycleError);
      assert.equal(e.code, 'event-before-receipt');
      assert.equal(e.path, '/events/0/on');
      return true;
    },
  );
  const later = applyEvent(base, { type: 'postponed', on: '2025-03-20' });
  assert.throws(() => applyEvent(later, { type: 'decided', on: '2025-03-19', outcome: 'notHeld' }), {
    code: 'event-out-of-order',
  });
  // The same day is fine.
  assert.equal(lifecycleState(applyEvent(later, { type: 'decided', on: '2025-03-20', outcome: 'notHeld' })), 'decided');
  assert.throws(() => applyEvent(base, { type: 'postponed', on: '2025-02-30' }), InvalidDateError);
  assert.throws(() => startLifecycle('2025-02-30'), { code: 'invalid-date' });
});

test('lifecycleErrors reports every date problem and the first impossible transition, without throwing', () => {
  const errors = lifecycleErrors({
    ...base,
    events: [
      { type: 'released', on: '2025-03-04' },
      { type: 'postponed', on: '2025-03-01' },
      { type: 'withdrawn', on: '2025-03-05' },
      { type: 'decided', on: '2025-03-04', outcome: 'disclosed' },
    ],
  });
  assert.deepEqual(
    errors.map((e) => `${e.path} ${e.code}`),
    ['/events/0 invalid-transition', '/events/1/on event-before-receipt', '/events/3/on event-out-of-order'],
  );
  assert.deepEqual(lifecycleErrors(exampleWooRequest), []);
});

test('allowedEvents by state and by status', () => {
  assert.deepEqual(allowedEvents('received'), [
    'clarificationAsked',
    'zienswijzeAsked',
    'postponed',
    'forwarded',
    'decided',
    'withdrawn',
  ]);
  assert.deepEqual(allowedEvents('postponed'), [
    'clarificationAsked',
    'zienswijzeAsked',
    'forwarded',
    'decided',
    'withdrawn',
  ]);
  assert.deepEqual(allowedEvents('decided'), ['released']);
  for (const final of ['released', 'withdrawn', 'forwarded'] as const) assert.deepEqual(allowedEvents(final), []);
  for (const state of lifecycleStates) assert.ok(lifecycleStateLabels[state].nl && lifecycleStateLabels[state].en);
});

test('property: an event is accepted exactly when allowedEvents lists it', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom(...wooRequestEventTypes), fc.integer({ min: 0, max: 5 })), { maxLength: 12 }),
      (steps) => {
        let status = startLifecycle('2025-01-06');
        let day = 6;
        for (const [type, gap] of steps) {
          day += gap;
          const on = `2025-01-${String(Math.min(day, 31)).padStart(2, '0')}`;
          const allowed = allowedEvents(status).includes(type);
          try {
            const nextStatus = applyEvent(status, eventOf(type, on));
            assert.ok(allowed, `${type} was accepted in ${status.state} but allowedEvents does not list it`);
            assert.ok(Object.isFrozen(nextStatus));
            status = nextStatus;
          } catch (error) {
            assert.ok(error instanceof LifecycleError, 'only LifecycleError is thrown');
            assert.equal(error.code, 'invalid-transition');
            assert.ok(!allowed, `${type} was refused in ${status.state} but allowedEvents lists it`);
          }
        }
      },
    ),
    { numRuns: 1000 },
  );
});
