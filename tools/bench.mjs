// The benchmarks of SPEC §9, printed as one table: first-load bytes, ranking 10 000 services
// natively and in Chromium, the importer on a 100 000-service export.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch } from "../tests/e2e/harness.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = join(root, "target", "bench");
mkdirSync(work, { recursive: true });
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, encoding: "utf8", ...opts });
const rows = [];
const row = (what, value, budget = "", ok = null) => rows.push([what, value, budget, ok === null ? "" : ok ? "ok" : "OVER"]);

// First load, from the release bundle.
sh("node", ["tools/build.mjs"], { stdio: "inherit" });
const size = sh("node", ["tools/size.mjs"]);
const total = /first load\s+[\d.]+\s+([\d.]+)/.exec(size)[1];
console.log(size);
row("first load (brotli)", `${total} KB`, "≤ 150 KB", Number(total) <= 150);

// Ranking, natively.
sh("cargo", ["build", "--quiet", "--release", "--examples"], { stdio: "inherit" });
const contacts = join(work, "contacts-10k.json");
sh(join(root, "target/release/examples/synthetic"), ["contacts", contacts, "10000"]);
const native = sh(join(root, "target/release/examples/ranking"), [contacts]);
console.log(native.trim());
row("ranking 10 000 services, 8 fields, native", `${/([\d.]+) ms natively \(/.exec(native)[1]} ms`);

// Ranking, in Chromium: the wasm built with the benchmark hook, in its own folder.
const benchDist = join(work, "dist");
sh("node", ["tools/build.mjs"], { stdio: "inherit", env: { ...process.env, PASSERELLE_FEATURES: "bench", PASSERELLE_DIST: benchDist } });
const servers = await serve({ bundleDir: benchDist, route: async (req, res, url) => {
  if (url.pathname !== "/contacts-10k.json") return false;
  res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" }).end(readFileSync(contacts));
  return true;
} });
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${servers.bundle}/widget.html`);
  const files = JSON.parse(readFileSync(join(benchDist, "manifest.json"), "utf8"));
  const ms = await page.evaluate(async ([js, wasm]) => {
    const m = await import(`./${js}`);
    await m.default({ module_or_path: `./${wasm}` });
    const text = await (await fetch("./contacts-10k.json")).text();
    m.bench_ranking(text, 3); // warm-up
    return m.bench_ranking(text, 20);
  }, [files.js, files.wasm]);
  row("ranking 10 000 services, 8 fields, Chromium", `${ms.toFixed(2)} ms`, "≤ 10 ms", ms <= 10);
} finally {
  await browser.close();
  await servers.close();
}
// The normal bundle back in place.
sh("node", ["tools/build.mjs"], { stdio: "ignore" });

// The importer on a national-size export.
const exportDir = join(work, "export");
mkdirSync(exportDir, { recursive: true });
sh(join(root, "target/release/examples/synthetic"), ["export", exportDir, "100000"]);
sh("cargo", ["build", "--quiet", "--release", "--bin", "passerelle-import"], { stdio: "inherit" });
const t0 = performance.now();
const imp = spawnSync("/usr/bin/time", ["-f", "max RSS %M KB", join(root, "target/release/passerelle-import"),
  "--structures", join(exportDir, "structures.json"), "--services", join(exportDir, "services.json"),
  "--departement", "93", "--out", join(work, "contacts-93.json")], { encoding: "utf8" });
const seconds = (performance.now() - t0) / 1000;
console.log(imp.stdout + imp.stderr);
row("importer, 100 000 services → one département", `${seconds.toFixed(2)} s`, "≤ 5 s", seconds <= 5);
row("importer, peak memory", /max RSS (\d+) KB/.exec(imp.stderr)?.[1] ? `${(Number(/max RSS (\d+) KB/.exec(imp.stderr)[1]) / 1024).toFixed(0)} MB` : "?");

const w = [48, 14, 10, 5];
console.log("\n" + ["measure", "value", "budget", ""].map((c, i) => c.padEnd(w[i])).join(" "));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join(" "));
