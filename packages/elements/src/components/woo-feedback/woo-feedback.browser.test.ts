import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../../test/support/commands.js';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooFeedback } from './woo-feedback.js';
import type { WooFeedbackSentEvent } from '../../events/woo-feedback-sent.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const $ = <T extends Element = HTMLElement>(el: WooFeedback, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const active = (el: WooFeedback) => el.shadowRoot!.activeElement as HTMLElement | null;

interface Call {
  url: string;
  init: RequestInit;
}

/** Replaces fetch: every call is recorded; `answers` are the statuses to answer, in turn (then 201). */
function stubFetch(answers: (number | 'network')[] = []): { calls: Call[]; restore: () => void } {
  const original = window.fetch;
  const calls: Call[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const status = answers.shift() ?? 201;
    if (status === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ stored: status < 300 }), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { calls, restore: () => (window.fetch = original) };
}

let n = 0;
async function feedback(attributes = '') {
  sessionStorage.clear();
  const subject = `pub-${++n}`;
  const el = await fixture<WooFeedback>(
    attributes === 'request'
      ? html`<woo-feedback page-kind="request-status" subject="WOO-2025-0042"></woo-feedback>`
      : html`<woo-feedback page-kind="decision" subject=${subject} outcome="refused" days-to-decision="40"
        contact-url="/contact"></woo-feedback>`,
  );
  return el;
}

async function type(el: WooFeedback, text: string) {
  const area = $<HTMLTextAreaElement>(el, '#text');
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('woo-feedback', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    await l10n.setLocale('nl');
  });

  it('is accessible: empty, with errors, and after sending', async () => {
    stub = stubFetch();
    const el = await feedback();
    await assertAccessible(el);
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    await assertAccessible(el);
    $(el, '#answer').click();
    $(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#thanks'), 'the thank-you shows');
    await assertAccessible(el);
  });

  it('without a choice: an error summary that gets focus and links to the radios; nothing is sent', async () => {
    stub = stubFetch();
    const el = await feedback();
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'the summary gets focus');
    expect($(el, '.error-summary a').getAttribute('href')).to.equal('#answer');
    expect($(el, '.error-summary a').textContent).to.equal('Kies ja, deels of nee.');
    expect($(el, '#answer-error').textContent).to.contain('Invoerfout:').and.contain('Kies ja, deels of nee.');
    $(el, '.error-summary a').click();
    expect(active(el)).to.equal($(el, '#answer'));
    expect(stub.calls.length).to.equal(0);
  });

  it(
    'sends where, the answer, the text and the language, ' + 'without cookies; says thanks and moves focus there',
    async () => {
      stub = stubFetch();
      const el = await feedback();
      $(el, '#answer-partly').click();
      await type(el, 'Ik zocht de bijlagen van het besluit');
      const sent = oneEvent(el, 'woo-feedback-sent') as Promise<WooFeedbackSentEvent>;
      $(el, 'button[type=submit]').click();
      expect((await sent).answer).to.equal('partly');
      expect(stub.calls.length).to.equal(1);
      const call = stub.calls[0]!;
      expect(call.url).to.match(/\/api\/feedback$/);
      expect(call.init.credentials).to.equal('omit');
      expect(JSON.parse(String(call.init.body))).to.deep.equal({
        answer: 'partly',
        pageKind: 'decision',
        subject: el.subject,
        text: 'Ik zocht de bijlagen van het besluit',
        language: 'nl',
        outcome: 'refused',
        daysToDecision: 40,
      });
      await el.updateComplete;
      expect(active(el)?.id).to.equal('thanks');
      expect($(el, '.contact a').getAttribute('href')).to.match(/^http:\/\/[^/]+\/contact$/);
    },
  );

  it('never sends a request reference as the subject', async () => {
    stub = stubFetch();
    const el = await feedback('request');
    $(el, '#answer-no').click();
    $(el, 'button[type=submit]').click();
    await waitUntil(() => stub!.calls.length === 1);
    const body = JSON.parse(String(stub.calls[0]!.init.body)) as Record<string, unknown>;
    expect(body['subject']).to.equal(undefined);
    expect(JSON.stringify(body)).not.to.contain('WOO-2025');
  });

  it('a failed send keeps the answer and the text, says so, and the next try works', async () => {
    stub = stubFetch(['network', 429]);
    const el = await feedback();
    $(el, '#answer-no').click();
    await type(el, 'De notulen van maart');
    $(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#send-error'), 'the failure shows');
    expect($(el, '#send-error').textContent).to.contain('Uw tekst staat er nog');
    expect(active(el)?.id).to.equal('send-error');
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('De notulen van maart');
    expect($<HTMLInputElement>(el, '#answer-no').checked).to.equal(true);
    $(el, 'button[type=submit]').click();
    await waitUntil(() => stub!.calls.length === 2 && el.shadowRoot!.querySelector('#send-error'));
    expect($(el, '#send-error').textContent).to.contain('Wacht een minuut');
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('De notulen van maart');
    $(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#thanks'), 'the third try is stored');
  });

  it('a reload keeps the draft (session storage); sending clears it', async () => {
    stub = stubFetch();
    const el = await feedback();
    $(el, '#answer').click();
    await type(el, 'Bewaard');
    el.remove();
    const again = document.createElement('woo-feedback');
    again.setAttribute('page-kind', 'decision');
    again.setAttribute('subject', el.subject);
    document.body.append(again);
    await again.updateComplete;
    expect($<HTMLTextAreaElement>(again, '#text').value).to.equal('Bewaard');
    expect($<HTMLInputElement>(again, '#answer').checked).to.equal(true);
    $(again, 'button[type=submit]').click();
    await waitUntil(() => again.shadowRoot!.querySelector('#thanks'));
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('woo-kit:feedback:'))).to.deep.equal([]);
    again.remove();
  });

  it('counts the characters left; more than 500 is an error and nothing is sent', async () => {
    stub = stubFetch();
    const el = await feedback();
    expect($(el, '.counter').textContent).to.equal('Tekens over: 500');
    $(el, '#answer-no').click();
    await type(el, 'x'.repeat(498) + '😀😀😀');
    expect($(el, '.counter').textContent).to.equal('Tekens te veel: 1');
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect($(el, '.error-summary a').getAttribute('href')).to.equal('#text');
    expect(stub.calls.length).to.equal(0);
  });

  it('shows the note not to type personal details, tied to the text field', async () => {
    const el = await feedback();
    const area = $(el, '#text');
    const hint = $(el, `#${area.getAttribute('aria-describedby')!.split(' ')[0]}`);
    expect(hint.textContent).to.contain('Typ geen persoonlijke gegevens');
  });

  it('links to the openness centre’s <woo-contact> on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><woo-contact id="contact-centre" name="Openbaarheidscentrum"></woo-contact><woo-feedback></woo-feedback
        ></div>`,
    );
    const el = wrapper.querySelector('woo-feedback')!;
    await el.updateComplete;
    expect($(el, '.contact a').getAttribute('href')).to.equal('#contact-centre');
  });

  it('works by keyboard: choose with the arrow keys, type, send with Enter', async () => {
    stub = stubFetch();
    const el = await feedback();
    for (let i = 0; i < 10 && active(el) !== $(el, '#answer'); i++) await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, '#answer'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#answer-partly').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, '#text'));
    await sendKeys({ type: 'Bouwtekeningen' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, 'button[type=submit]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('#thanks'), 'sent');
    expect(JSON.parse(String(stub.calls[0]!.init.body)).text).to.equal('Bouwtekeningen');
  });

  it('hides the no-JavaScript fallback form once it runs', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><woo-feedback><form method="post" action="/api/feedback"><button>Versturen</button></form></woo-feedback
        ></div>`,
    );
    const fallback = wrapper.querySelector('form')!;
    expect(fallback.getClientRects().length).to.equal(0);
  });

  it('speaks the page language', async () => {
    await l10n.setLocale('en');
    const el = await feedback();
    expect($(el, '#question').textContent).to.equal('Did this answer your question?');
    expect($(el, '.counter').textContent).to.equal('Characters left: 500');
  });
});
