import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { TenantNotFoundError, TenantRequiredError, TenantSuspendedError, ValidationError } from '../../src/errors.js';
import { errorType } from '../../src/graphql/errors.js';
import * as passwords from './identity.passwords.js';
import { CurrentPasswordIncorrectError, InvalidResetTokenError, PasswordChangeRequiredError } from './identity.passwords.js';

errorType(CurrentPasswordIncorrectError, 'CurrentPasswordIncorrectError', {
  code: 'CURRENT_PASSWORD_INCORRECT',
  description: 'changePassword: `currentPassword` is not the account\'s password; nothing changed. Ask the user to type it again, or use a password reset.',
});
errorType(InvalidResetTokenError, 'InvalidResetTokenError', {
  code: 'INVALID_RESET_TOKEN',
  description: 'resetPassword: the token is unknown, already used, superseded by a newer reset email, or past its 30 minutes; nothing changed. Ask for a new reset email.',
});

const PasswordAccountKindEnum = builder.enumType('PasswordAccountKind', {
  description: 'The kinds of account that sign in with a password.',
  values: {
    PLAYER: { description: 'A player of a tenant (signs in with `login`).' },
    STAFF: { description: 'A staff user of a tenant (signs in with `staffLogin` naming the tenant).' },
    PLATFORM_STAFF: { description: 'Staff of the platform itself (signs in with `staffLogin` naming no tenant).' },
    AFFILIATE: { description: 'An affiliate of a tenant (signs in with `affiliateSignIn`). Its password links come from staff (`inviteAffiliate`), not from requestPasswordReset, which refuses this kind.' },
  } as const,
});

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  description: 'The caller\'s current password and the new one.',
  fields: (t) => ({
    currentPassword: t.string({ required: true, description: 'The password the account has now.' }),
    newPassword: t.string({ required: true, description: 'The new password: 10 to 256 characters (as at registration), different from the current one.' }),
  }),
});
const ChangePasswordPayload = builder.objectRef<{ sessionsEnded: number }>('ChangePasswordPayload').implement({
  description: 'The password was changed. The caller\'s session goes on; every other session of the account ended.',
  fields: (t) => ({
    sessionsEnded: t.exposeInt('sessionsEnded', { description: 'How many other sessions of the account were ended (their tokens stop working, their live connections close).' }),
  }),
});

const RequestPasswordResetInput = builder.inputType('RequestPasswordResetInput', {
  description: 'Whose password to reset: an email and the kind of account.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The email address of the account.' }),
    accountKind: t.field({
      type: PasswordAccountKindEnum,
      defaultValue: 'PLAYER',
      description: 'PLAYER (default): a player of the request\'s tenant (X-Tenant or domain). STAFF: a staff user of the tenant named by `tenant`. PLATFORM_STAFF: platform staff.',
    }),
    tenant: t.string({ description: 'Slug of the tenant, for STAFF only (as in staffLogin).' }),
  }),
});
const RequestPasswordResetPayload = builder.objectRef<{ accepted: true }>('RequestPasswordResetPayload').implement({
  description: 'The same answer whether or not an account has this email: if one does (and is active), a reset link is on its way to it.',
  fields: (t) => ({
    accepted: t.exposeBoolean('accepted', { description: 'Always true: the request was taken. It says nothing about whether the account exists.' }),
  }),
});

const ResetPasswordInput = builder.inputType('ResetPasswordInput', {
  description: 'The token of a reset email and the new password.',
  fields: (t) => ({
    token: t.string({ required: true, description: 'The token from the reset link (its last path segment). It works once, for 30 minutes.' }),
    newPassword: t.string({ required: true, description: 'The new password: 10 to 256 characters, as at registration.' }),
  }),
});
const ResetPasswordPayload = builder.objectRef<{ accountKind: passwords.PasswordAccountKind }>('ResetPasswordPayload').implement({
  description: 'The password was reset; every session of the account ended. Sign in again with the new password.',
  fields: (t) => ({
    accountKind: t.field({
      type: PasswordAccountKindEnum,
      description: 'The kind of account whose password was reset, so the frontend can offer the right sign-in.',
      resolve: (p) => p.accountKind,
    }),
  }),
});

builder.mutationFields((t) => ({
  changePassword: t.field({
    type: ChangePasswordPayload,
    description: 'Changes the signed-in player\'s or staff user\'s (tenant or platform) password. The current password is required. Ends every other session of the account, voids pending reset links, and lifts the must-change-password state of a handed-out password.',
    authScopes: { $any: { player: true, staff: true } },
    errors: { types: [ValidationError, CurrentPasswordIncorrectError] },
    args: { input: t.arg({ type: ChangePasswordInput, required: true, description: 'The current and the new password.' }) },
    resolve: (_root, { input }, ctx) => passwords.changePassword(ctx, input),
  }),
  requestPasswordReset: t.field({
    type: RequestPasswordResetPayload,
    description:
      'Emails a one-time reset link (30 minutes) to the account with this email, if there is one and it is active. Answers the same either way. Limited per address (a top-level RATE_LIMITED error) and per email (silently: no more emails).',
    authScopes: { public: true },
    errors: { types: [ValidationError, TenantRequiredError, TenantNotFoundError, TenantSuspendedError] },
    args: { input: t.arg({ type: RequestPasswordResetInput, required: true, description: 'The email and the kind of account.' }) },
    resolve: async (_root, { input }, ctx) => {
      await passwords.requestPasswordReset(ctx, input);
      return { accepted: true as const };
    },
  }),
  resetPassword: t.field({
    type: ResetPasswordPayload,
    description: 'Sets a new password with the token of a reset email. The token works once; every session of the account ends.',
    authScopes: { public: true },
    errors: { types: [ValidationError, InvalidResetTokenError] },
    args: { input: t.arg({ type: ResetPasswordInput, required: true, description: 'The token and the new password.' }) },
    resolve: (_root, { input }, ctx) => passwords.resetPassword(ctx, input),
  }),
}));

/** Root fields an account that must change its password may still use. */
const ALLOWED_BEFORE_CHANGE = new Set(['Query.viewer', 'Mutation.changePassword', 'Mutation.logout', 'Mutation.refreshSession']);

/**
 * Every other root field (queries, mutations, subscriptions) answers a top-level
 * PASSWORD_CHANGE_REQUIRED error to a principal marked by `authenticate` (a handed-out
 * password, docs/accounts.md), before its own resolver or authorization runs. Wraps the
 * finished schema's root resolvers in place.
 */
export function withPasswordChangeGate(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (ALLOWED_BEFORE_CHANGE.has(`${type.name}.${field.name}`)) continue;
      const gate = <T extends GraphQLFieldResolver<unknown, Context>>(inner: T): T =>
        ((source, args, ctx, info) => {
          if (passwords.passwordChangeRequired(ctx.principal)) throw new PasswordChangeRequiredError();
          return inner(source, args, ctx, info);
        }) as T;
      field.resolve = gate((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>);
      if (field.subscribe) field.subscribe = gate(field.subscribe as GraphQLFieldResolver<unknown, Context>);
    }
  }
  return schema;
}
