import { expect, fixture, html } from '@open-wc/testing';
import { configureWooKitLocalization } from '../localization.js';
import '../components/woo-request-form/define.js';
import '../components/woo-deadline-calculator/define.js';
import type { WooRequestForm } from '../components/woo-request-form/woo-request-form.js';
import type { WooDeadlineCalculator } from '../components/woo-deadline-calculator/woo-deadline-calculator.js';

// The error count in the page title (GOV.UK) is one for the whole page: two forms with errors add up,
// and the page's own title comes back when the last error is gone or the last form leaves the page.
configureWooKitLocalization({ followDocumentLanguage: false });
const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('FormErrorsController', () => {
  it('counts the errors of every form on the page in one title', async () => {
    sessionStorage.clear();
    document.title = 'Woo bij de gemeente';
    const page = await fixture<HTMLDivElement>(html`<div>
      <woo-request-form draft-key="title-test"></woo-request-form>
      <woo-deadline-calculator></woo-deadline-calculator>
    </div>`);
    const form = page.querySelector<WooRequestForm>('woo-request-form')!;
    const calculator = page.querySelector<WooDeadlineCalculator>('woo-deadline-calculator')!;
    $(calculator, 'button[type=submit]').click(); // no received date
    await calculator.updateComplete;
    expect(document.title).to.equal('Fout (1): Woo bij de gemeente');
    const summary = $(calculator, '.error-summary');
    expect(calculator.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    $(calculator, '#received').focus(); // GOV.UK: the summary takes focus only once
    expect(summary.hasAttribute('tabindex')).to.equal(false);
    $(form, 'button[type=submit]').click(); // no choice
    await form.updateComplete;
    expect(document.title).to.equal('Fout (2): Woo bij de gemeente');
    $(form, '#want-documents').click();
    $(form, 'button[type=submit]').click();
    await form.updateComplete;
    expect(document.title).to.equal('Fout (1): Woo bij de gemeente');
    calculator.remove();
    expect(document.title).to.equal('Woo bij de gemeente');
  });

  it('moves focus to a real heading, which takes focus only while it has it', async () => {
    sessionStorage.clear();
    const form = await fixture<WooRequestForm>(
      html`<woo-request-form draft-key="heading-test" heading-level="3"></woo-request-form>`,
    );
    expect($(form, '.step-heading').tagName).to.equal('H3');
    $(form, '#want-documents').click();
    $(form, 'button[type=submit]').click();
    await form.updateComplete;
    const heading = $(form, '.step-heading');
    expect(heading.tagName).to.equal('H3');
    expect(form.shadowRoot!.activeElement).to.equal(heading);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    $(form, '#subject').focus();
    expect(heading.hasAttribute('tabindex')).to.equal(false);
    const calculator = await fixture<WooDeadlineCalculator>(
      html`<woo-deadline-calculator heading-level="6"></woo-deadline-calculator>`,
    );
    const headings = [...calculator.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => h.tagName);
    expect(headings).to.deep.equal(['H6', 'H6']); // 6 + 1 stays 6
    expect(calculator.shadowRoot!.querySelector('[role=heading]')).to.equal(null);
  });
});
