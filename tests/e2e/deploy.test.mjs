// The deployment (README « Deploying »): nginx with deploy/nginx/passerelle.conf serving target/dist,
// asked directly over HTTP: types, precompressed bodies, cache lifetimes, CORS, 404. The other
// end-to-end tests load the widget through this same server (harness.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { startNginx, site, SITE } from "../../tools/nginx.mjs";
import { setup } from "./harness.mjs";

const dist = new URL("../../target/dist/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", dist), "utf8"));
const YEAR = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=300";
const JS = "text/javascript; charset=utf-8";

// Every kind of file of the bundle: [name, content type, cache].
const FILES = [
  ["embed.js", JS, SHORT],
  ["widget.html", "text/html; charset=utf-8", SHORT],
  ["contacts.json", "application/json", SHORT],
  ["national.json", "application/json", SHORT],
  ["manifest.json", "application/json", SHORT],
  ["trust.json", "application/json", SHORT],
  ["integrer.html", "text/html; charset=utf-8", SHORT],
  ["integrer.js", JS, SHORT],
  ["integrer.css", "text/css; charset=utf-8", SHORT],
  [manifest.js, JS, YEAR],
  [manifest.wasm, "application/wasm", YEAR],
  [manifest.css, "text/css; charset=utf-8", YEAR],
  // The chunks and the module that fetches them (tools/build.mjs, "The split").
  ...(manifest.split ? [[manifest.split, JS, YEAR]] : []),
  ...(manifest.chunks || []).map((name) => [name, "application/wasm", YEAR]),
  ...Object.values(manifest.languages).map((name) => [name, "text/plain; charset=utf-8", YEAR]),
];

/** One GET, the body as sent (node's http does not decompress). */
function get(origin, path, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding === undefined ? {} : { "accept-encoding": encoding };
    request(origin + path, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject).end();
  });
}

test("deployment: nginx with deploy/nginx/passerelle.conf", async (t) => {
  const nginx = await startNginx({ root: dist.pathname });
  t.after(() => nginx.stop());
  const { origin } = nginx;

  await t.test("the tests use the README's file, with only its listen and root lines replaced", () => {
    const original = readFileSync(SITE, "utf8").split("\n");
    const used = site("127.0.0.1:1234", "/srv/bundle").split("\n");
    assert.equal(used.length, original.length);
    const changed = original.map((l, i) => [l, used[i]]).filter(([a, b]) => a !== b);
    assert.deepEqual(changed.map(([, b]) => b.trim()), ["listen 127.0.0.1:1234;", "root /srv/bundle;"]);
  });

  await t.test("dropped into Debian's own nginx.conf, the site file is valid", () => {
    const dir = mkdtempSync(join(tmpdir(), "passerelle-nginx-t-"));
    try {
      const stock = readFileSync("/etc/nginx/nginx.conf", "utf8");
      assert.match(stock, /include \/etc\/nginx\/sites-enabled\/\*;/);
      writeFileSync(join(dir, "nginx.conf"), stock.replace("include /etc/nginx/sites-enabled/*;", `include ${SITE};`));
      // `nginx -t` prints its verdict on stderr and exits non-zero on any error.
      execFileSync("/usr/sbin/nginx", ["-t", "-q", "-c", join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const [name, type, cache] of FILES) {
    await t.test(`${name}: ${type}, ${cache === YEAR ? "a year" : "5 minutes"}, brotli, gzip or as is`, async () => {
      const original = readFileSync(new URL(name, dist));
      // Chromium's Accept-Encoding, then gzip only, then none.
      for (const [accept, encoding, decode, sibling] of [
        ["gzip, deflate, br, zstd", "br", brotliDecompressSync, ".br"],
        ["gzip", "gzip", gunzipSync, ".gz"],
        [undefined, undefined, (b) => b, ""],
        ["identity", undefined, (b) => b, ""],
      ]) {
        const r = await get(origin, `/${name}`, accept);
        const what = `${name} with Accept-Encoding: ${accept}`;
        assert.equal(r.status, 200, what);
        assert.equal(r.headers["content-type"], type, what);
        assert.equal(r.headers["content-encoding"], encoding, what);
        assert.equal(r.headers["cache-control"], cache, what);
        assert.equal(r.headers["access-control-allow-origin"], "*", what);
        assert.equal(r.headers["x-content-type-options"], "nosniff", what);
        assert.equal(r.headers.vary, "Accept-Encoding", what);
        assert.equal(Number(r.headers["content-length"]), r.body.length, what);
        // The precompressed sibling, byte for byte, and it is the file.
        assert.ok(r.body.equals(readFileSync(new URL(name + sibling, dist))), `${what}: not ${name}${sibling}`);
        assert.ok(decode(r.body).equals(original), `${what}: does not decode to ${name}`);
      }
    });
  }

  await t.test("a missing file is a 404 that the widget can read (CORS), and nothing is listed", async () => {
    for (const path of ["/nowhere.json", "/", "/passerelle-0000000000.wasm", "/../Cargo.toml"]) {
      const r = await get(origin, path, "br");
      assert.equal(r.status, 404, path);
      assert.equal(r.headers["access-control-allow-origin"], "*", path);
      assert.equal(r.headers["x-content-type-options"], "nosniff", path);
      assert.equal(r.headers["cache-control"], undefined, `${path}: a 404 is not cached for 5 minutes`);
    }
  });

  await t.test("Chromium gets the wasm from nginx in brotli, as application/wasm, and the widget starts", async () => {
    const h = await setup(t);
    const page = await h.page(null);
    const wasm = page.waitForResponse((r) => r.url().endsWith(manifest.wasm));
    await page.goto(`${h.servers.bundle}/widget.html`);
    const headers = await (await wasm).allHeaders();
    assert.equal(headers["content-encoding"], "br");
    assert.equal(headers["content-type"], "application/wasm");
    await page.locator(".pw-app:not([data-pw-first])").waitFor();
    assert.deepEqual(page.errors, []);
  });
});
