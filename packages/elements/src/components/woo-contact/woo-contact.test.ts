import { expect, fixture, html } from '@open-wc/testing';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import './define.js';
import type { WooContact } from './woo-contact.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

describe('woo-contact', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible', async () => {
    const el = await fixture<WooContact>(html`<woo-contact phone="14 020" email="info@voorbeeld.nl"></woo-contact>`);
    await assertAccessible(el);
  });

  it('renders the contact details in Dutch, as text', async () => {
    const el = await fixture<WooContact>(
      html`<woo-contact title="<img src=x onerror=alert(1)>" phone="14 020" email="woo@voorbeeld.nl"></woo-contact>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('a[href="tel:14020"]')!.textContent).to.equal('14 020');
    expect(root.querySelector('dt')!.textContent).to.equal('Telefoon');
  });

  it('switches to English when the page locale changes', async () => {
    const el = await fixture<WooContact>(html`<woo-contact phone="14 020"></woo-contact>`);
    await l10n.setLocale('en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('Phone');
  });

  it('follows a lang of its own, or of the part of the page around it', async () => {
    const own = await fixture<WooContact>(html`<woo-contact lang="en" phone="14 020"></woo-contact>`);
    const wrapper = await fixture<HTMLElement>(html`<section lang="en-GB"><woo-contact phone="14 020"></woo-contact></section>`);
    const inherited = wrapper.querySelector('woo-contact')!;
    const page = await fixture<WooContact>(html`<woo-contact phone="14 020"></woo-contact>`);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the en templates load once
    await Promise.all([own.updateComplete, inherited.updateComplete, page.updateComplete]);
    expect(own.shadowRoot!.querySelector('dt')!.textContent).to.equal('Phone');
    expect(inherited.shadowRoot!.querySelector('dt')!.textContent).to.equal('Phone');
    expect(page.shadowRoot!.querySelector('dt')!.textContent).to.equal('Telefoon');
  });

  it('never links to a javascript: URL', async () => {
    const el = await fixture<WooContact>(html`<woo-contact request-url="javascript:alert(1)"></woo-contact>`);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });
});
