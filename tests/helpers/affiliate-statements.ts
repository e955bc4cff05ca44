import { tenantTx } from '../../src/context.js';
import { computeStatement, type AffiliateInput, type Statement } from '../../modules/affiliates/affiliates.commission.js';
import { overridesFromJson, planFromJson } from '../../modules/affiliates/affiliates.plans.js';
import { storeStatementsInTx, type StatementBasis } from '../../modules/affiliates/affiliates.statements.js';
import type { TestServer } from './server.js';
import { tenantContext } from './world.js';

/** An affiliate's part of a hand-written statement input: its plan and overrides are read from the affiliate's row. */
export type AffiliatePeriodInput = Omit<AffiliateInput, 'planId' | 'overrides' | 'carried' | 'parentId'> & Partial<Pick<AffiliateInput, 'carried' | 'parentId'>>;

/**
 * Computes a period with the real commission engine and stores it as the statement job would (in
 * one tenant transaction): each affiliate on the plan assigned to it (the plan's current version
 * and the affiliate's overrides, read from the database). Ids are local UUIDs. Returns the
 * engine's statement and the stored statement id per affiliate.
 */
export async function storeComputedPeriod(
  server: TestServer,
  tenant: { slug: string },
  period: { start: string; end: string },
  affiliates: readonly AffiliatePeriodInput[],
): Promise<{ statement: Statement; statementIds: ReadonlyMap<string, string> }> {
  const ctx = await tenantContext(server, tenant);
  return tenantTx(ctx, async (tx) => {
    const rows = await tx.em.execute<{ id: string; parent_affiliate_id: string | null; plan_id: string; plan_overrides: unknown; version: number; terms: unknown }[]>(
      `select a.id, a.parent_affiliate_id, a.plan_id, a.plan_overrides, p.version, p.terms
         from affiliate a join affiliate_plan p on p.tenant_id = a.tenant_id and p.id = a.plan_id
        where a.tenant_id = ? and a.id = any (?::uuid[])`,
      [tx.tenantId, `{${affiliates.map((a) => a.affiliateId).join(',')}}`],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const plans: Record<string, ReturnType<typeof planFromJson>> = {};
    const bases = new Map<string, StatementBasis>();
    const inputs: AffiliateInput[] = affiliates.map((a) => {
      const row = byId.get(a.affiliateId);
      if (!row) throw new Error(`affiliate ${a.affiliateId} has no plan assigned`);
      plans[row.plan_id] = planFromJson(row.terms);
      bases.set(a.affiliateId, { planId: row.plan_id, planVersion: row.version, planOverrides: row.plan_overrides, unpriced: [] });
      return {
        ...a,
        parentId: a.parentId ?? row.parent_affiliate_id,
        planId: row.plan_id,
        carried: a.carried ?? {},
        ...(row.plan_overrides ? { overrides: overridesFromJson(row.plan_overrides) } : {}),
      };
    });
    const statement = computeStatement({ period, plans, affiliates: inputs });
    const { stored, statementIds } = await storeStatementsInTx(tx, statement, bases, 'SYSTEM');
    if (!stored) throw new Error(`period ${period.start} was stored already for ${tenant.slug}`);
    return { statement, statementIds };
  });
}
