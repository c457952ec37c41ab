import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { exampleContactPoint, type ContactPoint } from '@woo-kit/core';
import { configureWooKitLocalization } from '../../localization.js';
import { assertAccessible } from '../../../test/support/a11y.js';
import { intlLocale } from '../../internal/intl.js';
import './define.js';
import type { WooContact } from './woo-contact.js';

/**
 * A time as this engine's own Intl writes it: engines differ (Chromium writes Dutch "9:00", Firefox
 * "09:00"), and the component uses the engine's formatting, so the test compares with the same.
 */
const engineTime = (locale: string, hhmm: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(`1970-01-01T${hhmm}:00Z`),
  );

const l10n = configureWooKitLocalization({ followDocumentLanguage: false });
const fixtures = '/packages/elements/test/fixtures';
const text = (el: WooContact) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const jsonLd = (el: WooContact) => [
  ...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'),
];

describe('woo-contact', () => {
  afterEach(() => l10n.setLocale('nl'));

  it('is accessible', async () => {
    const el = await fixture<WooContact>(html`<woo-contact phone="14 020" email="info@voorbeeld.nl"></woo-contact>`);
    await assertAccessible(el);
  });

  it('renders the contact details in Dutch, as text', async () => {
    const el = await fixture<WooContact>(
      html`<woo-contact name=${'<img src=x onerror=alert(1)>'} phone="14 020" email="woo@voorbeeld.nl"></woo-contact>`,
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
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="en-GB"><woo-contact phone="14 020"></woo-contact></section>`,
    );
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

  it('shows a ContactPoint: opening hours in weekday order, addresses and every way to file a request', async () => {
    const el = await fixture<WooContact>(html`<woo-contact .contact=${exampleContactPoint}
        accessibility="Ingang zonder drempel, lift naar alle verdiepingen."></woo-contact>`);
    await assertAccessible(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Openbaarheidscentrum gemeente Utrecht');
    const hours = [...el.shadowRoot!.querySelectorAll('.hours li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    const [nine, five, twelve] = ['09:00', '17:00', '12:00'].map((t) => engineTime('nl', t));
    expect(hours).to.deep.equal([
      `maandag: ${nine} – ${five}`,
      `woensdag: ${nine} – ${five}`,
      `vrijdag: ${nine} – ${twelve}`,
    ]);
    expect(text(el)).to.contain('Stadsplateau 1, 3521 AZ Utrecht');
    expect(text(el)).to.contain('Postbus 16200, 3500 CE Utrecht');
    expect(text(el)).to.contain('Ingang zonder drempel');
    const ways = el.shadowRoot!.querySelector('.ways')!;
    expect(ways.querySelector('a[href="https://www.example.nl/woo-verzoek"]')).not.to.equal(null);
    expect(ways.querySelector('a[href="mailto:woo@example.nl"]')).not.to.equal(null);
    expect(ways.textContent).to.contain('Per post:');
    expect(ways.textContent).to.contain('Aan de balie');
  });

  it('an attribute wins over the same field of the ContactPoint', async () => {
    const el = await fixture<WooContact>(
      html`<woo-contact phone="14 020" name="Balie Woo" .contact=${exampleContactPoint}></woo-contact>`,
    );
    expect(el.shadowRoot!.querySelector('a[href="tel:14020"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Balie Woo');
  });

  it('loads a ContactPoint from a URL, and says so when it cannot', async () => {
    const el = await fixture<WooContact>(html`<woo-contact src="${fixtures}/contact.json"></woo-contact>`);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('De contactgegevens worden geladen');
    await waitUntil(() => el.shadowRoot!.querySelector('.hours'), 'the contact point loads');
    expect(text(el)).to.contain('14 030');
    const missing = await fixture<WooContact>(
      html`<woo-contact phone="14 020" src="${fixtures}/nope.json"></woo-contact>`,
    );
    await waitUntil(() => missing.shadowRoot!.querySelector('[role=alert]'), 'an error shows');
    expect(missing.shadowRoot!.querySelector('a[href="tel:14020"]'), 'the attributes still show').not.to.equal(null);
    const invalid = await fixture<WooContact>(
      html`<woo-contact .contact=${{ name: 'Zonder organisatie' } as unknown as ContactPoint}></woo-contact>`,
    );
    expect(invalid.shadowRoot!.querySelector('[role=alert]')).not.to.equal(null);
  });

  it('adds one JSON-LD block to the page for search engines, and keeps it up to date', async () => {
    const el = await fixture<WooContact>(html`<woo-contact .contact=${exampleContactPoint}></woo-contact>`);
    expect(jsonLd(el)).to.have.length(1);
    const data = JSON.parse(jsonLd(el)[0]!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('GovernmentOffice');
    expect(data.name).to.equal('Openbaarheidscentrum gemeente Utrecht');
    expect(data.address).to.deep.equal({
      '@type': 'PostalAddress',
      streetAddress: 'Stadsplateau 1',
      postalCode: '3521 AZ',
      addressLocality: 'Utrecht',
      addressCountry: 'NL',
    });
    expect(data.openingHoursSpecification[0]).to.deep.equal({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Monday',
      opens: '09:00',
      closes: '17:00',
    });
    expect(data.contactPoint).to.include({
      '@type': 'ContactPoint',
      telephone: '14 030',
      url: 'https://www.example.nl/woo-verzoek',
    });
    el.phone = '14 020';
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(1);
    expect(JSON.parse(jsonLd(el)[0]!.textContent!).telephone).to.equal('14 020');
    el.setAttribute('structured-data', 'off');
    await el.updateComplete;
    expect(jsonLd(el)).to.have.length(0);
  });

  it('text in the JSON-LD can never close the script element', async () => {
    const name = '</script><script>alert(1)</script><!--';
    const el = await fixture<WooContact>(html`<woo-contact name=${name} phone="14 020"></woo-contact>`);
    const script = jsonLd(el)[0]!;
    expect(script.textContent).not.to.contain('<');
    expect(JSON.parse(script.textContent!).name).to.equal(name);
    expect(el.querySelectorAll('script')).to.have.length(1);
  });

  it('fits the page outline with heading-level, and works right to left in English', async () => {
    await l10n.setLocale('en');
    const wrapper =
      await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 320px"><woo-contact heading-level="3"
        .contact=${exampleContactPoint}
        ></woo-contact></div>`);
    const el = wrapper.querySelector('woo-contact')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h3#heading')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('File a Woo request');
    expect(text(el)).to.contain(`Monday: ${engineTime('en', '09:00')} – ${engineTime('en', '17:00')}`);
    expect(el.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
    await assertAccessible(el);
  });
});
