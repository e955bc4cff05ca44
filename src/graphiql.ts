import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

/** GraphiQL's files, served from installed packages: our machines have no CDN to reach. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** A file inside an installed package, found from its package.json (export maps hide UMD builds). */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const DEFAULT_QUERY = `# The tenant's public menu (X-Tenant in the headers pane). Sign in with staffLogin or login for more.
{
  currentTenant { name currencies locales }
  menu { items { key label } features }
}
`;

function page(headers: Record<string, string>): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Croupier GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>
    // Subscriptions go over the WebSocket (graphql-transport-ws) on the same path; HTTP refuses
    // them. The headers pane becomes the connection's connectionParams.
    const fetcher = GraphiQL.createFetcher({
      url: '/graphql',
      subscriptionUrl: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql',
    });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, headerEditorEnabled: true,
        defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
        defaultHeaders: ${JSON.stringify(JSON.stringify(headers, null, 2))} }),
    );
  </script>
</body>
</html>`;
}

/** Serves GraphiQL; `tenant` (the demo tenant, when seeded) pre-fills the X-Tenant header. */
export function registerGraphiql(app: FastifyInstance, tenant?: string): void {
  const html = page(tenant ? { 'x-tenant': tenant } : {});
  const cache = new Map<string, Buffer>();
  app.get('/graphiql', async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  app.get<{ Params: { name: string } }>('/graphiql/assets/:name', async (request, reply) => {
    const asset = ASSETS[request.params.name];
    if (!asset) return reply.code(404).send({ error: 'not found' });
    let body = cache.get(request.params.name);
    if (!body) {
      body = readFileSync(packageFile(asset.pkg, asset.file));
      cache.set(request.params.name, body);
    }
    return reply.type(asset.type).header('cache-control', 'public, max-age=86400').send(body);
  });
}
