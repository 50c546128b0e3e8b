// Static servers for the demo and the tests, on 127.0.0.1 only:
//  - the bundle (target/dist) on its own origin, with the headers of the deployment configuration
//    (deploy/nginx/passerelle.conf): content types, precompressed .br/.gz, long cache for hashed
//    names, CORS (the inline integration fetches the glue, the wasm and the styles from the
//    partner's page). `make run` and `make bench` use this node server; the end-to-end tests pass
//    `bundleOrigin` instead, nginx with the deployment configuration (tools/nginx.mjs), and then
//    no bundle server is started here;
//  - the demo partner site (www/demo), on another origin, with %BUNDLE% replaced by the
//    bundle's origin.
// `pages` (path → html) adds test pages to the demo site.
// `route(req, res, url)` lets a test answer a path itself (faults, delays); return true if it did.
// It answers on the node bundle server, or with `bundleOrigin` on an origin of its own, `faults`,
// which allows any origin (like a contacts host set up as the README says). `faults` is the bundle's
// origin when there is no `bundleOrigin`.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
};
const HASHED = /-[0-9a-f]{10}\.(js|wasm|css|txt)$/;

function listen(handler, port) {
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) => handler(req, res).catch((e) => {
      res.writeHead(500).end(String(e));
    }));
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

async function file(dir, pathname) {
  const path = normalize(join(dir, decodeURIComponent(pathname)));
  if (!path.startsWith(dir)) return null;
  try {
    const s = await stat(path);
    return s.isDirectory() ? file(dir, join(pathname, "index.html")) : path;
  } catch { return null; }
}

export async function serve({
  bundleDir = join(root, "target/dist"), demoDir = join(root, "www/demo"),
  bundlePort = 0, demoPort = 0, route = null, bundleOrigin = null,
} = {}) {
  const servers = [];
  let faultsOrigin = null;
  if (bundleOrigin && route) {
    const faults = await listen(async (req, res) => {
      res.setHeader("access-control-allow-origin", "*");
      if (!(await route(req, res, new URL(req.url, faultsOrigin)))) res.writeHead(404).end("not found");
    }, 0);
    servers.push(faults);
    faultsOrigin = `http://127.0.0.1:${faults.address().port}`;
  }
  if (!bundleOrigin) servers.push(await bundleServer(bundleDir, bundlePort, route));
  bundleOrigin ??= `http://127.0.0.1:${servers.at(-1).address().port}`;
  faultsOrigin ??= bundleOrigin;

  // Pages a test writes: served like the demo's own, so the browser sees a real local page.
  const pages = new Map();
  const demo = await listen(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const path = pages.has(url.pathname) ? url.pathname : await file(demoDir, url.pathname);
    if (!path) return res.writeHead(404).end("not found");
    let body = pages.get(path) ?? await readFile(path);
    if (path.endsWith(".html")) body = body.toString().replaceAll("%BUNDLE%", bundleOrigin);
    res.writeHead(200, { "content-type": TYPES[extname(path)] || "application/octet-stream", "cache-control": "no-cache" }).end(body);
  }, demoPort);
  servers.push(demo);
  const demoOrigin = `http://127.0.0.1:${demo.address().port}`;

  return {
    bundle: bundleOrigin,
    demo: demoOrigin,
    faults: faultsOrigin,
    pages,
    close: () => Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); }))),
  };
}

/** The bundle as the deployment configuration serves it, for `make run` and `make bench`. */
function bundleServer(bundleDir, port, route) {
  return listen(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (route && (await route(req, res, url))) return;
    const path = await file(bundleDir, url.pathname);
    if (!path) return res.writeHead(404, { "access-control-allow-origin": "*" }).end("not found");
    const headers = {
      "content-type": TYPES[extname(path)] || "application/octet-stream",
      "access-control-allow-origin": "*",
      "cache-control": HASHED.test(path) ? "public, max-age=31536000, immutable" : "public, max-age=300",
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
    };
    const accepts = req.headers["accept-encoding"] || "";
    for (const [enc, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (accepts.includes(enc)) {
        try {
          const body = await readFile(path + ext);
          return res.writeHead(200, { ...headers, "content-encoding": enc }).end(body);
        } catch { /* no precompressed sibling: serve as is */ }
      }
    }
    res.writeHead(200, headers).end(await readFile(path));
  }, port);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await serve({
    demoPort: Number(process.env.DEMO_PORT || 8080),
    bundlePort: Number(process.env.BUNDLE_PORT || 8081),
  });
  console.log(`Demo partner site: ${s.demo}/  (inline: ${s.demo}/inline.html, two widgets: ${s.demo}/deux.html, national: ${s.demo}/national.html)`);
  console.log(`Bundle: ${s.bundle}/embed.js  ·  widget page: ${s.bundle}/widget.html`);
  console.log("Ctrl-C to stop.");
}
