/**
 * A stand-in OpenID Connect issuer for the tests: a local key pair, its JWKS served on 127.0.0.1, and
 * a function that signs access tokens. No third-party host is involved.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import type { OidcOptions } from '../../src/auth.js';

export interface TestIssuer {
  readonly options: OidcOptions;
  /** Signs a token; `claims` override the defaults (issuer, audience, an hour of validity). */
  sign(claims: JWTPayload, options?: { key?: 'right' | 'wrong'; expiresIn?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const right = await generateKeyPair('RS256');
  const wrong = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(right.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    if (req.url === '/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const options: OidcOptions = {
    issuer: `${base}/realms/woo`,
    audience: 'woo-kit-server',
    jwksUri: `${base}/jwks.json`,
    rolesClaim: 'realm_access.roles',
  };
  return {
    options,
    sign(claims, { key = 'right', expiresIn = '1h' } = {}) {
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(typeof claims.iss === 'string' ? claims.iss : options.issuer)
        .setAudience(claims.aud ?? options.audience)
        .setSubject(claims.sub ?? 'medewerker-1')
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(key === 'right' ? right.privateKey : wrong.privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
