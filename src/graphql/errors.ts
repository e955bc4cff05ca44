import type { EnumRef } from '@pothos/core';
import { builder, type BuilderTypes } from '../builder.js';
import {
  AppError,
  InvalidIdError,
  NotFoundError,
  TenantNotFoundError,
  TenantRequiredError,
  TenantSuspendedError,
  ValidationError,
  type LocalizedIssue,
} from '../errors.js';
import { localize } from '../i18n.js';

/**
 * Every code an Error in a result union can carry, with what it means: filled by errorType as
 * the modules register their errors, turned into the `ErrorCode` enum by defineErrorCodes()
 * once every module's schema file has run (src/modules.ts).
 */
const ERROR_CODES = new Map<string, string>();
let ErrorCodeEnum: EnumRef<BuilderTypes, string, string> | null = null;

/** `interface Error { message code }`: every typed failure in a result union implements it. */
export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'An expected failure, returned as a member of a mutation\'s result union. `message` is in the caller\'s language; `code` is stable.',
  fields: (t) => ({
    message: t.string({ description: 'What went wrong, in the caller\'s language (Accept-Language or the player\'s locale).', resolve: (error, _args, ctx) => error.localized(ctx.locale) }),
    code: t.field({
      type: ErrorCodeEnum!,
      description: 'The stable, machine-readable code of the failure.',
      resolve: (error) => error.code,
    }),
  }),
});

/** Defines the ErrorCode enum from every registered error. Called once, after all schema files. */
export function defineErrorCodes(): void {
  if (ErrorCodeEnum) return;
  const values = Object.fromEntries([...ERROR_CODES].sort(([a], [b]) => a.localeCompare(b)).map(([code, description]) => [code, { value: code, description }]));
  ErrorCodeEnum = builder.enumType('ErrorCode', {
    description: 'The code of every expected failure (the `code` of an `Error`).',
    values,
  });
}

// Pothos takes the class itself as the type parameter; its constructor arguments do not matter here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ErrorClass = new (...args: any[]) => AppError;

export interface ErrorTypeOptions {
  /** The code(s) its instances carry (AppError.code). */
  code: string | readonly string[];
  /** When the error is returned, and what the caller can do about it. */
  description: string;
}

/** Registers an AppError subclass as a GraphQL object type implementing Error. */
export function errorType(
  errorClass: ErrorClass,
  name: string,
  options: ErrorTypeOptions,
  // The extra fields of the error type, beside message and code.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fields?: (t: any) => Record<string, any>,
) {
  for (const code of typeof options.code === 'string' ? [options.code] : options.code) {
    if (!ERROR_CODES.has(code)) ERROR_CODES.set(code, options.description);
  }
  return builder.objectType(errorClass, {
    name,
    description: options.description,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof errorClass,
    ...(fields ? { fields } : {}),
  });
}

const FieldIssueType = builder.objectRef<LocalizedIssue>('FieldIssue').implement({
  description: 'One invalid field of an input.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path of the offending field, from the argument name.' }),
    message: t.string({ description: 'What is wrong with it, in the caller\'s language.', resolve: (issue, _args, ctx) => localize(issue.text, ctx.locale) }),
  }),
});

errorType(
  ValidationError,
  'ValidationError',
  { code: 'VALIDATION_FAILED', description: 'The input broke a rule of its type (a range, a format, a required field); nothing was written. `issues` names each offending field.' },
  (t) => ({
    issues: t.field({ type: [FieldIssueType], description: 'Each offending field, with what is wrong.', resolve: (error: ValidationError) => error.issues }),
  }),
);
errorType(
  InvalidIdError,
  'InvalidIdError',
  { code: 'INVALID_ID', description: 'An id argument is not a global ID of the type it takes (a raw UUID, or another type\'s ID).' },
  (t) => ({
    expectedType: t.exposeString('expectedType', { description: 'The type whose global ID the argument takes.' }),
    path: t.exposeStringList('path', { description: 'Path of the argument, e.g. ["input", "playerId"].' }),
  }),
);
errorType(NotFoundError, 'NotFoundError', { code: 'NOT_FOUND', description: 'The object named does not exist, or is not visible to the caller.' });
errorType(TenantRequiredError, 'TenantRequiredError', { code: 'TENANT_REQUIRED', description: 'The operation needs a tenant: send X-Tenant or use a tenant domain.' });
errorType(TenantNotFoundError, 'TenantNotFoundError', { code: 'TENANT_NOT_FOUND', description: 'The tenant named by X-Tenant or the domain does not exist.' });
errorType(TenantSuspendedError, 'TenantSuspendedError', { code: 'TENANT_SUSPENDED', description: 'The tenant is suspended: its players and partners are refused until it is reactivated.' });

/** Errors any tenant-scoped mutation can return. */
export const TENANT_ERRORS = [TenantRequiredError, TenantNotFoundError, TenantSuspendedError] as const;
