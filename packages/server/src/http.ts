import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './errors.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Headers on every answer: nothing cached, no MIME sniffing, and no Referer to anywhere. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? (headers['content-type'] ?? 'text/plain; charset=utf-8') : JSON_TYPE,
    ...SECURITY_HEADERS,
    ...headers,
  });
  res.end(text);
}

export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw new HttpError(413, 'body-too-large', {
        nl: `Het verzoek is te groot. Het mag hoogstens ${Math.round(limit / 1024)} kB zijn.`,
        en: `The request body is too large. It may be at most ${Math.round(limit / 1024)} kB.`,
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJson(req: IncomingMessage, limit: number): Promise<{ text: string; value: unknown }> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported-media-type', {
      nl: 'Stuur de gegevens als JSON (Content-Type: application/json).',
      en: 'Send the data as JSON (Content-Type: application/json).',
    });
  }
  const text = await readBody(req, limit);
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    throw new HttpError(
      400,
      'invalid-json',
      { nl: 'Dit is geen geldige JSON.', en: 'This is not valid JSON.' },
      { path: '' },
    );
  }
}
