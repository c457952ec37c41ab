import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../../test/support/commands.js';
import type { Publication } from '@woo-kit/core';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooRequestForm } from './woo-request-form.js';
import type { WooRequestSentEvent, WooRequestSubmitEvent } from '../../events/woo-request-submit.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const $ = <T extends Element = HTMLElement>(el: WooRequestForm, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const active = (el: WooRequestForm) => el.shadowRoot!.activeElement as HTMLElement | null;
const heading = (el: WooRequestForm) => $(el, '.step-heading').textContent!.trim();
let keyCounter = 0;

async function tabTo(el: WooRequestForm, selector: string) {
  for (let i = 0; i < 30 && active(el) !== $(el, selector); i++) await sendKeys({ press: 'Tab' });
  expect(active(el), `focus reaches ${selector}`).to.equal($(el, selector));
}

async function form(extra = '') {
  sessionStorage.clear();
  const key = `test-${++keyCounter}`;
  const el =
    await fixture<WooRequestForm>(html`<woo-request-form draft-key=${key} action=${extra || ''} question-url="/vraag"
      question-phone="14 020"
      ></woo-request-form>`);
  return el;
}

/** Fills every step by clicking (used where the keyboard path is not what is under test). */
async function fillAll(el: WooRequestForm, text = 'Alle verslagen van het overleg over de fietsbrug') {
  $(el, '#want-documents').click();
  $(el, 'button[type=submit]').click();
  await el.updateComplete;
  const subject = $<HTMLTextAreaElement>(el, '#subject');
  subject.value = text;
  subject.dispatchEvent(new Event('input'));
  $(el, 'button[type=submit]').click();
  await el.updateComplete;
  $(el, '#reply-none').click();
  await el.updateComplete;
  $(el, '#consent').click();
  $(el, 'button[type=submit]').click();
  await el.updateComplete;
  expect(heading(el)).to.equal('Controleer uw verzoek');
}

describe('woo-request-form', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible at every step', async () => {
    const el = await form();
    await assertAccessible(el);
    $(el, 'button[type=submit]').click(); // no choice: errors
    await el.updateComplete;
    await assertAccessible(el);
    $(el, '#want').click(); // answer: the contact route shows
    await el.updateComplete;
    await assertAccessible(el);
    el.remove();
    const full = await form();
    await fillAll(full);
    await assertAccessible(full);
  });

  it('can be finished by keyboard alone, with focus on each step heading', async () => {
    await fetch('/test-api/reset', { method: 'POST' });
    const el = await form('/test-api/requests');
    $(el, '#want').focus();
    await sendKeys({ press: 'ArrowDown' }); // radio group: select "documents"
    await tabTo(el, 'button[type=submit]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Welke informatie zoekt u?');
    expect(active(el)).to.equal($(el, '.step-heading'));
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, '#subject'));
    await sendKeys({ type: 'Alle e-mails over de nieuwe fietsbrug in 2024' });
    await tabTo(el, 'button[type=submit]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Hoe wilt u antwoord krijgen?');
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, '#reply'));
    await sendKeys({ press: 'Space' }); // by e-mail
    await el.updateComplete;
    await tabTo(el, '#email');
    await sendKeys({ type: 'iemand@voorbeeld.nl' });
    await tabTo(el, '#consent');
    await sendKeys({ press: 'Space' });
    await tabTo(el, 'button[type=submit]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Controleer uw verzoek');
    expect(el.shadowRoot!.querySelector('.summary-list')!.textContent).to.contain('iemand@voorbeeld.nl');
    await tabTo(el, 'button[type=submit]');
    const sent = oneEvent(el, 'woo-request-sent');
    await sendKeys({ press: 'Enter' });
    const event = (await sent) as unknown as WooRequestSentEvent;
    expect(event.receipt.reference).to.equal('WOO-TEST-1');
    await el.updateComplete;
    expect(heading(el)).to.equal('Wij hebben uw verzoek ontvangen');
    expect(active(el)).to.equal($(el, '.step-heading'));
    expect($(el, '.receipt').textContent).to.contain('WOO-TEST-1');
    expect($(el, 'details').textContent).to.contain('Woo 4.4 lid 1');
  });

  it('puts errors in a focused summary; its links focus the field; the title counts them', async () => {
    document.title = 'Woo-verzoek';
    const el = await form();
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '.error-summary'));
    expect(document.title).to.equal('Fout (1): Woo-verzoek');
    $(el, '.error-summary a').click();
    expect(active(el)).to.equal($(el, '#want'));
    expect($(el, '#want-error').textContent).to.contain('Invoerfout:');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.contain('want-error');
    $(el, '#want-documents').click();
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(document.title).to.equal('Woo-verzoek');
  });

  it('keeps the draft in sessionStorage across a reload, and never in localStorage or the URL', async () => {
    sessionStorage.clear();
    localStorage.clear();
    const first = await fixture<WooRequestForm>(html`<woo-request-form draft-key="reload-test"></woo-request-form>`);
    $(first, '#want-documents').click();
    $(first, 'button[type=submit]').click();
    await first.updateComplete;
    const subject = $<HTMLTextAreaElement>(first, '#subject');
    subject.value = 'Verslagen van de raadscommissie';
    subject.dispatchEvent(new Event('input'));
    const url = location.href;
    first.remove();
    const second = await fixture<WooRequestForm>(html`<woo-request-form draft-key="reload-test"></woo-request-form>`);
    expect(heading(second)).to.equal('Welke informatie zoekt u?');
    expect($<HTMLTextAreaElement>(second, '#subject').value).to.equal('Verslagen van de raadscommissie');
    expect(localStorage.length).to.equal(0);
    expect(location.href).to.equal(url);
  });

  it('keeps every value after a failed send; the retry creates exactly one request', async () => {
    await fetch('/test-api/reset?fail=1', { method: 'POST' });
    const el = await form('/test-api/requests');
    await fillAll(el);
    $(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.send-error'), 'the failure shows');
    expect(active(el)).to.equal($(el, '#send-error'));
    expect(heading(el)).to.equal('Controleer uw verzoek');
    expect($(el, '.summary-list').textContent).to.contain('fietsbrug');
    expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Probeer opnieuw te versturen');
    $(el, 'button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.receipt'), 'the receipt shows');
    const { created, keys } = (await (await fetch('/test-api/requests')).json()) as { created: number; keys: string[] };
    expect(created).to.equal(1);
    expect(keys.length).to.equal(1);
  });

  it('dispatches a cancelable woo-request-submit with the validated request', async () => {
    const el = await form('/test-api/requests');
    await fillAll(el);
    el.addEventListener('woo-request-submit', (e) => e.preventDefault());
    const submitted = oneEvent(el, 'woo-request-submit');
    $(el, 'button[type=submit]').click();
    const event = (await submitted) as unknown as WooRequestSubmitEvent;
    expect(event.request.subject).to.equal('Alle verslagen van het overleg over de fietsbrug');
    expect(event.request.channel).to.equal('webForm');
    expect(event.request.requester).to.equal(undefined); // anonymous
    expect(event.idempotencyKey).to.be.a('string');
  });

  it('shows an issue only the core validator finds at its field, in the page language', async () => {
    const el = await form('/test-api/requests');
    await fillAll(el, `Alle verslagen ${'x'.repeat(20_000)}`); // longer than the schema allows (20000)
    $(el, 'button[type=submit]').click();
    // The last check (core's validator and its texts) loads, finds the issue and goes back to its step.
    await waitUntil(() => heading(el) === 'Welke informatie zoekt u?', 'back on the question step');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Deze tekst is te lang. Gebruik hoogstens 20000 tekens.');
    expect(el.shadowRoot!.querySelector('.receipt')).to.equal(null);
    await assertAccessible(el);
  });

  it('without an action URL it never claims to have received the request', async () => {
    const el = await form();
    await fillAll(el);
    $(el, 'button[type=submit]').click();
    // The last check loads with core's validator before anything is sent (check.ts).
    await waitUntil(() => el.shadowRoot!.querySelector('#send-error'), 'the send error shows');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.receipt')).to.equal(null);
    expect($(el, '#send-error').textContent).to.contain('Uw verzoek is niet verstuurd.');
    expect(active(el)).to.equal($(el, '#send-error'));
    expect($(el, '.summary-list').textContent).to.contain('fietsbrug');
    await assertAccessible(el);
  });

  it('offers the contact route for a question, and matching publications before filing', async () => {
    const el = await form();
    $(el, '#want').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.callout a[href$="/vraag"]')).to.not.equal(null);
    const publications = [
      {
        id: '1',
        url: 'https://voorbeeld.nl/brug',
        officialTitle: 'Verslag overleg fietsbrug Noord',
        informationCategories: ['c_db4862c3'],
        publisher: { name: 'Gemeente Voorbeeld', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999' },
        documentActions: [],
      },
      {
        id: '2',
        url: 'javascript:alert(1)',
        officialTitle: 'Fietsbrug <b>evaluatie</b>',
        informationCategories: ['c_fdaee95e'],
        publisher: { name: 'Gemeente Voorbeeld', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999' },
        documentActions: [],
      },
    ] as unknown as Publication[];
    el.publications = publications;
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    const subject = $<HTMLTextAreaElement>(el, '#subject');
    subject.value = 'verslagen fietsbrug';
    subject.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('.callout a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('https://voorbeeld.nl/brug');
    expect(links.some((href) => href?.startsWith('javascript'))).to.equal(false);
    expect(el.shadowRoot!.querySelector('.callout b')).to.equal(null);
  });

  it('speaks English, works right-to-left, and asks no host but its own', async () => {
    await l10n.setLocale('en');
    document.documentElement.dir = 'rtl';
    try {
      const el = await form('/test-api/requests');
      expect(heading(el)).to.equal('What are you looking for?');
      await fillAll(el).catch(() => undefined);
      await assertAccessible(el);
      const foreign = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).origin !== location.origin);
      expect(foreign.map((entry) => entry.name)).to.deep.equal([]);
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('shows the private status link the server gives with the receipt', async () => {
    const el = await form('/api/requests');
    const original = window.fetch;
    window.fetch = async () =>
      new Response(
        JSON.stringify({
          id: 'WOO-2025-0007',
          receivedOn: '2025-03-28',
          statusUrl: '/woo-status#t=abc&id=WOO-2025-0007',
        }),
        { status: 201, headers: { 'content-type': 'application/json' } },
      );
    try {
      const sent = oneEvent(el, 'woo-request-sent');
      const request = { id: 'x', receivedOn: '2025-03-28', channel: 'webForm', subject: 'Alle verslagen over de brug' };
      await (el as unknown as { post(r: unknown): Promise<void> }).post(request);
      const event = (await sent) as unknown as WooRequestSentEvent;
      expect(event.receipt.statusUrl).to.equal(new URL('/woo-status#t=abc&id=WOO-2025-0007', document.baseURI).href);
      await el.updateComplete;
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.status-link a')!;
      expect(link.getAttribute('href')).to.equal(event.receipt.statusUrl);
      expect(el.shadowRoot!.querySelector('.status-link')!.textContent).to.contain('Deel hem niet met anderen.');
      await assertAccessible(el);
    } finally {
      window.fetch = original;
    }
  });
});
