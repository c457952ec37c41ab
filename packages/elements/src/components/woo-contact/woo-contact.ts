import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { WooElement } from '../../internal/woo-element.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { styles } from './woo-contact.styles.js';

/**
 * The openness centre card: where people get help with information and Woo requests.
 *
 * @csspart card - the card around the contact details
 * @cssprop --woo-contact-border-color - border colour of the card
 * @cssprop --woo-contact-background - background of the card
 * @cssprop --woo-contact-padding - padding of the card
 */
export class WooContact extends WooElement {
  static override styles = [...WooElement.styles, styles];

  /** Name of the openness centre or the organisation. */
  @property() override title = '';
  /** Telephone number as people dial it. */
  @property() phone = '';
  /** E-mail address. */
  @property() email = '';
  /** Street address, one line. */
  @property() address = '';
  /** Opening hours in words. */
  @property({ attribute: 'opening-hours' }) openingHours = '';
  /** Web page where people file a Woo request online (http or https only). */
  @property({ attribute: 'request-url' }) requestUrl = '';

  protected override render() {
    const requestUrl = safeHttpUrl(this.requestUrl);
    const heading = this.title || msg('Hulp bij informatie van de gemeente');
    return html`
      <section class="card" part="card" aria-labelledby="heading">
        <h2 id="heading">${heading}</h2>
        <p>${msg('Heeft u een vraag over informatie van de gemeente? Wij helpen u graag.')}</p>
        <dl>
          ${this.phone
            ? html`<dt>${msg('Telefoon')}</dt>
                <dd><a href="tel:${this.phone.replace(/[^0-9+]/g, '')}">${this.phone}</a></dd>`
            : nothing}
          ${this.email
            ? html`<dt>${msg('E-mail')}</dt>
                <dd><a href="mailto:${encodeURI(this.email)}">${this.email}</a></dd>`
            : nothing}
          ${this.address
            ? html`<dt>${msg('Adres')}</dt>
                <dd><address>${this.address}</address></dd>`
            : nothing}
          ${this.openingHours
            ? html`<dt>${msg('Open')}</dt>
                <dd>${this.openingHours}</dd>`
            : nothing}
        </dl>
        ${requestUrl ? html`<p><a href=${requestUrl}>${msg('Vraag informatie op met een Woo-verzoek')}</a></p>` : nothing}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'woo-contact': WooContact;
  }
}
