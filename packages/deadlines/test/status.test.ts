import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deadlineStatus, timelinessStatistics, todayInAmsterdam } from '../src/index.js';

test('status: within term, with days left in calendar and working days', () => {
  const s = deadlineStatus({ receivedOn: '2025-03-03' }, '2025-03-24'); // deadline Mon 31 March
  assert.equal(s.stage, 'within-term');
  assert.equal(s.deadline, '2025-03-31');
  assert.equal(s.daysLeft, 7);
  assert.equal(s.workingDaysLeft, 5);
  assert.equal(s.daysLate, 0);
  assert.equal(s.steps.at(-1)!.rule, 'Woo 4.4');
});

test('status: suspended during a counted suspension', () => {
  const input = {
    receivedOn: '2025-03-03',
    suspensions: [{ kind: 'zienswijze', notifiedOn: '2025-03-10', endedOn: '2025-03-20' }],
  };
  assert.equal(deadlineStatus(input, '2025-03-15').stage, 'suspended');
  assert.equal(deadlineStatus(input, '2025-03-10').stage, 'within-term'); // the notice day itself still runs
  assert.equal(deadlineStatus(input, '2025-03-21').stage, 'within-term');
});

test('status: postponed, late, and working days late over Easter', () => {
  const input = { receivedOn: '2025-03-03', postponedOn: '2025-03-28' }; // first term 31 March, deadline 14 April
  assert.equal(deadlineStatus(input, '2025-04-01').stage, 'postponed');
  const late = deadlineStatus(input, '2025-04-22');
  assert.equal(late.stage, 'late');
  assert.equal(late.daysLate, 8);
  assert.equal(late.workingDaysLate, 4); // 15, 16, 17 and 22 April (18 Good Friday, 21 Easter Monday)
  assert.match(late.steps.at(-1)!.explanation.nl, /te laat/);
});

test('status: decided on time and decided late', () => {
  const onTime = deadlineStatus({ receivedOn: '2025-03-03', decidedOn: '2025-03-31' }, '2025-06-01');
  assert.equal(onTime.stage, 'decided-on-time');
  assert.equal(onTime.daysLate, 0);
  const late = deadlineStatus({ receivedOn: '2025-03-03', decidedOn: '2025-04-02' }, '2025-06-01');
  assert.equal(late.stage, 'decided-late');
  assert.equal(late.daysLate, 2);
  assert.equal(late.workingDaysLate, 2);
  // A decision after `today` is not known yet on `today`.
  assert.equal(
    deadlineStatus({ receivedOn: '2025-03-03', decidedOn: '2025-04-02' }, '2025-03-10').stage,
    'within-term',
  );
  assert.throws(() => deadlineStatus({ receivedOn: '2025-03-03' }, '2025-02-30'), { code: 'invalid-date' });
});

test('statistics: shares, median and mean, postponements, suspensions, per month; open and late counts as late', () => {
  const records = [
    { receivedOn: '2025-01-06', decidedOn: '2025-01-20' }, // 14 days, all on time
    { receivedOn: '2025-01-13', decidedOn: '2025-02-20', postponedOn: '2025-02-01' }, // 38 days; legal deadline 24 Feb
    // 70 days: late, but within the agreed term
    { receivedOn: '2025-01-20', decidedOn: '2025-03-31', agreedDeadline: '2025-04-01' },
    {
      receivedOn: '2025-02-03',
      suspensions: [{ kind: 'aanvulling', notifiedOn: '2025-02-05', endedOn: '2025-02-10' }],
    }, // open, deadline 7 March: late on 1 April
    { receivedOn: '2025-03-25' }, // open, deadline 22 April: still running
  ];
  const s = timelinessStatistics(records, { today: '2025-04-01' });
  assert.equal(s.requests, 5);
  assert.equal(s.decided, 3);
  assert.equal(s.open, 2);
  assert.equal(s.openLate, 1);
  assert.equal(s.late, 2);
  assert.deepEqual(s.withinFourWeeks, { count: 1, of: 4, share: 0.25 });
  assert.deepEqual(s.withinLegalDeadline, { count: 2, of: 4, share: 0.5 });
  assert.deepEqual(s.withinAgreedTerm, { count: 3, of: 4, share: 0.75 });
  assert.equal(s.medianDaysToDecision, 38);
  assert.equal(s.meanDaysToDecision, (14 + 38 + 70) / 3);
  assert.equal(s.postponed, 1);
  assert.equal(s.suspended, 1);
  assert.equal(s.suspendedDays, 4);
  assert.equal(s.agreed, 1);
  assert.deepEqual(
    s.perMonth.map((m) => [m.month, m.requests, m.withinLegalDeadline.share]),
    [
      ['2025-01', 3, 2 / 3],
      ['2025-02', 1, 0],
      ['2025-03', 1, null],
    ],
  );
  assert.ok(s.steps.length >= 1);
  assert.equal(JSON.parse(JSON.stringify(s)).withinFourWeeks.share, 0.25);
});

test('statistics: empty input and bad records', () => {
  const empty = timelinessStatistics([], { today: '2025-04-01' });
  assert.equal(empty.requests, 0);
  assert.equal(empty.medianDaysToDecision, null);
  assert.equal(empty.withinLegalDeadline.share, null);
  assert.throws(
    () => timelinessStatistics([{ receivedOn: '2025-01-01' }, { receivedOn: '2025-02-30' }], { today: '2025-04-01' }),
    {
      code: 'invalid-date',
      path: '/1/receivedOn',
    },
  );
  assert.match(todayInAmsterdam(), /^\d{4}-\d{2}-\d{2}$/);
});
