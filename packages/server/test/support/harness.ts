/**
 * Runs the same tests against SQLite and PostgreSQL: `forEachDatabase` registers one `describe`
 * per database; each gets a fresh store, a server on 127.0.0.1 and API keys for every role.
 */
import { after, before, describe } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWooServer, type ServerOptions, type WooServer } from '../../src/app.js';
import { newApiKey, scopesOfRole, type Role } from '../../src/auth.js';
import type { LogRecord } from '../../src/log.js';
import { openStore, type WooStore } from '../../src/store/store.js';
import { createTestDatabase } from './postgres.js';

export type DatabaseKind = 'sqlite' | 'postgres';
export const databases: readonly DatabaseKind[] = ['sqlite', 'postgres'];

/** Where a test database lives: a SQLite file in a temporary folder, or a fresh PostgreSQL database. */
export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** `{ file }` or `{ databaseUrl }` for `openStore`. */
  readonly location: { file: string } | { databaseUrl: string };
  drop(): Promise<void>;
}

export async function testDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const db = await createTestDatabase();
    return { kind, location: { databaseUrl: db.url }, drop: db.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'woo-kit-server-'));
  return {
    kind,
    location: { file: join(dir, 'test.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Context {
  readonly kind: DatabaseKind;
  base: string;
  store: WooStore;
  woo: WooServer;
  /** Bearer tokens (API keys) per role. */
  keys: Record<Role, string>;
  /** Log lines the server wrote. */
  logs: LogRecord[];
  /** The day the server thinks it is; tests may move it. */
  today: string;
}

export const TODAY = '2025-03-28';

export function forEachDatabase(
  name: string,
  body: (ctx: Context) => void,
  options: Partial<Omit<ServerOptions, 'store'>> = {},
): void {
  for (const kind of databases) {
    describe(`${name} (${kind})`, () => {
      const ctx = { kind, base: '', logs: [], today: TODAY } as unknown as Context;
      let server: Server;
      let db: TestDatabase;
      before(async () => {
        db = await testDatabase(kind);
        ctx.store = await openStore(db.location);
        ctx.keys = {} as Record<Role, string>;
        for (const role of ['reader', 'caseworker', 'admin'] as const) {
          const key = newApiKey();
          await ctx.store.createApiKey({
            id: key.id,
            name: `test ${role}`,
            keyHash: key.keyHash,
            scopes: scopesOfRole[role],
          });
          ctx.keys[role] = key.key;
        }
        ctx.woo = createWooServer({
          store: ctx.store,
          today: () => ctx.today,
          publicOrigin: 'https://www.voorbeeld.nl',
          logger: (record) => ctx.logs.push(record),
          rateLimit: { limit: 1000 },
          ...options,
        });
        server = createServer((req, res) => {
          void ctx.woo.handle(req, res).then((handled) => {
            if (!handled) {
              res.writeHead(404);
              res.end();
            }
          });
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        ctx.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      });
      after(async () => {
        await new Promise((resolve) => server.close(resolve));
        await ctx.store.close();
        await db.drop();
      });
      body(ctx);
    });
  }
}

export const validRequest = {
  subject: 'Alle verslagen van het overleg over de fietsbrug',
  preferredResponse: 'documents',
  requester: { name: 'Fatima de Vries', email: 'fatima@voorbeeld.nl' },
};

let counter = 0;
/** POSTs a new request; `key` defaults to a fresh Idempotency-Key. */
export function postRequest(
  base: string,
  body: unknown = validRequest,
  key: string | null = `key-${process.pid}-${++counter}-${Math.random()}`,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The token and id from a status link (`…/woo-status#t=<token>&id=<id>`). */
export function fromStatusUrl(statusUrl: string): { token: string; id: string } {
  const fragment = new URLSearchParams(new URL(statusUrl).hash.slice(1));
  return { token: fragment.get('t') ?? '', id: fragment.get('id') ?? '' };
}

/** Submits a request and resolves to its id and requester token. */
export async function submit(base: string, body: unknown = validRequest): Promise<{ id: string; token: string }> {
  const response = await postRequest(base, body);
  if (response.status !== 201) throw new Error(`expected 201, got ${response.status}: ${await response.text()}`);
  const receipt = (await response.json()) as { id: string; statusUrl: string };
  return { id: receipt.id, token: fromStatusUrl(receipt.statusUrl).token };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
