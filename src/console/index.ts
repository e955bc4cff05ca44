import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../observability/logger.js';

/**
 * The staff web console (docs/console.md): a client of this API, like GraphiQL, served by the
 * API process itself. Its TypeScript (src/console/app) is bundled with esbuild on the first
 * request and kept in memory, so there is no build step, nothing generated in git, and no CDN:
 * the charting library and the SDK are inside the bundle.
 */

const ENTRY = fileURLToPath(new URL('./app/main.ts', import.meta.url));

/** The bundle, built once per process (a failed build is retried on the next request). */
let bundle: Promise<string> | undefined;

async function build(): Promise<string> {
  // Loaded only when the console is first asked for: the API never pays for esbuild otherwise.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    // graphql-js reads process.env.NODE_ENV; the browser has no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild wrote no console bundle');
  return file.text;
}

/** The console's JavaScript: built on the first call, then the same text from memory. */
export function consoleBundle(): Promise<string> {
  bundle ??= build().catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}

const STYLE = `
:root { --fg: #1d2430; --muted: #5c6675; --line: #d9dee5; --accent: #1f6feb; --bad: #c62828; --ok: #2e7d32; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: #111827; color: #fff; }
header .brand { font-weight: 600; }
header nav { display: flex; gap: 4px; flex: 1; flex-wrap: wrap; }
header nav a { color: #d1d5db; text-decoration: none; padding: 4px 8px; border-radius: 4px; }
header nav a.active, header nav a:hover { background: #374151; color: #fff; }
header .who { color: #9ca3af; }
header select, header button { font: inherit; }
main { padding: 16px; max-width: 1200px; margin: 0 auto; }
h1 { font-size: 20px; margin: 0 0 12px; }
h2 { font-size: 16px; margin: 16px 0 8px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
form.inline { display: flex; gap: 8px; align-items: end; flex-wrap: wrap; margin-bottom: 12px; }
label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--muted); }
input, select, button { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 4px; }
button { background: #fff; cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.danger { color: var(--bad); }
button:disabled { opacity: .5; cursor: default; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; margin-bottom: 12px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px; }
.chart { position: relative; height: 260px; }
.error { color: var(--bad); margin: 8px 0; }
.notice { color: var(--muted); margin: 8px 0; }
.live { color: var(--ok); font-size: 12px; }
.signin { max-width: 360px; margin: 48px auto; }
.signin form { display: flex; flex-direction: column; gap: 10px; }
.muted { color: var(--muted); }
.tag { display: inline-block; background: #eef1f5; border-radius: 10px; padding: 0 8px; margin-right: 4px; font-size: 12px; }
pre { white-space: pre-wrap; word-break: break-all; margin: 0; font-size: 12px; }
`;

function page(defaultTenant: string | undefined): string {
  const tenantAttribute = defaultTenant ? ` data-default-tenant="${defaultTenant.replace(/[^a-z0-9-]/g, '')}"` : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Croupier console</title>
  <link rel="icon" href="data:," />
  <style>${STYLE}</style>
</head>
<body${tenantAttribute}>
  <div id="console">Loading…</div>
  <noscript>The Croupier console needs JavaScript.</noscript>
  <script src="/console/app.js"></script>
</body>
</html>`;
}

/**
 * Serves the console at /console (screens are hash routes: /console#/withdrawals) and its
 * bundle at /console/app.js. `tenant` (the demo tenant, when seeded) pre-fills the sign-in form.
 */
export function registerConsole(app: FastifyInstance, logger: Logger, tenant?: string): void {
  const html = page(tenant);
  const sendPage = async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  app.get('/console', sendPage);
  app.get('/console/', sendPage);
  app.get('/console/app.js', async (_request, reply) => {
    try {
      const code = await consoleBundle();
      return reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(code);
    } catch (error) {
      logger.error({ err: error }, 'the console bundle failed to build');
      return reply.code(500).type('text/plain; charset=utf-8').send('The console could not be built; see the server log.');
    }
  });
}
