/**
 * Kinds of account that sign in with identity's sessions but live in a module above identity
 * (affiliates: an affiliate signs in to its own portal). Identity keeps the sessions, tokens and
 * password links of every kind; it never imports those modules: the composition root
 * (src/modules.ts) registers each kind here, and identity asks it what only the owner knows.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

/** The kinds of session subject kept by modules above identity (auth_session.subject_kind). */
export type ExternalSubjectKind = 'AFFILIATE';

export interface SessionSubject {
  kind: ExternalSubjectKind;
  /** Whether the account may use a session now (authentication of each request, refresh). In a tenant transaction. */
  maySignIn(em: EntityManager, tenantId: string, subjectId: string): Promise<boolean>;
  /** Stores the account's new password hash (a password link was used), in identity's transaction. */
  setPasswordHash(em: EntityManager, tenantId: string, subjectId: string, passwordHash: string): Promise<void>;
  /** The audit target type of the account (e.g. Affiliate). */
  auditType: 'Affiliate';
}

const subjects = new Map<ExternalSubjectKind, SessionSubject>();

/** Called once per kind at the composition root. */
export function registerSessionSubject(subject: SessionSubject): void {
  subjects.set(subject.kind, subject);
}

/** The registered kind; a session of a kind nobody registered is a fault of the wiring. */
export function sessionSubject(kind: ExternalSubjectKind): SessionSubject {
  const found = subjects.get(kind);
  if (!found) throw new Error(`no session subject registered for ${kind}`);
  return found;
}
