/**
 * The report over the zaken of one zaaktype, read straight from a Zaken API: one line per zaak (as
 * `checkZaak` sees it) and then the on-time figures over all of them. What `woo-kit zgw report` prints
 * and what a dashboard with a ZGW source can show.
 */
import { toWooKitError, type WooKitErrorJSON, type WooRequest } from '@woo-kit/core';
import { requestTimelinessStatistics, type RequestTimelinessStatistics } from '@woo-kit/deadlines/requests';
import { todayInAmsterdam, type IsoDate } from '@woo-kit/deadlines';
import { checkZaak, zaakCheckLine, type ZaakCheck } from './check.js';
import type { ZgwClient } from './client.js';
import type { ZaakMapping } from './mapping.js';

export interface ZaakReportOptions {
  readonly zaaktype: string;
  readonly today?: IsoDate;
  readonly mapping?: ZaakMapping;
  readonly extraHolidays?: readonly IsoDate[];
}

/** One item of the report: a zaak's line, a zaak that could not be read, or (last) the statistics. */
export type ZaakReportItem =
  | { readonly kind: 'zaak'; readonly line: Record<string, unknown> }
  | { readonly kind: 'error'; readonly line: { readonly zaak: string | null; readonly error: WooKitErrorJSON } }
  | { readonly kind: 'statistics'; readonly line: { readonly statistics: RequestTimelinessStatistics } };

/** One zaak read as a Woo request (with its check), or a zaak that could not be read. */
export type ZaakRequestItem =
  | { readonly kind: 'zaak'; readonly check: ZaakCheck }
  | { readonly kind: 'error'; readonly zaak: string | null; readonly error: WooKitErrorJSON };

/**
 * Reads every zaak of the zaaktype (page by page) with its audit trail, statussen and resultaat, and
 * checks each one (`checkZaak`). A zaak that cannot be read gives an error item and the reading goes
 * on; a failure to list the zaken throws. What `zaakReport` and a server's ZGW statistics read.
 */
export async function* zaakRequests(
  client: ZgwClient,
  options: ZaakReportOptions,
): AsyncGenerator<ZaakRequestItem, void, undefined> {
  const today = options.today ?? todayInAmsterdam();
  for await (const zaak of client.zaken({ zaaktype: options.zaaktype })) {
    try {
      const bundle = await client.bundle(zaak);
      const check = checkZaak(bundle, {
        today,
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(options.extraHolidays ? { extraHolidays: options.extraHolidays } : {}),
      });
      yield { kind: 'zaak', check };
    } catch (error) {
      yield {
        kind: 'error',
        zaak: typeof zaak.url === 'string' ? zaak.url : null,
        error: toWooKitError(error).toJSON(),
      };
    }
  }
}

/**
 * Reads every zaak of the zaaktype (page by page), checks each one, and ends with the on-time
 * statistics (`requestTimelinessStatistics` of @woo-kit/deadlines over the requests read). A zaak that
 * cannot be read gives an error item and the report goes on; a failure to list the zaken throws.
 */
export async function* zaakReport(
  client: ZgwClient,
  options: ZaakReportOptions,
): AsyncGenerator<ZaakReportItem, void, undefined> {
  const today = options.today ?? todayInAmsterdam();
  const requests: WooRequest[] = [];
  for await (const item of zaakRequests(client, { ...options, today })) {
    if (item.kind === 'zaak') {
      requests.push(item.check.request);
      yield { kind: 'zaak', line: zaakCheckLine(item.check) };
    } else yield { kind: 'error', line: { zaak: item.zaak, error: item.error } };
  }
  const statistics = requestTimelinessStatistics(requests, {
    today,
    invalid: 'skip',
    ...(options.extraHolidays ? { extraHolidays: options.extraHolidays } : {}),
  });
  yield { kind: 'statistics', line: { statistics } };
}
