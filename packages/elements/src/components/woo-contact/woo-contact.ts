import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { isValidContactPoint, type ContactPoint, type DayOfWeek, type PostalAddress } from '@woo-kit/core';
import { formatTime, formatWeekday } from '../../internal/intl.js';
import { WooElement } from '../../internal/woo-element.js';
import { heading } from '../../internal/heading.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { jsonSource, TaskStatus } from '../../controllers/json-source.js';
import { styles } from './woo-contact.styles.js';

const DAYS: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Street and house number. */
const street = (a: PostalAddress): string => `${a.street}${a.houseNumber ? ` ${a.houseNumber}` : ''}`;
const addressLine = (a: PostalAddress | undefined): string => (a ? `${street(a)}, ${a.postalCode} ${a.city}` : '');

function parseContact(value: unknown): ContactPoint {
  if (!isValidContactPoint(value)) throw new Error('invalid contact point');
  return value;
}

/**
 * The openness centre card (openbaarheidscentrum): how to ask a question, how to file a Woo request
 * (online, by e-mail, by post, in person), opening hours, address, phone, e-mail and the
 * accessibility of the building. Give the details as attributes, as a `ContactPoint` (`contact`
 * property, or JSON at the `src` URL), or both: an attribute wins over the same field of the
 * `ContactPoint`. For search engines the element keeps one `<script type="application/ld+json">`
 * child in the page (schema.org `GovernmentOffice` with a `ContactPoint` and opening hours).
 *
 * @csspart card - the card around the contact details
 * @cssprop --woo-contact-border-color - border colour of the card
 * @cssprop --woo-contact-background - background of the card
 * @cssprop --woo-contact-padding - padding of the card
 * @cssprop --woo-contact-heading-size - font size of the card title
 * @cssprop --woo-contact-radius - corner radius of the card
 *
 * @tagname woo-contact
 */
export class WooContact extends WooElement {
  static override styles = [...WooElement.styles, styles];

  /**
   * Name of the openness centre or the organisation, shown as the card's heading. (Not `title`: that
   * attribute would also give the whole card a browser tooltip.)
   */
  @property() name = '';
  /** Telephone number as people dial it. */
  @property() phone = '';
  /** E-mail address. */
  @property() email = '';
  /** Visiting address, one line. */
  @property() address = '';
  /** Postal address for letters, one line (e.g. a PO box). */
  @property({ attribute: 'postal-address' }) postalAddress = '';
  /** Opening hours in words. */
  @property({ attribute: 'opening-hours' }) openingHours = '';
  /** Accessibility of the building in words (entrance, lift, parking, hearing loop). */
  @property() accessibility = '';
  /** Web page where people file a Woo request online (http or https only). */
  @property({ attribute: 'request-url' }) requestUrl = '';
  /** The details as a `ContactPoint` object. */
  @property({ attribute: false }) contact: ContactPoint | undefined;
  /** URL of the details as `ContactPoint` JSON; used when `contact` is not set. */
  @property() src = '';
  /** Heading level of the card's title (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** `off` leaves out the structured data (JSON-LD) for search engines. */
  @property({ attribute: 'structured-data' }) structuredData = 'on';

  readonly #source = jsonSource(this, () => (this.contact ? '' : this.src), parseContact);

  /** The `ContactPoint` in use, when valid; `invalid` when one was given but is not valid. */
  #contactPoint(): ContactPoint | 'invalid' | undefined {
    if (this.contact) {
      return isValidContactPoint(this.contact) ? this.contact : 'invalid';
    }
    return this.#source.status === TaskStatus.COMPLETE ? this.#source.value : undefined;
  }

  #details() {
    const found = this.#contactPoint();
    const c = found === 'invalid' ? undefined : found;
    return {
      name: this.name || c?.name || '',
      organisation: c?.organisation,
      phone: this.phone || c?.phone || '',
      email: this.email || c?.email || '',
      visiting: this.address || addressLine(c?.visitingAddress),
      visitingAddress: this.address ? undefined : c?.visitingAddress,
      postal: this.postalAddress || addressLine(c?.postalAddress),
      hours: [...(c?.openingHours ?? [])].sort((a, b) => DAYS.indexOf(a.dayOfWeek) - DAYS.indexOf(b.dayOfWeek)),
      requestUrl: safeHttpUrl(this.requestUrl || c?.requestUrl),
      websiteUrl: safeHttpUrl(c?.websiteUrl),
      invalid: found === 'invalid',
    };
  }

  protected override render() {
    const d = this.#details();
    const level = this.headingLevel;
    const locale = this.locale;
    const time = (hhmm: string) => formatTime(hhmm, locale);
    const day = (dayOfWeek: DayOfWeek) => formatWeekday(DAYS.indexOf(dayOfWeek) + 1, locale);
    const hours = d.hours.length
      ? html`<ul class="hours">
          ${d.hours.map((h) => html`<li>${day(h.dayOfWeek)}: ${time(h.opens)} – ${time(h.closes)}</li>`)}
        </ul>`
      : this.openingHours;
    const canRequest = d.requestUrl || d.email || d.postal || d.visiting;
    return html`
      <section class="card" part="card" aria-labelledby="heading">
        ${heading(level, d.name || msg('Hulp bij informatie van de gemeente'), 'heading')}
        ${
          this.#source.status === TaskStatus.PENDING
            ? html`<p role="status">${msg('De contactgegevens worden geladen…')}</p>`
            : nothing
        }
        ${
          this.#source.status === TaskStatus.ERROR || d.invalid
            ? html`<p role="alert" class="problem"
              >${msg('De contactgegevens konden niet worden geladen. Probeer het later opnieuw.')}</p>`
            : nothing
        }
        <p>${msg('Heeft u een vraag over informatie van de gemeente? Wij helpen u graag.')}</p>
        <dl>
          ${
            d.phone
              ? html`<dt>${msg('Telefoon')}</dt>
                <dd><a href="tel:${d.phone.replace(/[^0-9+]/g, '')}">${d.phone}</a></dd>`
              : nothing
          }
          ${
            d.email
              ? html`<dt>${msg('E-mail')}</dt>
                <dd><a href="mailto:${encodeURI(d.email)}">${d.email}</a></dd>`
              : nothing
          }
          ${
            d.visiting
              ? html`<dt>${msg('Adres')}</dt>
                <dd><address>${d.visiting}</address></dd>`
              : nothing
          }
          ${
            d.postal
              ? html`<dt>${msg('Postadres')}</dt>
                <dd><address>${d.postal}</address></dd>`
              : nothing
          }
          ${
            hours
              ? html`<dt>${msg('Open', {
                  desc: `Label of the opening hours of the contact \
point (a heading of a list, not a verb)`,
                })}</dt>
                <dd>${hours}</dd>`
              : nothing
          }
          ${
            this.accessibility
              ? html`<dt>${msg('Toegankelijkheid')}</dt>
                <dd>${this.accessibility}</dd>`
              : nothing
          }
        </dl>
        ${
          canRequest
            ? html`${heading(level + 1, msg('Een Woo-verzoek indienen'), undefined, 'ways__title')}
              <p>${msg(`Met een Woo-verzoek vraagt u informatie op die nog niet openbaar is. Iedereen mag dat doen. \
U hoeft niet te zeggen waarom.`)}</p>
              <ul class="ways">
                ${
                  d.requestUrl
                    ? html`<li><a href=${d.requestUrl}>${msg('Vraag informatie op met een Woo-verzoek')}</a></li>`
                    : nothing
                }
                ${
                  d.email
                    ? html`<li>${msg('Per e-mail:')} <a href="mailto:${encodeURI(d.email)}">${d.email}</a></li>`
                    : nothing
                }
                ${d.postal || d.visiting ? html`<li>${msg('Per post:')} ${d.postal || d.visiting}</li>` : nothing}
                ${
                  d.visiting
                    ? html`<li>${msg('Aan de balie: kom langs op het adres hierboven, als wij open zijn.')}</li>`
                    : nothing
                }
              </ul>`
            : nothing
        }
        ${
          d.websiteUrl
            ? html`<p><a href=${d.websiteUrl}>${msg('Meer over openbaarheid bij de gemeente')}</a></p>`
            : nothing
        }
      </section>
    `;
  }

  protected override updated(): void {
    // Search engines read structured data from the page itself, not from a shadow root: one data
    // block child (never executed, so a strict CSP has no objection).
    let script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-woo-contact]');
    const json = /^(off|false|none|no)$/i.test(this.structuredData) ? undefined : this.#jsonLd();
    if (!json) {
      script?.remove();
      return;
    }
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset['wooContact'] = '';
      this.append(script);
    }
    if (script.textContent !== json) script.textContent = json;
  }

  /** schema.org JSON-LD of the details, with `<` escaped so no text can close the script element. */
  #jsonLd(): string | undefined {
    const d = this.#details();
    if (!d.phone && !d.email && !d.visiting && !d.requestUrl) return undefined;
    const a = d.visitingAddress;
    const data = {
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      name: d.name || undefined,
      parentOrganization: d.organisation
        ? { '@type': 'GovernmentOrganization', name: d.organisation.name, sameAs: d.organisation.uri }
        : undefined,
      telephone: d.phone || undefined,
      email: d.email || undefined,
      url: d.websiteUrl,
      address: a
        ? {
            '@type': 'PostalAddress',
            streetAddress: street(a),
            postalCode: a.postalCode,
            addressLocality: a.city,
            addressCountry: 'NL',
          }
        : d.visiting || undefined,
      openingHoursSpecification: d.hours.length
        ? d.hours.map((h) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: `https://schema.org/${h.dayOfWeek[0]!.toUpperCase()}${h.dayOfWeek.slice(1)}`,
            opens: h.opens,
            closes: h.closes,
          }))
        : undefined,
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'Woo-verzoeken',
        telephone: d.phone || undefined,
        email: d.email || undefined,
        url: d.requestUrl,
        availableLanguage: 'nl',
      },
    };
    return JSON.stringify(data).replace(/</g, '\\u003c');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-contact': WooContact;
  }
}
