import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyExport, type AuditExport } from '../audit/export.js';

/**
 * `npm run audit:verify -- FILE [--public-key BASE64]`: verifies an audit export offline,
 * with no database. Exit 0 when the range is intact and vouched for by a signed checkpoint.
 */
const { values, positionals } = parseArgs({ options: { 'public-key': { type: 'string' } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error('usage: npm run audit:verify -- FILE [--public-key BASE64]');
  process.exit(2);
}
const data = JSON.parse(readFileSync(file, 'utf8')) as AuditExport;
const publicKey = values['public-key'] ?? data.publicKey;
if (!values['public-key']) {
  console.warn('note: using the public key inside the file; pass --public-key to check against a key you trust');
}
const verdict = verifyExport(data, publicKey);
if (verdict.ok) {
  console.log(
    `OK: events ${data.fromSeq}..${data.toSeq} of tenant ${data.tenantId} intact (${verdict.checked} checked); ` +
      `signed checkpoints vouch up to ${verdict.coveredToSeq}` +
      (verdict.uncovered ? `; ${verdict.uncovered} later events are linked but not yet checkpointed` : ''),
  );
  process.exit(0);
}
console.error(`BROKEN at event ${verdict.broken.seq}${verdict.broken.eventId ? ` (${verdict.broken.eventId})` : ''}: ${verdict.broken.reason}`);
process.exit(1);
