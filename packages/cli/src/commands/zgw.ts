import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { isIsoDate, toWooKitError } from '@woo-kit/core';
import {
  checkZaak,
  createZgwClient,
  resolveMapping,
  zaakCheckLine,
  zaakReport,
  type ZaakBundle,
  type ZaakMapping,
} from '@woo-kit/zgw';
import { parseArgs, usageError, type Command } from '../command.js';
import { mapJsonLines } from '../jsonl.js';

const USAGE = `usage: woo-kit zgw deadline --jsonl [--today YYYY-MM-DD] [--mapping FILE] [--extra-holiday YYYY-MM-DD]...
       woo-kit zgw report --base-url URL --zaaktype URL [--client-id ID] [--catalogi-url URL]
                          [--today YYYY-MM-DD] [--mapping FILE] [--requests-per-second N]
                          [--timeout MS] [--retries N]

The legal Woo deadline of cases (zaken) in a zaaksysteem that speaks the ZGW APIs (Zaken API 1.5.1,
Catalogi API 1.3.1), next to the zaak's own uiterlijkeEinddatumAfdoening, with the reasons they differ.

deadline  Reads one JSON object per line on stdin, the API's own JSON:
          {"zaak", "zaaktype"?, "audittrail", "statussen"?, "statustypen"?, "resultaat"?, "resultaattype"?}
          and writes one line per case: {"zaak", "identificatie", "receivedOn", "deadline",
          "uiterlijkeEinddatumAfdoening", "differsByDays", "reasons", "warnings", "steps", …}.
          A bad line gives {"error":{"code","message":{"nl","en"},"path"?}}; the batch goes on.
report    Reads the zaken of a zaaktype from a Zaken API (paging, retries with back-off, time-outs,
          a bounded number of requests per second) and writes the same lines, then one line
          {"statistics": …} with the on-time figures. A zaak that cannot be read gives
          {"zaak", "error"} and the report goes on.

  --base-url URL          root of the Zaken API, e.g. https://zaken.example.nl/zaken/api/v1
  --zaaktype URL          the zaaktype of the Woo requests (Catalogi API URL)
  --client-id ID          ZGW client id (default: the environment variable ZGW_CLIENT_ID)
                          The secret is read from the environment variable ZGW_SECRET only, so it
                          never shows in a process list; it is never written anywhere.
  --catalogi-url URL      root of the Catalogi API, when it is on another host than the Zaken API
  --today                 the day open cases and running suspensions count up to (default: today)
  --mapping FILE          a JSON file with the mapping options (docs/zgw.md)
  --requests-per-second N at most N requests per second (default 5)
  --timeout MS            time-out of one request (default 10000)
  --retries N             retries after a network error, a time-out, 429 or 5xx (default 3)

Exit codes: 0 every case was read; 1 at least one could not be; 2 usage error.`;

const FLAGS = ['jsonl'];

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

async function readMapping(file: string | true | undefined): Promise<ZaakMapping | string | undefined> {
  if (file === undefined) return undefined;
  if (file === true) return '--mapping needs a file name';
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `--mapping: ${file} must hold a JSON object`;
    try {
      resolveMapping(value as ZaakMapping); // checked once here, not on every line
    } catch (error) {
      return `--mapping: ${toWooKitError(error).messages.en}`;
    }
    return value as ZaakMapping;
  } catch (error) {
    return `--mapping: cannot read ${file} (${error instanceof Error ? error.message : String(error)})`;
  }
}

const number = (v: string | true | undefined, fallback: number): number | undefined =>
  v === undefined ? fallback : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : undefined;

/** `woo-kit zgw`: Woo deadlines of ZGW zaken, from JSON lines or straight from a Zaken API. */
export const zgw: Command = {
  name: 'zgw',
  summary: 'the legal Woo deadline of zaken in a ZGW zaaksysteem (JSON lines, or a report from a Zaken API)',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    const { options, lists, positionals } = parseArgs(rest, FLAGS);
    if (positionals.length > 0) return usageError(io, this, `unexpected argument "${positionals[0]}"`);
    const today = options.get('today');
    if (today !== undefined && (typeof today !== 'string' || !isIsoDate(today)))
      return usageError(io, this, '--today must be a date written as YYYY-MM-DD');
    const mapping = await readMapping(options.get('mapping'));
    if (typeof mapping === 'string') return usageError(io, this, mapping);
    const extra = lists.get('extra-holiday') ?? [];
    const common = {
      ...(today === undefined ? {} : { today }),
      ...(mapping ? { mapping } : {}),
      ...(extra.length ? { extraHolidays: extra } : {}),
    };

    if (sub === 'deadline') {
      if (options.get('jsonl') !== true) return usageError(io, this, 'zgw deadline reads JSON lines: give --jsonl');
      const failures = await mapJsonLines(io.stdin, io.stdout, (value) =>
        zaakCheckLine(checkZaak(value as ZaakBundle, common)),
      );
      return failures > 0 ? 1 : 0;
    }
    if (sub === 'report') {
      const env = io.env ?? process.env;
      const baseUrl = options.get('base-url');
      const zaaktype = options.get('zaaktype');
      const clientId = options.get('client-id') ?? env['ZGW_CLIENT_ID'];
      const secret = env['ZGW_SECRET'];
      if (typeof baseUrl !== 'string' || !/^https?:\/\//.test(baseUrl))
        return usageError(io, this, 'give --base-url, the root of the Zaken API (http:// or https://)');
      if (typeof zaaktype !== 'string' || !/^https?:\/\//.test(zaaktype))
        return usageError(io, this, 'give --zaaktype, the URL of the zaaktype');
      if (typeof clientId !== 'string' || clientId === '')
        return usageError(io, this, 'give --client-id or set ZGW_CLIENT_ID');
      if (secret === undefined || secret === '')
        return usageError(
          io,
          this,
          'set the environment variable ZGW_SECRET (the secret is never given as an argument)',
        );
      const rps = number(options.get('requests-per-second'), 5);
      const timeoutMs = number(options.get('timeout'), 10_000);
      const retries = number(options.get('retries'), 3);
      if (rps === undefined || rps <= 0 || timeoutMs === undefined || retries === undefined)
        return usageError(io, this, '--requests-per-second, --timeout and --retries take a positive number');
      const catalogiUrl = options.get('catalogi-url');
      const client = createZgwClient({
        zakenUrl: baseUrl,
        ...(typeof catalogiUrl === 'string' ? { catalogiUrl } : {}),
        // The zaaktype's own host may hold the Catalogi API.
        allowedOrigins: [new URL(zaaktype).origin],
        clientId,
        secret,
        requestsPerSecond: rps,
        timeoutMs,
        retries: Math.floor(retries),
      });
      let failures = 0;
      try {
        for await (const item of zaakReport(client, { zaaktype, ...common })) {
          if (item.kind === 'error') failures += 1;
          await write(io.stdout, `${JSON.stringify(item.line)}\n`);
        }
      } catch (error) {
        const e = toWooKitError(error);
        await write(io.stdout, `${JSON.stringify({ error: e.toJSON() })}\n`);
        io.stderr.write(`woo-kit zgw report: ${e.messages.en} (${e.code})\n`);
        return 1;
      }
      return failures > 0 ? 1 : 0;
    }
    return usageError(io, this, sub === undefined ? 'give deadline or report' : `unknown subcommand "${sub}"`);
  },
};
