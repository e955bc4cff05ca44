// The tenant's KYC rules in GraphQL (docs/risk.md "KYC rules").
import { builder } from '../../src/builder.js';
import { requireTenant } from '../../src/context.js';
import { ValidationError } from '../../src/errors.js';
import { TENANT_ERRORS } from '../../src/graphql/errors.js';
import { VerificationLevelEnum } from '../../src/graphql/gate-errors.js';
import { RiskSeverityEnum } from './risk.cases.schema.js';
import { riskSettings, updateRiskSettings, type RiskSettings } from './risk.settings.js';

interface SettingsView {
  settings: RiskSettings;
  currencies: readonly string[];
}

const DepositThreshold = builder.objectRef<{ currency: string; amount: bigint }>('DepositThreshold').implement({
  description: 'A cumulative deposit threshold in one currency.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', description: 'The currency.', resolve: (d) => d.currency }),
    amount: t.field({ type: 'MinorUnits', description: 'Once a player\'s deposits in the currency (succeeded and pending), with the new one, reach this (minor units), the deposit needs `depositLevel`.', resolve: (d) => d.amount.toString() }),
  }),
});

const RiskSettingsType = builder.objectRef<SettingsView>('RiskSettings').implement({
  description: 'The tenant\'s KYC rules (defaults until staff change them). They apply once the tenant has an enabled KYC provider.',
  fields: (t) => ({
    withdrawalLevel: t.field({ type: VerificationLevelEnum, description: 'The level every withdrawal needs, so before the first one (default FULL).', resolve: (v) => v.settings.withdrawalLevel }),
    depositThresholds: t.field({
      type: [DepositThreshold],
      description: 'Cumulative deposit thresholds per currency (default EUR 2,000 = 200000 minor units, the EU AML directives\' customer due diligence threshold for gambling).',
      resolve: (v) => Object.entries(v.settings.depositThresholds).map(([currency, amount]) => ({ currency, amount })),
    }),
    currenciesWithoutThreshold: t.field({
      type: ['Currency'],
      description: 'The tenant\'s currencies with no deposit threshold: deposits in them never ask for a level until staff set one.',
      resolve: (v) => v.currencies.filter((c) => !(c in v.settings.depositThresholds)),
    }),
    depositLevel: t.field({ type: VerificationLevelEnum, description: 'The level a deposit reaching a threshold needs (default FULL).', resolve: (v) => v.settings.depositLevel }),
    flagSeverity: t.field({ type: RiskSeverityEnum, description: 'A player with an open risk case of at least this severity needs `flagLevel` to withdraw (default HIGH).', resolve: (v) => v.settings.flagSeverity }),
    flagLevel: t.field({ type: VerificationLevelEnum, description: 'The level such a flagged player needs to withdraw (default ENHANCED).', resolve: (v) => v.settings.flagLevel }),
    minimumAge: t.int({ description: 'Below this age (from the document\'s date of birth) a verification fails and the account is blocked (default 18).', resolve: (v) => v.settings.minimumAge }),
  }),
});

const ThresholdInput = builder.inputType('DepositThresholdInput', {
  description: 'A cumulative deposit threshold in one currency.',
  fields: (t) => ({
    currency: t.field({ type: 'Currency', required: true, description: 'One of the tenant\'s currencies, at most once.' }),
    amount: t.field({ type: 'MinorUnits', required: true, description: 'The threshold, in minor units.' }),
  }),
});

const UpdateRiskSettingsInput = builder.inputType('UpdateRiskSettingsInput', {
  description: 'The rules to change; absent fields keep their value.',
  fields: (t) => ({
    withdrawalLevel: t.field({ type: VerificationLevelEnum, description: 'The level every withdrawal needs.' }),
    depositThresholds: t.field({ type: [ThresholdInput], description: 'Replaces every threshold (0-50; a currency left out has none).' }),
    depositLevel: t.field({ type: VerificationLevelEnum, description: 'The level a deposit reaching a threshold needs.' }),
    flagSeverity: t.field({ type: RiskSeverityEnum, description: 'The least severity of an open case that asks for `flagLevel`.' }),
    flagLevel: t.field({ type: VerificationLevelEnum, description: 'The level a flagged player needs to withdraw.' }),
    minimumAge: t.int({ description: 'The minimum age, 18 to 25.' }),
  }),
});

const UpdateRiskSettingsPayload = builder.objectRef<SettingsView>('UpdateRiskSettingsPayload').implement({
  description: 'The rules as changed.',
  fields: (t) => ({ settings: t.field({ type: RiskSettingsType, description: 'The tenant\'s rules now.', resolve: (v) => v }) }),
});

builder.queryFields((t) => ({
  riskSettings: t.field({
    type: RiskSettingsType,
    description: 'The tenant\'s KYC rules. Staff with risk:read.',
    authScopes: { permission: 'risk:read' },
    resolve: async (_root, _args, ctx) => ({ settings: await riskSettings(ctx), currencies: requireTenant(ctx).currencies }),
  }),
}));

builder.mutationFields((t) => ({
  updateRiskSettings: t.field({
    type: UpdateRiskSettingsPayload,
    description: 'Staff (risk:manage) change the tenant\'s KYC rules. Audited (RiskSettings, with the rules before and after).',
    authScopes: { permission: 'risk:manage' },
    errors: { types: [ValidationError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: UpdateRiskSettingsInput, required: true, description: 'The rules to change.' }) },
    resolve: async (_root, { input }, ctx) => ({ settings: await updateRiskSettings(ctx, input), currencies: requireTenant(ctx).currencies }),
  }),
}));
