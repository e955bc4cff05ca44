import { builder } from '../builder.js';
import {
  AppError,
  NotFoundError,
  TenantNotFoundError,
  TenantRequiredError,
  TenantSuspendedError,
  ValidationError,
  type FieldIssue,
} from '../errors.js';

/** `interface Error { message code }`: every typed failure in a result union implements it. */
export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'An expected failure. `message` is in the caller\'s language; `code` is stable.',
  fields: (t) => ({
    message: t.string({ resolve: (error, _args, ctx) => error.localized(ctx.locale) }),
    code: t.exposeString('code'),
  }),
});

// Pothos takes the class itself as the type parameter; its constructor arguments do not matter here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ErrorClass = new (...args: any[]) => AppError;

/** Registers an AppError subclass as a GraphQL object type implementing Error. */
export function errorType(errorClass: ErrorClass, name: string) {
  return builder.objectType(errorClass, {
    name,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof errorClass,
  });
}

const FieldIssueType = builder.objectRef<FieldIssue>('FieldIssue').implement({
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path of the offending field, from the argument name.' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueType], resolve: (error) => error.issues }),
  }),
});
errorType(NotFoundError, 'NotFoundError');
errorType(TenantRequiredError, 'TenantRequiredError');
errorType(TenantNotFoundError, 'TenantNotFoundError');
errorType(TenantSuspendedError, 'TenantSuspendedError');

/** Errors any tenant-scoped mutation can return. */
export const TENANT_ERRORS = [TenantRequiredError, TenantNotFoundError, TenantSuspendedError] as const;
