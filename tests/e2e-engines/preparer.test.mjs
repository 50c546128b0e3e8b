// The coordinator's page (www/preparer.html) in Firefox ESR and WebKitGTK: the import corpus through the
// page's worker gives the command line's bytes, for a text form and the binary ones (the files handed to
// the page's inputs as a coordinator's choice would). The full page tests stay in Chromium (tests/e2e/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../tools/serve.mjs";
import { startNginx } from "../../tools/nginx.mjs";
import { firefox, webkit } from "./drivers.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXPORTS = join(ROOT, "tests/fixtures/exports");
const TODAY = "2026-06-30";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

execFileSync("cargo", ["build", "--quiet", "--bin", "passerelle-import"], { cwd: ROOT, stdio: "inherit" });
const tmp = mkdtempSync(join(tmpdir(), "passerelle-preparer-engines-"));

function cli(structures, services) {
  const out = join(tmp, "contacts.json");
  const r = spawnSync(join(ROOT, "target/debug/passerelle-import"), ["--structures", structures, "--services", services,
    "--today", TODAY, "--departement", "974", "--out", out], { cwd: EXPORTS, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(out, "utf8");
}

async function until(f, what, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(100);
  }
}

// In the page: the files put in the inputs (as a choice would), the territory, the run.
function choose(files) {
  for (const [id, name, b64] of files) {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    const input = document.getElementById(id);
    input.files = dt.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }
  document.getElementById("preparer").click();
}

test("the coordinator's page in other engines", async (t) => {
  const nginx = await startNginx({ root: process.env.PASSERELLE_DIST });
  const servers = await serve({ bundleOrigin: nginx.origin });
  t.after(async () => { await servers.close(); await nginx.stop(); });
  for (const engine of [firefox, webkit]) {
    await t.test(engine.name, async () => {
      const b = await engine({ viewport: { width: 1024, height: 800 } });
      try {
        await b.open(`${servers.bundle}/preparer.html?today=${TODAY}`);
        await b.top(() => { const s = document.getElementById("recherche"); s.value = "974"; s.dispatchEvent(new Event("input")); });
        await until(() => b.top(() => {
          const first = document.querySelector("#propositions button");
          if (!first || !/^Ajouter La Réunion/.test(first.textContent)) return false;
          first.click();
          return true;
        }), "the territory proposed");
        for (const [st, sv] of [["structures.json", "services.json"], ["structures.xlsx", "services.xlsx"], ["structures.parquet", "services.parquet"]]) {
          const b64 = (f) => readFileSync(join(EXPORTS, f)).toString("base64");
          await b.top(choose, [["structures", st, b64(st)], ["services", sv, b64(sv)]]);
          const status = await until(() => b.top(() => {
            const s = document.getElementById("statut").textContent;
            return /Fichier préparé|échoué|pas été fabriqué/.test(s) && !document.getElementById("resultat").hasAttribute("aria-busy") ? s : "";
          }), `${sv} prepared`);
          assert.match(status, /Fichier préparé/, `${engine.name}, ${sv}`);
          const mine = await b.top(async () => (await fetch(document.querySelector('a[download="contacts.json"]').href)).text());
          assert.equal(mine, cli(st, sv), `${engine.name}, ${sv}: other bytes`);
        }
      } finally {
        await b.close();
      }
    });
  }
});
