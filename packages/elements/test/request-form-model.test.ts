// The request form's pure parts, in Node: the checks of each step, the check of a whole draft before
// it is sent, and reading the server's receipt. The browser tests (woo-request-form.test.ts) cover
// what a person sees and does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, checkRequest } from '../src/components/woo-request-form/check.js';
import { emptyDraft, type RequestDraft } from '../src/components/woo-request-form/draft.js';
import { deadlineFrom, receiptFrom } from '../src/components/woo-request-form/submission.js';

const draft = (change: Partial<RequestDraft> = {}): RequestDraft => ({ ...emptyDraft(), ...change });
const fields = (errors: { field: string }[]) => errors.map((e) => e.field);
const complete = draft({
  want: 'documents',
  subject: 'Alle verslagen van het overleg over de fietsbrug',
  reply: 'email',
  email: 'iemand@voorbeeld.nl',
  consent: true,
});

test('triage: a choice between an answer and documents is needed', () => {
  assert.deepEqual(fields(check('triage', draft())), ['want']);
  assert.deepEqual(check('triage', draft({ want: 'answer' })), []);
  assert.equal(check('triage', draft())[0]?.message, 'Kies of u een antwoord op een vraag zoekt of informatie.');
});

test('question: the subject is needed and must say a little; the period is optional but must be a period', () => {
  assert.deepEqual(fields(check('question', draft())), ['subject']);
  const short = check('question', draft({ subject: '  kort  ' }));
  assert.equal(short[0]?.message, 'Schrijf iets meer over de informatie die u zoekt.');
  const subject = 'Verslagen van de raadscommissie';
  assert.deepEqual(check('question', draft({ subject })), []);
  const periodFrom = { day: '1', month: '5', year: '2024' };
  const periodTo = { day: '1', month: '3', year: '2024' };
  assert.deepEqual(fields(check('question', draft({ subject, periodFrom, periodTo }))), ['period-to']);
  assert.deepEqual(fields(check('question', draft({ subject, periodFrom: { day: '31', month: '2', year: '2024' } }))), [
    'period-from',
  ]);
  assert.deepEqual(check('question', draft({ subject, periodFrom: periodTo, periodTo: periodFrom })), []);
});

test('contact: how to reply, an e-mail address or postal address that fits, and consent', () => {
  assert.deepEqual(fields(check('contact', draft())), ['reply', 'consent']);
  assert.deepEqual(fields(check('contact', draft({ reply: 'email', consent: true }))), ['email']);
  assert.deepEqual(fields(check('contact', draft({ reply: 'none', email: 'geen-adres', consent: true }))), ['email']);
  assert.deepEqual(fields(check('contact', draft({ reply: 'post', postalCode: '12345', consent: true }))), [
    'street',
    'postal-code',
    'city',
  ]);
  const post = {
    reply: 'post',
    street: 'Dorpsstraat',
    postalCode: ' 1234ab ',
    city: 'Voorbeeld',
    consent: true,
  } as const;
  assert.deepEqual(check('contact', draft(post)), []);
  assert.deepEqual(check('check', draft()), [], 'the last step has no fields of its own');
});

test('checkRequest: the first step with an error, else the validated request', async () => {
  const missing = await checkRequest(draft({ want: 'documents' }), '2025-03-28', 'nl');
  assert.equal(missing.ok, false);
  if (!missing.ok) {
    assert.equal(missing.step, 'question');
    assert.deepEqual(fields(missing.errors), ['subject']);
  }
  const checked = await checkRequest(complete, '2025-03-28', 'nl');
  assert.equal(checked.ok, true);
  if (checked.ok) {
    assert.equal(checked.request.receivedOn, '2025-03-28');
    assert.equal(checked.request.channel, 'webForm');
    assert.equal(checked.request.requester?.email, 'iemand@voorbeeld.nl');
  }
});

test('checkRequest: what only the core validator finds goes to its field and step, with its text', async () => {
  // The form's own checks pass these; the schema of a Woo request does not (phone pattern, subject length).
  const phone = await checkRequest({ ...complete, phone: 'bel me maar' }, '2025-03-28', 'nl');
  assert.deepEqual(phone, {
    ok: false,
    step: 'contact',
    errors: [
      {
        field: 'phone',
        message: 'Dit is geen geldig telefoonnummer. Gebruik alleen cijfers, spaties en eventueel een + vooraan.',
      },
    ],
  });
  const long = await checkRequest({ ...complete, subject: 'x'.repeat(20_001) }, '2025-03-28', 'en');
  assert.deepEqual(long, {
    ok: false,
    step: 'question',
    errors: [{ field: 'subject', message: 'This text is too long. Use at most 20000 characters.' }],
  });
});

test('receiptFrom: the server reference, else the id, else the request; only a safe status link', async () => {
  const request = await checkRequest(complete, '2025-03-28', 'nl');
  assert.ok(request.ok);
  if (!request.ok) return;
  assert.deepEqual(receiptFrom({ reference: 'WOO-1', receivedOn: '2025-03-31' }, request.request), {
    reference: 'WOO-1',
    receivedOn: '2025-03-31',
  });
  assert.equal(receiptFrom({ reference: '', id: 'WOO-2' }, request.request).reference, 'WOO-2');
  assert.deepEqual(receiptFrom(null, request.request), { reference: request.request.id, receivedOn: '2025-03-28' });
  assert.equal(receiptFrom({ statusUrl: 'javascript:alert(1)' }, request.request).statusUrl, undefined);
  assert.equal(receiptFrom({ receivedOn: 20250328 }, request.request).receivedOn, '2025-03-28');
  assert.equal(
    receiptFrom({ statusUrl: 'https://gemeente.example/woo-status#t=abc' }, request.request).statusUrl,
    'https://gemeente.example/woo-status#t=abc',
  );
});

test('deadlineFrom: the legal term (Woo 4.4 lid 1), or undefined for a day the engine cannot use', () => {
  assert.equal(deadlineFrom('2025-03-28')?.deadline, '2025-04-25');
  assert.equal(deadlineFrom('not a date'), undefined);
});
