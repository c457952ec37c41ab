import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../../test/support/commands.js';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooDecisionElement } from './woo-decision.js';
import { storyDecision } from './woo-decision.stories.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const fixtures = '/packages/elements/test/fixtures';
const text = (el: WooDecisionElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const rows = (el: WooDecisionElement) => [...el.shadowRoot!.querySelectorAll('tbody tr')];

async function make(pageSize = 10): Promise<WooDecisionElement> {
  return fixture<WooDecisionElement>(html`<woo-decision .decision=${storyDecision}
    document-href="/woo/{matter}/{id}.pdf" page-size=${pageSize}
      ></woo-decision>`);
}

describe('woo-decision', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible', async () => {
    await assertAccessible(await make());
  });

  it('reads in order: the answer, the counts, the grounds, the documents, what you can do', async () => {
    const el = await make();
    const t = text(el);
    const order = [
      'U krijgt de meeste documenten',
      'Wat krijgt u?',
      'Waarom blijft sommige informatie dicht?',
      'De documenten',
      'Wat kunt u nu doen?',
    ];
    const positions = order.map((s) => t.indexOf(s));
    expect(positions.every((p) => p >= 0)).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    // Counts of the 60 documents: 20 public, 20 partly public, 10 not public, 10 already public.
    const counts = [...el.shadowRoot!.querySelectorAll('.count')].map(
      (c) => `${c.querySelector('dt')!.textContent} ${c.querySelector('dd')!.textContent}`,
    );
    expect(counts).to.deep.equal([
      'Openbaar 20',
      'Deels openbaar 20',
      'Niet openbaar 10',
      'Was al openbaar 10',
      'Documenten in totaal 60',
    ]);
  });

  it('explains each ground: article, what it protects, absolute or weighed, the weighing, the count', async () => {
    const el = await make();
    const grounds = [...el.shadowRoot!.querySelectorAll('.ground')].map((g) => g.textContent!.replace(/\s+/g, ' '));
    expect(grounds.map((g) => /Artikel (\S+) Woo/.exec(g)?.[1])).to.deep.equal(['5.1.1c', '5.1.2e', '5.1.2f', '5.2']);
    expect(grounds[0]).to.contain('Absolute grond');
    expect(grounds[0]).to.contain('Geldt voor 10 documenten.');
    expect(grounds[1]).to.contain('De privacy van mensen');
    expect(grounds[1]).to.contain('afgewogen tegen het belang van openbaarheid');
    expect(grounds[1]).to.contain('Hun namen voegen niets toe');
  });

  it(
    'the table: pages, search, filters, links only to ' + 'released documents, attachments under their e-mail',
    async () => {
      const el = await make();
      expect(rows(el).length).to.equal(10);
      expect(text(el)).to.contain('Gevonden: 60 van 60 documenten. Pagina 1 van 6.');
      const search = el.shadowRoot!.getElementById('search') as HTMLInputElement;
      search.value = 'offerte';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(text(el)).to.contain('Gevonden: 10 van 60 documenten.');
      expect(rows(el).every((r) => r.textContent!.includes('Offerte'))).to.equal(true);
      // Withheld in full: no link.
      expect(rows(el).some((r) => r.querySelector('a'))).to.equal(false);
      search.value = '';
      search.dispatchEvent(new Event('input'));
      const assessment = el.shadowRoot!.getElementById('assessment') as HTMLSelectElement;
      assessment.value = 'public';
      assessment.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(el)).to.contain('Gevonden: 20 van 60 documenten.');
      const link = rows(el)
        .map((r) => r.querySelector('a'))
        .find((a) => a)!;
      expect(link.getAttribute('href')).to.match(/\/woo\/WOO-2025-0042\/\d+\.pdf$/);
      assessment.value = '';
      assessment.dispatchEvent(new Event('change'));
      const sort = el.shadowRoot!.getElementById('sort') as HTMLSelectElement;
      sort.value = 'id';
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(rows(el)[0]!.textContent).to.contain('nr. 1001');
      const attachment = el.shadowRoot!.querySelector('tr.attachment')!;
      expect(attachment.textContent).to.contain('Bijlage:');
      expect(attachment.previousElementSibling!.textContent).to.contain('RE: planning bewonersavond');
    },
  );

  it('"show these documents" filters on the ground and moves focus to the result', async () => {
    const el = await make();
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.ground button')].find((b) =>
      b.textContent!.includes('5.1.2f'),
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el)).to.contain('Gevonden: 10 van 60 documenten.');
    expect(el.shadowRoot!.activeElement!.id).to.equal('documents-status');
  });

  it('pages with the keyboard', async () => {
    const el = await make();
    const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.page')].find((b) =>
      b.textContent!.includes('Volgende'),
    )!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el)).to.contain('Pagina 2 van 6.');
    expect(el.shadowRoot!.querySelector('[aria-current=page]')!.textContent).to.contain('2');
  });

  it('computes the last day to object (Awb 6:7) and shows the contact', async () => {
    const el = await make();
    // Decided Wednesday 30 April 2025: six weeks later is Wednesday 11 June 2025.
    expect(text(el)).to.contain('uiterlijk woensdag 11 juni 2025 binnen zijn');
    expect(el.shadowRoot!.querySelector('a[href="mailto:woo@example.org"]')).to.not.equal(null);
  });

  it('renders text from the data as text', async () => {
    const hostile = {
      ...storyDecision,
      summary: '<img src=x onerror=alert(1)>',
      inventory: [{ ...storyDecision.inventory[0]!, name: '<script>x</script>' }],
    };
    const el = await fixture<WooDecisionElement>(html`<woo-decision .decision=${hostile}></woo-decision>`);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(text(el)).to.contain('<script>x</script>');
  });

  it('loads from a JSON URL, and says clearly when it cannot', async () => {
    const el = await fixture<WooDecisionElement>(html`<woo-decision src="${fixtures}/decision.json"></woo-decision>`);
    await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the decision loads');
    expect(text(el)).to.contain('1 regels van de inventarislijst kloppen niet.');
    const missing = await fixture<WooDecisionElement>(html`<woo-decision src="${fixtures}/nope.json"></woo-decision>`);
    await waitUntil(() => missing.shadowRoot!.querySelector('[role=alert]'), 'an error shows');
    expect(text(missing)).to.contain('Wij kunnen dit besluit niet vinden.');
  });

  it('speaks English, ground explanations included', async () => {
    await l10n.setLocale('en');
    const el = await make();
    expect(text(el)).to.contain('Why does some information stay closed?');
    expect(text(el)).to.contain("People's privacy");
  });
});
