/**
 * The console's way to the API: the generated SDK (codegen/sdk.ts) over graphql-request, and
 * graphql-ws for subscriptions, on the same origin. The access token lives in sessionStorage
 * (gone with the tab); an expired one is renewed once with the refresh token.
 */
import { ClientError, GraphQLClient } from 'graphql-request';
import { createClient, type Client } from 'graphql-ws';
import { print, type DocumentNode } from 'graphql';
import { getSdk, type SdkFunctionWrapper, type ViewerQuery } from '../../../codegen/sdk.js';
import { lang } from './i18n.js';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

interface Session {
  accessToken: string;
  refreshToken: string;
  tenant: string | null;
  /** Who signed in (platform staff have no staffUser on the viewer to read it from). */
  email: string;
}

const SESSION_KEY = 'croupier-console-session';
const GRAPHQL_PATH = '/graphql';

function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

let session: Session | null = loadSession();

function saveSession(next: Session | null): void {
  session = next;
  if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
  else sessionStorage.removeItem(SESSION_KEY);
}

export function signedIn(): boolean {
  return session !== null;
}

export function sessionEmail(): string {
  return session?.email ?? '';
}

/** The headers of every request: the caller's token and language. */
function headers(): Record<string, string> {
  const result: Record<string, string> = { 'accept-language': lang() };
  if (session) result['authorization'] = `Bearer ${session.accessToken}`;
  return result;
}

/** The first GraphQL error's code, when the failure is one. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof ClientError) {
    const code = error.response.errors?.[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** What to show for a failed request: the API's own (localised) message when there is one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ClientError) return error.response.errors?.map((e) => e.message).join('; ') ?? `HTTP ${error.response.status}`;
  return error instanceof Error ? error.message : String(error);
}

const endpoint = new URL(GRAPHQL_PATH, location.origin).toString();
const client = new GraphQLClient(endpoint, { headers });
// refreshSession goes without the access token: the API refuses a request whose token it refuses.
const anonymous = new GraphQLClient(endpoint, { headers: () => ({ 'accept-language': lang() }) });

let refreshing: Promise<boolean> | null = null;

/** Renews the access token with the refresh token (each works once); false when the session is over. */
async function refresh(): Promise<boolean> {
  const current = session;
  if (!current) return false;
  refreshing ??= (async () => {
    try {
      const { refreshSession } = await getSdk(anonymous).RefreshSession({ input: { refreshToken: current.refreshToken } });
      if (refreshSession.__typename !== 'RefreshSessionPayload') return false;
      saveSession({ ...current, accessToken: refreshSession.tokens.accessToken, refreshToken: refreshSession.tokens.refreshToken });
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Listeners told when the session ends (the app shows the sign-in form). */
const onSignedOut = new Set<() => void>();
export function whenSignedOut(listener: () => void): void {
  onSignedOut.add(listener);
}

const renewOnce: SdkFunctionWrapper = async (action) => {
  try {
    return await action();
  } catch (error) {
    if (errorCode(error) !== 'UNAUTHENTICATED' || !session) throw error;
    if (await refresh()) return action();
    signOut();
    throw error;
  }
};

/** The typed SDK; every call carries the current token and language. */
export const api = getSdk(client, renewOnce);

/** Signs a staff member in; null when it worked, else the API's message. */
export async function signIn(email: string, password: string, tenant: string): Promise<string | null> {
  saveSession(null);
  const { staffLogin } = await api.StaffLogin({ input: { email, password, ...(tenant ? { tenant } : {}) } });
  if (staffLogin.__typename !== 'StaffLoginPayload') return staffLogin.message;
  saveSession({ accessToken: staffLogin.tokens.accessToken, refreshToken: staffLogin.tokens.refreshToken, tenant: tenant || null, email });
  return null;
}

export function signOut(): void {
  const current = session;
  saveSession(null);
  closeSocket();
  // The server ends the session the access token belongs to.
  if (current) void api.Logout({ input: {} }, { authorization: `Bearer ${current.accessToken}` }).catch(() => undefined);
  for (const listener of onSignedOut) listener();
}

let socket: Client | null = null;

function closeSocket(): void {
  void socket?.dispose();
  socket = null;
}

function openSocket(): Client {
  socket ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`,
    // Read at each (re)connection: a renewed token is used by the next one.
    connectionParams: () => headers(),
    lazy: true,
    retryAttempts: 5,
  });
  return socket;
}

/**
 * Subscribes over graphql-ws (same origin, same path); `onEvent` gets each result's data.
 * Answers the unsubscribe function. The document's printed text is the one in the
 * trusted-documents manifest, as for the SDK's requests. A refused subscription (an access
 * token that expired) is tried once more, on a new connection, after an HTTP request has
 * renewed the token.
 */
export function subscribe<T>(document: DocumentNode, onEvent: (data: T) => void, onError: (message: string) => void): () => void {
  let stop: (() => void) | null = null;
  let closed = false;
  let retried = false;
  const fail = async (message: string): Promise<void> => {
    if (closed) return;
    if (!retried && session) {
      retried = true;
      await api.Viewer().catch(() => undefined);
      if (closed || !session) return;
      closeSocket();
      start();
      return;
    }
    onError(message);
  };
  const start = (): void => {
    stop = openSocket().subscribe<T>(
      { query: print(document) },
      {
        next: (result) => {
          if (result.errors?.length) void fail(result.errors.map((e) => e.message).join('; '));
          else if (result.data) onEvent(result.data as T);
        },
        error: (error) => void fail(error instanceof Error ? error.message : 'subscription closed'),
        complete: () => undefined,
      },
    );
  };
  start();
  return () => {
    closed = true;
    stop?.();
  };
}
