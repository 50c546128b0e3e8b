// Prints what a first load costs: each file a resident's browser fetches before the first
// screen, brotli and gzip (as served precompressed), and the total; then what comes after the
// first screen, in the background (the chunks), what a visitor who only reads the welcome fetches
// (the results' chunk waits for « Commencer »), and a full run's total. Budget: issue 18.
import { readFileSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dist = process.env.PASSERELLE_DIST || join(dirname(fileURLToPath(import.meta.url)), "../target/dist");
const files = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
const BUDGET = 120 * 1024;
// French is inside the wasm: a French first load is these files. Another language adds its file.
// The glue imports the module that fetches the chunks (files.split), so it is in the first load.
// With a first screen (files.firstScreen), widget.html and embed.js carry the rules it uses (README
// « The first screen before the wasm »), and the whole stylesheet comes once the wasm has the screen,
// with the chunks; the inline integration has its first screen in embed.js and no widget.html.
const firstLoad = ["embed.js", "widget.html", files.js, ...(files.split ? [files.split] : []), files.wasm, ...(files.firstScreen ? [] : [files.css])];
const later = [...(files.firstScreen ? [files.css] : []), ...(files.chunks || [])];
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const sizes = (f) => [f, f + ".br", f + ".gz"].map((x) => statSync(join(dist, x)).size);
const sum = (list) => list.map(sizes).reduce((a, s) => a.map((v, i) => v + s[i]), [0, 0, 0]);
console.log(`${"file".padEnd(40)}${"raw KB".padStart(8)}${"br KB".padStart(8)}${"gzip KB".padStart(8)}`);
for (const f of firstLoad) console.log(`${f.padEnd(40)}${sizes(f).map(kb).join("")}`);
const [raw, br, gz] = sum(firstLoad);
console.log(`${"first load".padEnd(40)}${kb(raw)}${kb(br)}${kb(gz)}`);
if (files.firstScreen) {
  const inline = ["embed.js", files.js, ...(files.split ? [files.split] : []), files.wasm];
  console.log(`${"  first load, inline integration".padEnd(40)}${sum(inline).map(kb).join("")}`);
}
// Each chunk by its part: the diagnostic's, the results' (fetched once the diagnostic starts), the shared one.
const NAMES = { "split_diagnostic.wasm": "diagnostic", "split_later.wasm": "results" };
const parts = Object.fromEntries(Object.entries(files.parts || {}).map(([name, f]) => [f, NAMES[name] || "shared"]));
for (const f of later) console.log(`${("+ " + (f === files.css ? "styles" : parts[f] || "chunk") + ": " + f).padEnd(40)}${sizes(f).map(kb).join("")}`);
const results = files.parts && files.parts["split_later.wasm"];
if (results) console.log(`${"welcome only (all but the results' chunk)".padEnd(40)}${sum([...firstLoad, ...later.filter((f) => f !== results)]).map(kb).join("")}`);
// A full run in French: the first load, the chunks and the contacts file.
console.log(`${"full run (with contacts.json)".padEnd(40)}${sum([...firstLoad, ...later, "contacts.json"]).map(kb).join("")}`);
for (const [lang, f] of Object.entries(files.languages || {})) {
  console.log(`${("+ " + lang + " messages: " + f).padEnd(40)}${sizes(f).map(kb).join("")}`);
}
console.log(`budget (issue 18): ${(BUDGET / 1024).toFixed(0)} KB brotli; ${br <= BUDGET ? "within" : "OVER"} (${(100 * br / BUDGET).toFixed(0)} %)`);
