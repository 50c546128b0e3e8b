// Builds the release bundle into target/dist/: a folder ready to copy to any static host.
//   embed.js (stable name, short cache) · widget.html · passerelle-<hash>.{js,wasm,css} · contacts.json
// Each file also gets precompressed .br and .gz siblings for the static server.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, copyFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { minify } from "../tests/node_modules/terser/main.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.env.PASSERELLE_DIST || join(root, "target", "dist");
// Per output folder, so two builds (a test bundle, a benchmark bundle) never share it.
const wbg = `${out}.wbg`;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

const features = process.env.PASSERELLE_FEATURES; // e.g. a test hook, never in a release
// JSON messages on stdout tell where build.rs wrote the language files.
const cargoOut = execFileSync("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown",
  "--message-format=json-render-diagnostics", ...(features ? ["--features", features] : [])],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 64 << 20 });
const outDir = cargoOut.split("\n").filter((l) => l.includes('"build-script-executed"'))
  .map((l) => JSON.parse(l)).find((m) => /passerelle/.test(m.package_id))?.out_dir;
if (!outDir) throw new Error("build.rs output folder not found in cargo's messages");
rmSync(wbg, { recursive: true, force: true });
run("wasm-bindgen", [join(root, "target/wasm32-unknown-unknown/release/passerelle.wasm"),
  "--target", "web", "--no-typescript", "--out-dir", wbg]);
// The features Rust's wasm32 target enables by default, so wasm-opt keeps them.
run(join(root, "tests/node_modules/.bin/wasm-opt"), ["-Oz", "--converge", "--strip-debug", "--strip-producers",
  "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
  join(wbg, "passerelle_bg.wasm"), "-o", join(wbg, "passerelle_bg.opt.wasm")]);

const hash = (...bufs) => {
  const h = createHash("sha256");
  for (const b of bufs) h.update(b);
  return h.digest("hex").slice(0, 10);
};
const wasm = readFileSync(join(wbg, "passerelle_bg.opt.wasm"));
// Minified (terser): the loader and the glue are read by browsers, not people; −2.6 KB brotli.
const small = async (code, module) => (await minify(code, { module, compress: { passes: 2 }, mangle: true })).code;
const glue = Buffer.from(await small(readFileSync(join(wbg, "passerelle.js"), "utf8"), true));
const css = readFileSync(join(root, "www/passerelle.css"));
// The glue and the wasm only work as a pair: the glue's name depends on both.
const files = {
  js: `passerelle-${hash(glue, wasm)}.js`,
  wasm: `passerelle-${hash(wasm)}.wasm`,
  css: `passerelle-${hash(css)}.css`,
  page: "widget.html",
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, files.wasm), wasm);
writeFileSync(join(out, files.js), glue);
writeFileSync(join(out, files.css), css);
const page = readFileSync(join(root, "www/widget.html"), "utf8")
  .replaceAll("{{CSS}}", files.css).replaceAll("{{JS}}", files.js).replaceAll("{{WASM}}", files.wasm);
writeFileSync(join(out, "widget.html"), page);
const embed = readFileSync(join(root, "www/embed.js"), "utf8").replace('"__FILES__"', JSON.stringify(files));
writeFileSync(join(out, "embed.js"), await small(embed, false));
copyFileSync(join(root, "content/contacts/demo.json"), join(out, "contacts.json"));
// The partners' snippet generator (stable names, like embed.js).
for (const name of ["integrer.html", "integrer.js", "integrer.css"]) copyFileSync(join(root, "www", name), join(out, name));
// The partners and contacts files this deployment vouches for, when the widget page is opened
// directly (SPEC §7, src/engine/contacts/trust.rs); a deployment edits deploy/trust.json, or the copy.
const trust = JSON.parse(readFileSync(join(root, "deploy/trust.json"), "utf8"));
if (!Array.isArray(trust.partners) || !Array.isArray(trust.contacts)) throw new Error("deploy/trust.json: expected {\"partners\": [...], \"contacts\": [...]}");
writeFileSync(join(out, "trust.json"), JSON.stringify(trust, null, 2) + "\n");
// Loaded only when the partner's contacts cannot be.
copyFileSync(join(root, "content/contacts/national.json"), join(out, "national.json"));
// Languages other than French: one file each, fetched when a resident picks it.
files.languages = {};
for (const line of readFileSync(join(outDir, "locales.txt"), "utf8").split("\n").filter(Boolean)) {
  const [lang, file] = line.split("\t");
  copyFileSync(join(outDir, file), join(out, file));
  files.languages[lang] = file;
}
writeFileSync(join(out, "manifest.json"), JSON.stringify(files, null, 2) + "\n");

for (const name of readdirSync(out)) {
  const body = readFileSync(join(out, name));
  writeFileSync(join(out, name + ".br"), brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  writeFileSync(join(out, name + ".gz"), gzipSync(body, { level: 9 }));
}
console.log(`bundle written to ${out}`);
