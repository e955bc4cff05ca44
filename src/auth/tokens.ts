import { SignJWT, jwtVerify, errors } from 'jose';

/** Claims of an access token. `sid` names the session, so logout revokes the token too. */
export interface AccessClaims {
  sub: string;
  kind: 'player' | 'staff' | 'platform' | 'affiliate';
  tid?: string;
  sid: string;
}

const ISSUER = 'croupier';

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ kind: claims.kind, tid: claims.tid, sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The token's claims, or the reason it is not acceptable. */
  async verify(token: string): Promise<AccessClaims | { invalid: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const kind = payload['kind'];
      const sid = payload['sid'];
      const tid = payload['tid'];
      if (typeof payload.sub !== 'string' || typeof sid !== 'string') return { invalid: 'malformed token' };
      if (kind !== 'player' && kind !== 'staff' && kind !== 'platform' && kind !== 'affiliate') return { invalid: 'malformed token' };
      if (kind !== 'platform' && typeof tid !== 'string') return { invalid: 'malformed token' };
      return { sub: payload.sub, kind, sid, ...(typeof tid === 'string' ? { tid } : {}) };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { invalid: 'token expired' };
      return { invalid: 'invalid token' };
    }
  }
}
