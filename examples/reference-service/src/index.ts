/**
 * The woo-kit reference service: @woo-kit/server with the demo municipality's data in a SQLite file.
 * A municipality runs `woo-kit serve` instead (see docs/getting-started-integrator.md).
 * @packageDocumentation
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createWooServer,
  newApiKey,
  openStore,
  scopesOfRole,
  seedDemo,
  type Handler,
  type WooStore,
} from '@woo-kit/server';
import { todayInAmsterdam } from '@woo-kit/deadlines';

/** Where the demo keeps its data: a SQLite file under the example's folder. */
export const DEFAULT_DATABASE = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'woo-kit.sqlite');

export interface OpenOptions {
  readonly file?: string;
  readonly today?: () => string;
  readonly publicOrigin?: string;
  /** Make a case-worker API key for the demo's case-worker page (a new one on every start). */
  readonly caseworkerKey?: boolean;
}

/** Opens (and on first use, seeds) the demo database and returns the server's handler. */
export async function openService(
  options: OpenOptions = {},
): Promise<{ handler: Handler; store: WooStore; caseworkerKey?: string }> {
  const store = await openStore({ file: options.file ?? DEFAULT_DATABASE });
  const today = options.today ?? todayInAmsterdam;
  // Without a public origin, links take theirs from the Host header (fine for a local demo only).
  await seedDemo(store, {
    today: today(),
    publicOrigin: options.publicOrigin ?? 'http://localhost:8000',
    ...(process.env['WOO_KIT_PUBLISHER_URI'] ? { publisherUri: process.env['WOO_KIT_PUBLISHER_URI'] } : {}),
  });
  const { handle } = createWooServer({
    store,
    today,
    ...(options.publicOrigin ? { publicOrigin: options.publicOrigin } : {}),
  });
  if (!options.caseworkerKey) return { handler: handle, store };
  const key = newApiKey();
  await store.createApiKey({
    id: key.id,
    name: 'demo case worker',
    keyHash: key.keyHash,
    scopes: scopesOfRole.caseworker,
  });
  return { handler: handle, store, caseworkerKey: key.key };
}
