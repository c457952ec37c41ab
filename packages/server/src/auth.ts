/**
 * Who is asking. Three kinds of bearer token, told apart by their shape:
 * - an API key for systems, `wk_<id>_<secret>` (stored as a SHA-256 hash, with scopes);
 * - an OpenID Connect access token for people (a JWT, checked against the issuer's JWKS with
 *   `jose`: signature, issuer, audience, expiry; roles come from a configurable claim);
 * - anything else is a requester's capability token, which only opens that requester's request.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { WooStore } from './store/store.js';

/** `reader` reads requests; `caseworker` also records events; `admin` also reads the audit log, exports and erases. */
export type Role = 'reader' | 'caseworker' | 'admin';
export const roles: readonly Role[] = ['reader', 'caseworker', 'admin'];

/** What a token may do. A role is a bundle of scopes; an API key carries scopes directly. */
export type Scope = 'requests:read' | 'requests:write' | 'admin';
export const scopes: readonly Scope[] = ['requests:read', 'requests:write', 'admin'];

export const scopesOfRole: Readonly<Record<Role, readonly Scope[]>> = {
  reader: ['requests:read'],
  caseworker: ['requests:read', 'requests:write'],
  admin: ['requests:read', 'requests:write', 'admin'],
};

export type Principal =
  | { readonly kind: 'anonymous' }
  /** A bearer token that is neither an API key nor a JWT: maybe a requester's capability token. */
  | { readonly kind: 'capability'; readonly token: string }
  | { readonly kind: 'staff'; readonly actor: string; readonly scopes: ReadonlySet<Scope> }
  | { readonly kind: 'invalid' };

export interface OidcOptions {
  /** The `iss` the tokens must carry, e.g. `https://login.voorbeeld.nl/realms/woo`. */
  readonly issuer: string;
  /** The `aud` the tokens must carry (the client id of this service). */
  readonly audience: string;
  /** Where the issuer publishes its keys (`jwks_uri` of its discovery document). */
  readonly jwksUri: string;
  /** The claim with the person's roles; a dotted path reaches into objects (`realm_access.roles`). Default `roles`. */
  readonly rolesClaim?: string;
  /** Accepted signature algorithms (default RS256, PS256, ES256, EdDSA; never `none` or HMAC). */
  readonly algorithms?: readonly string[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A capability token with 256 random bits (base64url, 43 characters). */
export const newCapabilityToken = (): string => randomBytes(32).toString('base64url');

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && b.length > 0 && timingSafeEqual(a, b);
}

/** A new API key: the full key (shown once) and what is stored. */
export function newApiKey(): { key: string; id: string; keyHash: string } {
  const id = randomBytes(6).toString('hex');
  const key = `wk_${id}_${randomBytes(32).toString('base64url')}`;
  return { key, id, keyHash: sha256(key) };
}

function claimAt(payload: Record<string, unknown>, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export interface Authenticator {
  authenticate(req: IncomingMessage): Promise<Principal>;
}

export function createAuthenticator(store: WooStore, oidc?: OidcOptions): Authenticator {
  const jwks: JWTVerifyGetKey | undefined = oidc
    ? createRemoteJWKSet(new URL(oidc.jwksUri), { timeoutDuration: 3000 })
    : undefined;
  return {
    async authenticate(req) {
      const header = req.headers.authorization;
      if (header === undefined) return { kind: 'anonymous' };
      const match = /^Bearer ([\x21-\x7e]{1,4096})$/i.exec(header.trim());
      if (!match) return { kind: 'invalid' };
      const token = match[1]!;
      if (token.startsWith('wk_')) {
        const key = await store.findApiKey(sha256(token));
        if (!key) return { kind: 'invalid' };
        return {
          kind: 'staff',
          actor: `apikey:${key.id}`,
          scopes: new Set(key.scopes.filter((s): s is Scope => (scopes as readonly string[]).includes(s))),
        };
      }
      if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
        if (!oidc || !jwks) return { kind: 'invalid' };
        try {
          const { payload } = await jwtVerify(token, jwks, {
            issuer: oidc.issuer,
            audience: oidc.audience,
            algorithms: [...(oidc.algorithms ?? ['RS256', 'PS256', 'ES256', 'EdDSA'])],
          });
          const claimed = claimAt(payload as Record<string, unknown>, oidc.rolesClaim ?? 'roles');
          const list = Array.isArray(claimed) ? claimed : typeof claimed === 'string' ? claimed.split(' ') : [];
          const granted = new Set<Scope>();
          for (const role of list)
            if ((roles as readonly unknown[]).includes(role))
              for (const s of scopesOfRole[role as Role]) granted.add(s);
          // The subject is an opaque id at the issuer, not a name: fit for the audit log.
          return { kind: 'staff', actor: `oidc:${String(payload.sub ?? 'unknown')}`, scopes: granted };
        } catch {
          return { kind: 'invalid' };
        }
      }
      return { kind: 'capability', token };
    },
  };
}
