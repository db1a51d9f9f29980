// A small static file server for the built site, bound to loopback. Used by scripts/run, the
// browser tests and scripts/bench. Serves .wasm as application/wasm (needed for streaming
// compilation), revalidates every file (the service worker does the caching), and sends the
// security headers of security_headers.mjs. `embedHosts` overrides the site's config.json (the
// portal origins allowed to embed the app), for a demo portal or a test on another port.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { readConfig, securityHeaders } from './security_headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// The site's own config.json, or nobody may embed it when there is none (bench's baseline);
// a malformed one is an error, never silently ignored.
function siteConfig(base, embedHosts) {
  if (embedHosts) return { embedHosts };
  const file = join(base, 'config.json');
  return existsSync(file) ? readConfig(file) : { embedHosts: [] };
}

// `headers` replaces the app's security headers, for a page that is not the app (the demo portal).
export function startServer({ root, host = '127.0.0.1', port = 0, embedHosts = null, headers = null }) {
  const base = resolve(root);
  const config = headers ? null : siteConfig(base, embedHosts);
  const security = headers ?? securityHeaders(config);
  const server = createServer(async (request, response) => {
    for (const [name, value] of Object.entries(security)) response.setHeader(name, value);
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      // A malformed percent-escape (`/%E0%A4%A`) throws: thrown in this handler it would kill
      // the server, and the tests and scripts/run with it. It is the client's mistake: 400.
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (path === '/config.json' && embedHosts) {
      response.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-cache' });
      response.end(request.method === 'HEAD' ? undefined : JSON.stringify(config));
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        // Public files: a sandboxed iframe (an opaque origin) may fetch the wasm too.
        'Access-Control-Allow-Origin': '*',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      resolvePromise({ server, url: `http://${host}:${bound}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// As a command: node static_server.mjs ROOT [PORT [DEMO_ROOT DEMO_PORT]]. With a demo portal,
// the app is served allowing that portal's origin to embed it.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, port = '8080', demoRoot, demoPort] = process.argv.slice(2);
  const demoOrigin = demoRoot ? `http://127.0.0.1:${demoPort}` : null;
  const { url } = await startServer({ root, port: Number(port), embedHosts: demoOrigin ? [demoOrigin] : null });
  console.log(`Unknot is being served at ${url}  (Ctrl+C to stop)`);
  if (demoRoot) {
    await startServer({ root: demoRoot, port: Number(demoPort), headers: { 'X-Content-Type-Options': 'nosniff' } });
    console.log(`A sample benefits portal embedding it: ${demoOrigin}/embed-demo.html?app=${encodeURIComponent(url)}`);
  }
}
