// Test server on loopback only. Port 8092 plays the news site: the bundle at
// the domain root and under a sub-path, host pages, pym.js. Port 8093 plays a
// CDN on another origin: the bundle under /cdn/explainer/ with CORS, as a CDN
// serving the script embed must. CSP=strict adds the Content-Security-Policy
// the widget promises to work under.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const dist = join(root, 'dist');
const TYPES = { '.txt': 'text/plain; charset=utf-8', '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png' };
export const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

function mount(url, routes) {
  for (const [prefix, dir] of routes) {
    if (url.startsWith(prefix)) {
      const rest = decodeURIComponent(url.slice(prefix.length)) || 'index.html';
      const path = normalize(join(dir, rest.endsWith('/') ? rest + 'index.html' : rest));
      if (!path.startsWith(dir)) return null; // no climbing out of the mounted folder
      return path;
    }
  }
  return null;
}

function serve(port, routes, headers) {
  createServer(async (req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    // A server that never answers, for the widget's load timeout.
    if (url.pathname.startsWith('/hang/')) return;
    const path = mount(url.pathname, routes);
    try {
      if (!path) throw new Error('no route');
      const body = await readFile(path);
      const extra = typeof headers === 'function' ? headers(url, path) : headers;
      // /slow/: the page arrives in two parts, 800 ms apart, split before the
      // text given as ?at=, so the widget's code runs on a half-parsed page.
      const at = url.pathname.startsWith('/slow/') && path.endsWith('index.html') ? body.indexOf(url.searchParams.get('at') ?? '') : -1;
      if (at > 0) {
        res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
        res.write(body.subarray(0, at));
        setTimeout(() => res.end(body.subarray(at)), 800);
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  }).listen(port, '127.0.0.1');
}

serve(8092, [
  ['/graphics/2025/explainer/', dist],
  ['/slow/', dist],
  ['/hosts/', join(root, 'tests/e2e/hosts')],
  ['/fixtures/', join(root, 'tests/fixtures')],
  ['/bench/', join(root, 'bench')],
  ['/tl3/', join(root, 'node_modules/@knight-lab/timelinejs/dist')],
  ['/vendor/', join(root, 'node_modules/pym.js/dist')],
  // The studio's downloaded bundle, unzipped by studio.spec.mjs.
  ['/republished/', join(root, 'target/e2e-republished')],
  ['/', dist],
], (url, path) => (url.searchParams.get('csp') === 'strict' && path.startsWith(dist) && path.endsWith('.html') ? { 'Content-Security-Policy': STRICT_CSP } : {}));

serve(8093, [['/cdn/explainer/', dist]], { 'Access-Control-Allow-Origin': '*' });
console.log('test server on 127.0.0.1:8092 (site) and 127.0.0.1:8093 (CDN)');
