import type { Services, TenantRef, TenantTx } from '../../src/context.js';
import { GroupCommit } from '../../src/db/group-commit.js';
import type { AccountSelector, Outcome, SqlPosting } from './wallet.ledger.js';

/** One idempotent transfer request as SQL `ledger_post_transfers` takes it. */
export interface TransferRequest {
  key: string;
  /** Content hash of the request: the same key with another hash is IDEMPOTENCY_CONFLICT. */
  hash: string;
  code: string;
  reference: string | null;
  metadata: Record<string, unknown>;
  createdBy: string;
  /** Ids for the transaction and its entries (from then to of each transfer), made here so they sort in posting order. */
  transactionId: string;
  entryIds: string[];
  transfers: { from: AccountSelector; to: AccountSelector; amount: string }[];
  /** A platform correction's reason to post on frozen accounts (PostingMeta.frozenOverride); never set from client input. */
  frozenOverride?: string;
}

/** What SQL answers for one request. */
export type TransferAnswer =
  | { conflict: true }
  | { replay: true; outcome: Outcome<{ transactionId: string }> }
  | { invalid: { error: { code: 'CURRENCY_REQUIRED' | 'SAME_ACCOUNT' }; transfer: number; end: 'from' | 'to' } }
  | { outcome: Outcome<{ transactionId: string }>; posting: SqlPosting }
  | { outcome: Outcome<{ transactionId: string }> };

/**
 * Group commit for transfers (src/db/group-commit.ts): concurrent requests of a tenant are
 * posted together by one call of `ledger_post_transfers`: one round trip, one commit, and the
 * house account locked once per batch rather than once per bet. A request whose idempotency
 * key is already in the batch waits for the next one, and is answered as its replay.
 */
export class TransferPoster {
  private readonly batches: GroupCommit<TenantRef, TransferRequest, TransferAnswer>;

  constructor(services: Pick<Services, 'sql' | 'relay' | 'config' | 'logger'>) {
    this.batches = new GroupCommit({
      maxBatch: 200,
      maxInFlight: 2,
      keyOf: (request) => request.key,
      afterBatch: () => services.relay.nudge(),
      onFailure: (error, batchSize) =>
        services.logger.warn({ sqlState: (error as { code?: string }).code, batchSize }, 'wallet: transfer batch failed, its requests are tried again'),
      call: async (tenant, requests) => {
        const { rows } = await services.sql.query<{ answers: TransferAnswer[] }>({
          // Named: each connection parses and plans it once.
          name: 'ledger_post_transfers',
          text: 'select ledger_post_transfers($1, $2, $3, $4) as answers',
          values: [tenant.id, services.config.walletHouseStripes, tenant.currencies, JSON.stringify(requests)],
        });
        return rows[0]!.answers;
      },
    });
  }

  post(tenant: TenantRef, request: TransferRequest): Promise<TransferAnswer> {
    return this.batches.submit(tenant.id, tenant, request);
  }
}

const posters = new WeakMap<Services, TransferPoster>();

/** The instance's poster. */
export function transferPosterOf(services: Services): TransferPoster {
  let poster = posters.get(services);
  if (!poster) {
    poster = new TransferPoster(services);
    posters.set(services, poster);
  }
  return poster;
}

/**
 * Posts one request inside the caller's tenant transaction (no batching), for postings that
 * must commit together with other work of that transaction (a deposit and its
 * responsible-gambling count).
 */
export async function postTransferInTx(tx: TenantTx, stripes: number, currencies: string[], request: TransferRequest): Promise<TransferAnswer> {
  const [row] = await tx.em.execute<{ answers: TransferAnswer[] }[]>(`select ledger_post_transfers(?, ?, ?::text[], ?::jsonb) as answers`, [
    tx.tenantId,
    stripes,
    // A Postgres array literal: knex would spread a JS array into a list. Codes are [A-Z]{3}.
    `{${currencies.join(',')}}`,
    JSON.stringify([request]),
  ]);
  tx.outboxWritten();
  return row!.answers[0]!;
}
