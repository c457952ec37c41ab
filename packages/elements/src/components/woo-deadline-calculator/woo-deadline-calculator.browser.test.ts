import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../../../test/support/commands.js';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooDeadlineCalculator } from './woo-deadline-calculator.js';
import type { WooDeadlineCalculatedEvent } from '../../events/woo-deadline-calculated.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

const $ = <T extends Element = HTMLElement>(el: WooDeadlineCalculator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const active = (el: WooDeadlineCalculator) => el.shadowRoot!.activeElement as HTMLElement | null;

async function typeDate(el: WooDeadlineCalculator, id: string, day: string, month: string, year: string) {
  $(el, `#${id}`).focus();
  await sendKeys({ type: day });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: month });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: year });
}

describe('woo-deadline-calculator', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible, empty and with a result', async () => {
    const el = await fixture<WooDeadlineCalculator>(html`<woo-deadline-calculator></woo-deadline-calculator>`);
    await assertAccessible(el);
    const filled = await fixture<WooDeadlineCalculator>(
      html`<woo-deadline-calculator received-on="2023-03-30"></woo-deadline-calculator>`,
    );
    $(filled, 'button[type=submit]').click();
    await filled.updateComplete;
    await assertAccessible(filled);
  });

  it('computes the deadline by keyboard alone and explains every step', async () => {
    const el = await fixture<WooDeadlineCalculator>(html`<woo-deadline-calculator></woo-deadline-calculator>`);
    await typeDate(el, 'received', '28', '3', '2025');
    const calculated = oneEvent(el, 'woo-deadline-calculated');
    await sendKeys({ press: 'Enter' });
    const event = (await calculated) as unknown as WooDeadlineCalculatedEvent;
    expect(event.result.deadline).to.equal('2025-04-25');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '.result'));
    expect($(el, '.deadline').textContent).to.equal('vrijdag 25 april 2025');
    const steps = el.shadowRoot!.querySelectorAll('.steps li');
    expect(steps.length).to.be.greaterThan(0);
    expect(steps[0]!.textContent).to.contain('Woo 4.4 lid 1');
  });

  it('shows the other reading of the law when a postponement follows a holiday', async () => {
    // Received Thu 30 March 2023: the four weeks end on King's Day (27 April 2023).
    const el = await fixture<WooDeadlineCalculator>(
      html`<woo-deadline-calculator received-on="2023-03-30"></woo-deadline-calculator>`,
    );
    $(el, '#postponed').click();
    await el.updateComplete;
    await typeDate(el, 'postponed-on', '20', '4', '2023');
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect($(el, '.deadline').textContent).to.equal('donderdag 11 mei 2023');
    expect($(el, '.alternative').textContent).to.contain('vrijdag 12 mei 2023');
  });

  it('puts errors in a focused summary whose links move focus to the field', async () => {
    const el = await fixture<WooDeadlineCalculator>(html`<woo-deadline-calculator></woo-deadline-calculator>`);
    await typeDate(el, 'received', '30', '2', '2025');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const summary = $(el, '.error-summary');
    expect(active(el)).to.equal(summary);
    expect(summary.textContent).to.contain('Deze datum bestaat niet');
    const inline = $(el, '#received-error');
    expect(inline.textContent).to.contain('Invoerfout:');
    expect($(el, '#received').closest('fieldset')!.getAttribute('aria-describedby')).to.contain('received-error');
    $(el, '.error-summary a').click();
    expect(active(el)).to.equal($(el, '#received'));
    // Nothing the person typed is lost.
    expect($<HTMLInputElement>(el, '#received').value).to.equal('30');
    expect($<HTMLInputElement>(el, '#received-month').value).to.equal('2');
  });

  it('adds and removes a period in which the term stood still', async () => {
    const el = await fixture<WooDeadlineCalculator>(
      html`<woo-deadline-calculator received-on="2025-03-28"></woo-deadline-calculator>`,
    );
    $(el, '#add-suspension').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '#suspension-0-kind'));
    $(el, '#suspension-0-kind-zienswijze').click();
    await el.updateComplete;
    await typeDate(el, 'suspension-0-notified', '1', '4', '2025');
    await typeDate(el, 'suspension-0-ended', '15', '4', '2025');
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    // Woo 4.4 lid 3: 2 April up to and including 15 April = 14 days.
    expect($(el, '.deadline').textContent).to.equal('vrijdag 9 mei 2025');
    $(el, '.suspension button').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.suspension')).to.equal(null);
    expect(active(el)).to.equal($(el, '#add-suspension'));
  });

  it('reports an end before its start at the field', async () => {
    const el = await fixture<WooDeadlineCalculator>(
      html`<woo-deadline-calculator received-on="2025-03-28"></woo-deadline-calculator>`,
    );
    $(el, '#add-suspension').click();
    await el.updateComplete;
    $(el, '#suspension-0-kind').click(); // aanvulling
    await el.updateComplete;
    await typeDate(el, 'suspension-0-notified', '10', '4', '2025');
    await typeDate(el, 'suspension-0-ended', '5', '4', '2025');
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error-summary a')!.getAttribute('href')).to.equal('#suspension-0-ended');
    expect(el.shadowRoot!.querySelector('.result')).to.equal(null);
  });

  it('speaks English when the page does', async () => {
    await l10n.setLocale('en');
    const el = await fixture<WooDeadlineCalculator>(
      html`<woo-deadline-calculator received-on="2025-03-28"></woo-deadline-calculator>`,
    );
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    expect($(el, 'button[type=submit]').textContent!.trim()).to.equal('Calculate the deadline');
    // British style (day before month), as the deadline explanations
    expect($(el, '.deadline').textContent).to.equal('Friday, 25 April 2025');
  });
});
