import { expect, fixture, html } from '@open-wc/testing';
import { configureWooKitLocalization } from '../../localization.js';
import './define.js';
import type { WooContact } from './woo-contact.js';

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });

describe('woo-contact', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible', async () => {
    const el = await fixture<WooContact>(html`<woo-contact phone="14 020" email="info@voorbeeld.nl"></woo-contact>`);
    await expect(el).to.be.accessible();
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

  it('switches to English when the locale changes', async () => {
    const el = await fixture<WooContact>(html`<woo-contact phone="14 020"></woo-contact>`);
    await l10n.setLocale('en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('Phone');
  });

  it('never links to a javascript: URL', async () => {
    const el = await fixture<WooContact>(html`<woo-contact request-url="javascript:alert(1)"></woo-contact>`);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });
});
