import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

/** GraphiQL's files, served from installed packages: our machines have no CDN to reach. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { file: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { file: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { file: 'graphiql/graphiql.min.css', type: 'text/css' },
};

const PAGE = `<!doctype html>
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
    const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'x-tenant': 'demo' } });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, headerEditorEnabled: true,
        defaultHeaders: JSON.stringify({ 'x-tenant': 'demo' }, null, 2) }),
    );
  </script>
</body>
</html>`;

export function registerGraphiql(app: FastifyInstance): void {
  const cache = new Map<string, Buffer>();
  app.get('/graphiql', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get<{ Params: { name: string } }>('/graphiql/assets/:name', async (request, reply) => {
    const asset = ASSETS[request.params.name];
    if (!asset) return reply.code(404).send({ error: 'not found' });
    let body = cache.get(asset.file);
    if (!body) {
      body = readFileSync(require.resolve(asset.file));
      cache.set(asset.file, body);
    }
    return reply.type(asset.type).header('cache-control', 'public, max-age=86400').send(body);
  });
}
