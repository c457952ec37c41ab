/** What a person searched for in `<woo-publications>`: the same fields as the URL query. */
export interface PublicationsQuery {
  /** Search words (`zoek`). */
  readonly query: string;
  /** TOOI code of the information category (`categorie`), or empty. */
  readonly category: string;
  /** Earliest date, `YYYY-MM-DD` (`van`), or empty. */
  readonly from: string;
  /** Latest date, `YYYY-MM-DD` (`tot`), or empty. */
  readonly to: string;
  /** TOOI code of the publishing organisation (`organisatie`), e.g. `gm0344`, or empty. */
  readonly organisation: string;
  /** TOOI code of the document type (`soort`), or empty. */
  readonly documentType: string;
  /** `newest`, `oldest`, `title` or `relevance` (`sorteer`); empty for the default. */
  readonly sort: string;
  /** Page number, from 1 (`pagina`). */
  readonly page: number;
}

/** Fired by `<woo-publications>` when the search, a filter, the sort order or the page changes. */
export class WooPublicationsChangeEvent extends Event {
  static readonly type = 'woo-publications-change';
  readonly query: PublicationsQuery;
  /** How many publications match. */
  readonly total: number;
  constructor(query: PublicationsQuery, total: number) {
    super(WooPublicationsChangeEvent.type, { bubbles: true, composed: true });
    this.query = query;
    this.total = total;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'woo-publications-change': WooPublicationsChangeEvent;
  }
}
