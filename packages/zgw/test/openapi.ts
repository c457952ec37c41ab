/**
 * The official OpenAPI documents (specs/, copied with their origin and licence) as validators, with
 * openapi-backend (ajv underneath, formats from ajv-formats). Used by the test server for its own
 * answers and by the client tests for every request woo-kit sends and every answer it accepts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OpenAPIBackend, type Request } from 'openapi-backend';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import type { ZgwExchange } from '../src/client.js';

/**
 * OpenAPI 3.0 lets `nullable: true` stand next to `allOf: [$ref]` without a `type` (the ZGW documents do
 * this for `verlenging`, `opschorting`, …); ajv wants a type there. Such a schema becomes "that schema,
 * or null", which is what OpenAPI 3.0 means by it. Nothing else is changed.
 */
function nullableWithoutType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableWithoutType);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = nullableWithoutType(v);
  if (out['nullable'] === true && out['type'] === undefined) {
    const { nullable: _, ...rest } = out;
    return { anyOf: [rest, { type: 'string', nullable: true, enum: [null] }] };
  }
  return out;
}

/**
 * OpenAPI 3.0: a required property marked `readOnly` is required in responses only, one marked
 * `writeOnly` in requests only. openapi-backend applies `required` to both, so each document is
 * loaded twice: as a request view (readOnly ones not required) and a response view (writeOnly ones not).
 */
function dropRequired(node: unknown, flag: 'readOnly' | 'writeOnly'): unknown {
  if (Array.isArray(node)) return node.map((n) => dropRequired(n, flag));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'example' ? v : dropRequired(v, flag);
  const props = out['properties'];
  if (Array.isArray(out['required']) && typeof props === 'object' && props !== null) {
    const p = props as Record<string, Record<string, unknown> | undefined>;
    out['required'] = (out['required'] as string[]).filter((name) => p[name]?.[flag] !== true);
  }
  return out;
}

const spec = (name: string, view: 'request' | 'response'): unknown =>
  dropRequired(
    nullableWithoutType(YAML.parse(readFileSync(fileURLToPath(new URL(`../specs/${name}`, import.meta.url)), 'utf8'))),
    view === 'request' ? 'readOnly' : 'writeOnly',
  );

export interface Api {
  readonly root: string;
  /** For requests (readOnly properties not required). */
  readonly backend: OpenAPIBackend;
  /** For responses (writeOnly properties not required). */
  readonly responses: OpenAPIBackend;
}

async function load(file: string, root: string): Promise<Api> {
  const [backend, responses] = await Promise.all([
    backendFor(file, root, 'request'),
    backendFor(file, root, 'response'),
  ]);
  return { root, backend, responses };
}

async function backendFor(file: string, root: string, view: 'request' | 'response'): Promise<OpenAPIBackend> {
  const backend = new OpenAPIBackend({
    definition: spec(file, view) as never,
    apiRoot: root,
    validate: true,
    strict: false,
    quick: true,
    // The documents' patterns are written for Python (e.g. `[a-z\_]+`), not valid with the u flag.
    ajvOpts: { unicodeRegExp: false, allErrors: true },
    customizeAjv: (ajv) => {
      addFormats.default(ajv);
      return ajv;
    },
  });
  await backend.init();
  return backend;
}

let apis: Promise<Api[]> | undefined;
/** The Zaken API 1.5.1 and Catalogi API 1.3.1, each under its usual root path. */
export const loadApis = (): Promise<Api[]> =>
  (apis ??= Promise.all([
    load('zaken-api-1.5.1.yaml', '/zaken/api/v1'),
    load('catalogi-api.yaml', '/catalogi/api/v1'),
  ]));

export interface Checked {
  readonly operationId: string | undefined;
  /** Everything wrong with the request and the response; empty when both meet the documents. */
  readonly problems: string[];
}

const messages = (errors: readonly { instancePath?: string; message?: string }[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath ?? ''} ${e.message ?? ''}`.trim());

/** Validates a request (and, when given, its response) against the API whose root matches the path. */
export function check(all: readonly Api[], req: Request, res?: { status: number; body: unknown }): Checked {
  const path = String(req.path);
  const api = all.find((a) => path.startsWith(a.root));
  if (!api) return { operationId: undefined, problems: [`no API for ${path}`] };
  const operation = api.backend.matchOperation(req);
  if (!operation) return { operationId: undefined, problems: [`${req.method} ${path} is not an operation of the API`] };
  const problems: string[] = [];
  const r = api.backend.validateRequest(req, operation);
  if (!r.valid) problems.push(...messages(r.errors).map((m) => `request: ${m}`));
  if (res !== undefined && res.status < 500) {
    const v = api.responses.validateResponse(res.body, operation.operationId!, res.status);
    if (!v.valid) problems.push(...messages(v.errors).map((m) => `response ${res.status}: ${m}`));
  }
  return { operationId: operation.operationId, problems };
}

/** The `validate` hook of the client: throws when a request or answer does not meet the documents. */
export function exchangeValidator(all: readonly Api[], seen?: Checked[]): (x: ZgwExchange) => void {
  return (x) => {
    const url = new URL(x.url);
    const query: Record<string, string> = {};
    url.searchParams.forEach((v, k) => (query[k] = v));
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(x.requestHeaders)) headers[k.toLowerCase()] = v;
    const result = check(
      all,
      {
        method: x.method,
        path: url.pathname,
        query,
        headers,
        ...(x.requestBody === undefined ? {} : { body: x.requestBody }),
      },
      { status: x.status, body: x.responseBody },
    );
    seen?.push(result);
    if (result.problems.length > 0) throw new Error(`${x.method} ${url.pathname}: ${result.problems.join('; ')}`);
  };
}
