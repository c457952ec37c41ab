import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../components/woo-request-form/define.js';
import type { WooRequestForm } from '../components/woo-request-form/woo-request-form.js';

const $ = <T extends Element = HTMLElement>(el: WooRequestForm, s: string) => el.shadowRoot!.querySelector<T>(s)!;

function stubReports(): { choices: unknown[]; restore: () => void } {
  const original = window.fetch;
  const choices: unknown[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (!String(input).includes('/api/request-choices')) return original(input, init);
    expect(init.credentials).to.equal('omit');
    choices.push(JSON.parse(String(init.body)));
    return new Response('{"counted":true}', { status: 202 });
  };
  return { choices, restore: () => (window.fetch = original) };
}

let n = 0;
async function form(report = true) {
  sessionStorage.clear();
  await fetch('/test-api/reset', { method: 'POST' });
  return fixture<WooRequestForm>(
    report
      ? html`<woo-request-form draft-key=${`choice-${++n}`} action="/test-api/requests" report-choices=""
        ></woo-request-form>`
      : html`<woo-request-form draft-key=${`choice-${++n}`} action="/test-api/requests"></woo-request-form>`,
  );
}

async function next(el: WooRequestForm) {
  $(el, 'button[type=submit]').click();
  await el.updateComplete;
}

describe('request-choice-report (woo-request-form report-choices)', () => {
  let stub: ReturnType<typeof stubReports>;
  beforeEach(() => (stub = stubReports()));
  afterEach(() => stub.restore());

  it('counts the first choice once, and a request still sent after choosing an answer', async () => {
    const el = await form();
    await next(el); // no choice yet: an error, nothing counted
    expect(stub.choices).to.deep.equal([]);
    $(el, '#want').click(); // an answer to a question
    await next(el);
    await waitUntil(() => stub.choices.length === 1);
    expect(stub.choices).to.deep.equal([{ choice: 'answer' }]);
    const subject = $<HTMLTextAreaElement>(el, '#subject');
    subject.value = 'Alle verslagen van het overleg over de fietsbrug';
    subject.dispatchEvent(new Event('input'));
    await next(el);
    $(el, '#reply-none').click();
    await el.updateComplete;
    $(el, '#consent').click();
    await next(el);
    await next(el); // send
    await waitUntil(() => stub.choices.length === 2, 'the request was sent', { timeout: 5000 });
    expect(stub.choices[1]).to.deep.equal({ choice: 'answer-then-request' });
  });

  it('counts documents; going back and choosing again does not count twice; off without the attribute', async () => {
    const el = await form();
    $(el, '#want-documents').click();
    await next(el);
    await waitUntil(() => stub.choices.length === 1);
    $(el, '.button--secondary').click();
    await el.updateComplete;
    $(el, '#want').click();
    await next(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(stub.choices).to.deep.equal([{ choice: 'documents' }]);
    const off = await form(false);
    $(off, '#want-documents').click();
    await next(off);
    await new Promise((r) => setTimeout(r, 100));
    expect(stub.choices.length).to.equal(1);
  });
});
