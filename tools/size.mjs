// Prints what a first load costs: each file a resident's browser fetches before the first
// screen, brotli and gzip (as served precompressed), and the total. Budget: SPEC §9.
import { readFileSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dist = process.env.PASSERELLE_DIST || join(dirname(fileURLToPath(import.meta.url)), "../target/dist");
const files = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
const BUDGET = 150 * 1024;
// French is inside the wasm: a French first load is these files. Another language adds its file.
const firstLoad = ["embed.js", "widget.html", files.js, files.wasm, files.css];
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
let raw = 0, br = 0, gz = 0;
console.log(`${"file".padEnd(34)}${"raw KB".padStart(8)}${"br KB".padStart(8)}${"gzip KB".padStart(8)}`);
for (const f of firstLoad) {
  const [r, b, g] = [f, f + ".br", f + ".gz"].map((x) => statSync(join(dist, x)).size);
  raw += r; br += b; gz += g;
  console.log(`${f.padEnd(34)}${kb(r)}${kb(b)}${kb(g)}`);
}
console.log(`${"first load".padEnd(34)}${kb(raw)}${kb(br)}${kb(gz)}`);
for (const [lang, f] of Object.entries(files.languages || {})) {
  console.log(`${("+ " + lang + " messages: " + f).padEnd(34)}${kb(statSync(join(dist, f)).size)}${kb(statSync(join(dist, f + ".br")).size)}${kb(statSync(join(dist, f + ".gz")).size)}`);
}
console.log(`budget (SPEC §9): ${(BUDGET / 1024).toFixed(0)} KB brotli; ${br <= BUDGET ? "within" : "OVER"} (${(100 * br / BUDGET).toFixed(0)} %)`);
