/**
 * The woo-kit reference service: a small HTTP service an integrator can copy.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { todayInAmsterdam } from '@woo-kit/deadlines';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createService, type Handler } from './app.js';
import { sampleRequests, samplePublications } from './sample-data.js';
import { Store } from './store.js';

export { createService, publicView, type Handler, type ServiceOptions } from './app.js';
export { Store } from './store.js';
export { HttpError } from './errors.js';
export { samplePublications, sampleRequests } from './sample-data.js';

/** Where the demo keeps its data: a SQLite file under the example's folder. */
export const DEFAULT_DATABASE = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'woo-kit.sqlite');

export interface OpenOptions {
  readonly file?: string;
  /** Fill an empty database with sample data (default true). */
  readonly seed?: boolean;
  readonly today?: () => string;
  readonly publicOrigin?: string;
}

/** The fictitious demo municipality. Its TOOI code is that of a former municipality ('s-Graveland,
 * merged in 2002), so the sitemap validates against the official list without naming a real one. */
export const DEMO_PUBLISHER = {
  name: 'Gemeente Voorbeeld',
  uri: process.env['WOO_KIT_PUBLISHER_URI'] ?? 'https://identifier.overheid.nl/tooi/id/gemeente/gm0390',
};

/** Opens (and on first use, seeds) the store and returns the service handler. */
export function openService(options: OpenOptions = {}): { handler: Handler; store: Store } {
  const file = options.file ?? DEFAULT_DATABASE;
  const fresh = file === ':memory:' || !existsSync(file);
  const store = new Store(file);
  if (fresh && options.seed !== false && store.countRequests() === 0) {
    const today = (options.today ?? todayInAmsterdam)();
    const sample = { publisherUri: DEMO_PUBLISHER.uri, publisherName: DEMO_PUBLISHER.name, today, baseUrl: `${options.publicOrigin ?? 'http://localhost:8000'}/` };
    store.seed(sampleRequests(sample), samplePublications(sample));
  }
  const handler = createService({ store, ...(options.today ? { today: options.today } : {}), ...(options.publicOrigin ? { publicOrigin: options.publicOrigin } : {}) });
  return { handler, store };
}

/** A standalone server for the service (everything else is 404). */
export function createServiceServer(handler: Handler): Server {
  return createServer((req, res) => {
    void handler(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: { code: 'not-found', message: { nl: 'Dit adres bestaat niet.', en: 'This address does not exist.' } } }));
      }
    });
  });
}
