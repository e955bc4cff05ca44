import { randomUUID, verify, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local fake of Hub88's operator Freebets API: `POST /operator/generic/v2/freebet/rewards/create`,
 * the body's RSA-SHA256 signature (X-Hub88-Signature, base64) checked against the operator's public
 * key as Hub88 does, answering the created reward with a fresh `reward_uuid`. `failNext` makes the
 * next calls answer a status of its choosing (a 500: unavailable; a 400: refused).
 */
type Obj = Record<string, unknown>;

export interface FakeHub88Operator {
  url: string;
  rewards: Obj[];
  /** Every request, signed or not: its path, whether the signature held, its body. */
  requests: { path: string; signed: boolean; body: Obj }[];
  failNext: number[];
  close(): Promise<void>;
}

export async function startFakeHub88Operator(operatorPublicKey: KeyObject): Promise<FakeHub88Operator> {
  const fake: Omit<FakeHub88Operator, 'url' | 'close'> = { rewards: [], requests: [], failNext: [] };
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const signature = String(request.headers['x-hub88-signature'] ?? '');
    const signed = signature.length > 0 && verify('sha256', raw, operatorPublicKey, Buffer.from(signature, 'base64'));
    const body = JSON.parse(raw.toString('utf8') || '{}') as Obj;
    fake.requests.push({ path, signed, body });
    const answer = (status: number, json: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(json));
    };
    if (path !== '/operator/generic/v2/freebet/rewards/create') return answer(404, { error: 'not found' });
    if (!signed) return answer(401, { error: 'RS_ERROR_INVALID_SIGNATURE' });
    const failure = fake.failNext.shift();
    if (failure) return answer(failure, { error: failure >= 500 ? 'internal error' : 'RS_ERROR_WRONG_SYNTAX' });
    const reward = { ...body, reward_uuid: randomUUID(), status: 'FRS_ACTIVE' };
    fake.rewards.push(reward);
    answer(200, reward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
