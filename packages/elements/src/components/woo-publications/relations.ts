import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DocumentReference, Publication } from '@woo-kit/core';
import { safeHttpUrl } from '../../internal/safe-url.js';

/** At most this many parts are listed; the rest is counted. */
const PARTS_SHOWN = 10;

/**
 * A related document: its title when it is in the feed, else the name the feed gives, else its address; a link when the
 * address is http(s).
 */
function relation(reference: DocumentReference, titleOf: (url: string) => string | undefined): TemplateResult | string {
  const resource = reference.resource ?? '';
  const title =
    (resource ? titleOf(resource) : undefined) || reference.label.trim() || resource || msg('Document zonder naam');
  const url = safeHttpUrl(resource);
  return url ? html`<a href=${url}>${title}</a>` : title;
}

/**
 * The dossier a document belongs to (DiWoo `isPartOf`) and the documents that are part of it
 * (`hasParts`), as `<div><dt><dd>` rows of the result's description list. All text is rendered as text.
 */
export function relations(
  p: Publication,
  titleOf: (url: string) => string | undefined,
): TemplateResult | typeof nothing {
  const parts = p.hasParts ?? [];
  if (!p.isPartOf && !parts.length) return nothing;
  const shown = parts.slice(0, PARTS_SHOWN);
  const more = parts.length - shown.length;
  return html`
    ${
      p.isPartOf
        ? html`<div><dt>${msg('Hoort bij', {
            desc: `The dossier or main document (such as a \
Woo decision) this document is part of`,
          })}</dt><dd>${relation(p.isPartOf, titleOf)}</dd></div>`
        : nothing
    }
    ${
      parts.length
        ? html`<div class="meta__parts">
          <dt>${msg('Onderdelen', {
            desc: `The documents that are part of this one, such as annexes or the documents released with a \
decision`,
          })}</dt>
          <dd>
            <ul class="parts">
              ${shown.map((r) => html`<li>${relation(r, titleOf)}</li>`)}
            </ul>
            ${more > 0 ? html`<p class="parts__more">${msg(str`Meer onderdelen: ${more}`)}</p>` : nothing}
          </dd>
        </div>`
        : nothing
    }
  `;
}
