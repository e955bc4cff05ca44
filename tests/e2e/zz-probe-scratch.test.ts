import { afterAll, beforeAll, it } from 'vitest';
import { ClientError } from 'graphql-request';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { newTenant, newPlayer, platformAdmin, type TestTenant } from '../helpers/world.js';

let server: TestServer; let platform: Sdk; let a: TestTenant; let b: TestTenant;
beforeAll(async () => { server = await startServer(); platform = (await platformAdmin(server)).sdk; a = await newTenant(server, platform); b = await newTenant(server, platform); });
afterAll(() => server?.close());
const g = (s: string) => Buffer.from(s).toString('base64');
it('probe', async () => {
  const p = await newPlayer(server, a);
  console.log('tenant id', a.id, Buffer.from(a.id, 'base64').toString(), 'player', p.player.id, Buffer.from(p.player.id, 'base64').toString());
  console.log('refresh', p.tokens.refreshToken);
  for (const id of ['', 'garbage!!', g('Player'), g('Player:not-a-uuid'), g('Tenant:not-a-uuid'), g('StaffUser:zzz'), g('ApiKey:123'), g('Nope:0190f0f0-0000-7000-8000-000000000000'), g('Tenant:0190f0f0-0000-7000-8000-000000000000')]) {
    try { const r = await b.admin.sdk.Node({ id }); console.log(JSON.stringify(id), JSON.stringify(r)); }
    catch (e) { if (e instanceof ClientError) console.log(JSON.stringify(id), 'ERR', JSON.stringify(e.response.errors)); else throw e; }
  }
  for (const id of [g('StaffUser:zzz'), 'garbage!!', g('Player:0190f0f0-0000-7000-8000-000000000000')]) {
    try { const r = await b.admin.sdk.SetStaffRoles({ id, roles: ['SUPPORT'] }); console.log('set', JSON.stringify(id), JSON.stringify(r)); }
    catch (e) { if (e instanceof ClientError) console.log('set', JSON.stringify(id), 'ERR', JSON.stringify(e.response.errors)); else throw e; }
  }
  try { const r = await b.public.Node({ id: p.player.id }); console.log('anon', JSON.stringify(r)); } catch (e) { if (e instanceof ClientError) console.log('anon ERR', JSON.stringify(e.response.errors)); }
});
