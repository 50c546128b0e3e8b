// The daily refresh of every département's contacts (deploy/contacts-refresh.sh, README « Contacts
// for every territory »), run on the test export, served by nginx with deploy/nginx/passerelle.conf:
// the folder swapped in whole, kept when the import fails, precompressed pieces with their types.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { startNginx } from "../../tools/nginx.mjs";

const root = new URL("../..", import.meta.url).pathname;
const importer = ["target/import/passerelle-import", "target/debug/passerelle-import"]
  .map((p) => join(root, p)).find(existsSync);
const exports = join(root, "tests/fixtures/exports");

// `env`: more of the script's environment (a PATH whose `date` always answers the same second).
function refresh(dir, maxDropped, env = {}) {
  return spawnSync(join(root, "deploy/contacts-refresh.sh"),
    [join(exports, "structures.json"), join(exports, "services.json"), dir, String(maxDropped)],
    { encoding: "utf8", env: { ...process.env, PASSERELLE_IMPORT: importer, ...env } });
}

function get(origin, path) {
  return new Promise((ok, fail) => {
    request(`${origin}${path}`, { headers: { "Accept-Encoding": "br, gzip" } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", fail).end();
  });
}

test("the refresh swaps in a whole new folder, keeps it when the import fails, and nginx serves the pieces", async (t) => {
  assert.ok(importer, "build the importer first: cargo build --bin passerelle-import");
  const dir = mkdtempSync(join(tmpdir(), "passerelle-contacts-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const state = join(dir, "state");
  const site = join(dir, "www");
  mkdirSync(site);
  // As deployed: the site's contacts/ is a link to the refreshed folder's `current` link.
  symlinkSync(join(state, "current"), join(site, "contacts"));

  const first = refresh(state, 20);
  assert.equal(first.status, 0, first.stderr);
  const release = readlinkSync(join(state, "current"));
  assert.match(release, /^releases\/\d{8}T\d{6}Z$/);
  for (const f of ["59.json", "59.json.br", "59.json.gz", "2A.json.br", "974.json.gz", "index.json.br"]) {
    assert.ok(existsSync(join(state, "current", f)), f);
  }

  // Over the threshold: exit 4, the served folder untouched, nothing half-written left.
  const failed = refresh(state, 1);
  assert.equal(failed.status, 4, failed.stderr);
  assert.match(failed.stderr, /left as it was/);
  assert.equal(readlinkSync(join(state, "current")), release);
  assert.deepEqual(readdirSync(join(state, "releases")).filter((f) => !f.endsWith(".report.json")), [release.slice(9)]);

  const nginx = await startNginx({ root: site });
  t.after(() => nginx.stop());
  const nord = await get(nginx.origin, "/contacts/59.json");
  assert.equal(nord.status, 200);
  assert.equal(nord.headers["content-type"], "application/json");
  assert.equal(nord.headers["content-encoding"], "br", "the precompressed sibling");
  assert.equal(nord.headers["cache-control"], "public, max-age=300");
  assert.equal(nord.headers["access-control-allow-origin"], "*");
  const piece = JSON.parse(brotliDecompressSync(nord.body));
  assert.deepEqual(piece.services.map((s) => s.id).sort(), ["sv-ligne", "sv-lille"]);
  const index = JSON.parse(brotliDecompressSync((await get(nginx.origin, "/contacts/index.json")).body));
  assert.ok(index.territories.some((x) => x.code === "2B"));
  assert.equal((await get(nginx.origin, "/contacts/99.json")).status, 404);
  assert.equal((await get(nginx.origin, "/contacts/")).status, 404, "nothing is listed");

  // A later run replaces it; the previous release is kept for a rollback.
  await new Promise((ok) => setTimeout(ok, 1100));
  const second = refresh(state, 20);
  assert.equal(second.status, 0, second.stderr);
  assert.notEqual(readlinkSync(join(state, "current")), release);
  assert.equal(readdirSync(join(state, "releases")).filter((f) => /^\d{8}T\d{6}Z$/.test(f)).length, 2);
  assert.equal((await get(nginx.origin, "/contacts/59.json")).status, 200);
  assert.ok(readFileSync(join(state, "current", "index.json"), "utf8").includes("\"territories\""));
});

test("runs in the same second: a failed one leaves the served release whole, a later one takes the next name", { skip: !importer && "build the importer first" }, () => {
  const dir = mkdtempSync(join(tmpdir(), "passerelle-contacts-"));
  try {
    const bin = join(dir, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "date"), "#!/bin/sh\necho 20261206T170517Z\n");
    chmodSync(join(bin, "date"), 0o755);
    const env = { PATH: `${bin}:${process.env.PATH}` };
    const state = join(dir, "state");
    assert.equal(refresh(state, 20, env).status, 0);
    assert.equal(readlinkSync(join(state, "current")), "releases/20261206T170517Z");
    // Seen in CI: the failed run of the same second wrote into, then removed, the served folder.
    const failed = refresh(state, 1, env);
    assert.equal(failed.status, 4, failed.stderr);
    assert.equal(readlinkSync(join(state, "current")), "releases/20261206T170517Z");
    assert.ok(existsSync(join(state, "current", "index.json")), "the served release is whole");
    // Its report is kept (what was dropped, and why): the next run takes the name after it.
    assert.ok(existsSync(join(state, "releases", "20261206T170517Z_2.report.json")));
    const again = refresh(state, 20, env);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(readlinkSync(join(state, "current")), "releases/20261206T170517Z_3");
    assert.ok(existsSync(join(state, "releases", "20261206T170517Z", "index.json")), "the previous one kept for a rollback");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
