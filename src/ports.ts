import net from 'node:net';

/**
 * A port the process must listen on (or hand to the embedded PostgreSQL) is taken. Its message
 * is the one line `npm start` prints: the port and the variable that moves it.
 */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
    /** The environment variable that changes the port. */
    readonly variable: string,
    /** What wanted the port, e.g. "the HTTP server". */
    readonly purpose: string,
    /** Another way out, appended to the advice. */
    alternative?: string,
  ) {
    super(
      `Port ${port} on ${host} is already in use, so ${purpose} cannot start: ` +
        `stop what listens there or set ${variable} to another port${alternative ? `, ${alternative}` : ''}.`,
    );
    this.name = 'PortInUseError';
  }
}

export function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

/**
 * Whether `port` on `host` can be bound right now, found by binding it for a moment.
 * Checked before listening because a failed listen is also reported, as a stack trace on
 * stderr, by every listener of the server's `error` event (graphql-ws's WebSocket server).
 */
export function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.unref();
    // Any other failure (EACCES, an unknown host) is left for the real listen to report.
    probe.once('error', (error) => resolve(!isAddressInUse(error)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}
