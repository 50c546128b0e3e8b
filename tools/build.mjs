// Builds the release bundle into target/dist/: a folder ready to copy to any static host.
//   embed.js (stable name, short cache) · widget.html · passerelle-<hash>.{js,wasm,css} · contacts.json
//   · passerelle-<hash>.wasm chunks, fetched after the first screen (see "The split" below)
// Each file also gets precompressed .br and .gz siblings for the static server.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, copyFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { minify } from "../tests/node_modules/terser/main.js";
import { shortenNames, renameInGlue } from "./wasm-names.mjs";
import { createRequire } from "node:module";
const { transform: cssTransform } = createRequire(import.meta.url)("../tests/node_modules/lightningcss/node/index.js");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.env.PASSERELLE_DIST || join(root, "target", "dist");
// Per output folder, so two builds (a test bundle, a benchmark bundle) never share it.
const wbg = `${out}.wbg`;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

const features = (process.env.PASSERELLE_FEATURES || "").split(",").filter(Boolean); // e.g. a test hook, never in a release
if (features.includes("test-hooks") && !process.env.PASSERELLE_DIST) {
  throw new Error("a bundle with test hooks goes to its own folder (PASSERELLE_DIST), never to target/dist");
}
// The cargo profile: `release` (size-tuned, split, then wasm-opt). The test bundle (tools/test.sh) takes
// `dev`: the same code unoptimised and in one module, built in seconds on the dependencies the component
// tests already compiled, without wasm-opt and with quick compression.
const profile = process.env.PASSERELLE_PROFILE || "release";
const release = profile === "release";
// The split: what only the end of the diagnostic needs (src/ui/later.rs) goes into a second wasm
// chunk. wasm-split-cli (tools/setup.sh) cuts the linked module at the split point, following the
// relocations the linker keeps with --emit-relocs; wasm-bindgen then processes the first module.
// Not for the benchmarks' floor, which has no widget to split, nor for the dev-profile test bundle.
const split = release && !features.includes("floor");
if (split) features.push("split");
// JSON messages on stdout tell where build.rs wrote the language files. `cargo rustc` passes the
// linker flag to this crate only: the dependencies' builds are untouched.
// A release also rebuilds the standard library for size, with the bundle (cargo's build-std, on the
// pinned compiler: RUSTC_BOOTSTRAP lets that stable compiler take the unstable flags): std at
// opt-level "z" under the same LTO, its size-tuned code paths, and no source locations in panic
// messages. Measured: −4.2 KB brotli on the first load, −8.7 KB on a full run (README « Crates and packages, and why »).
// Then a panic aborts at once, with no hook and no message (`panic=immediate-abort`): the apology
// comes from the glue's guard below (src/web/panic.rs); −8.2 KB on the first load, −9.4 KB on a
// full run. Debug formatting, which only the tests use, is compiled out (`fmt-debug=none`).
// Needs the rust-src component (rust-toolchain.toml). The dev-profile test bundle (whose panics
// still print their message) and the native builds are untouched.
const lean = release ? ["-Zbuild-std=std,panic_abort", "-Zbuild-std-features=optimize_for_size"] : [];
const leanFlags = ["-Zlocation-detail=none", "-Zfmt-debug=none", "-Zunstable-options", "-Cpanic=immediate-abort"];
const leanEnv = release ? { RUSTC_BOOTSTRAP: "1", RUSTFLAGS: [process.env.RUSTFLAGS, ...leanFlags].filter(Boolean).join(" ") } : {};
const cargoOut = execFileSync("cargo", ["rustc", ...lean, "--profile", profile, "--lib", "--crate-type", "cdylib",
  "--target", "wasm32-unknown-unknown", "--message-format=json-render-diagnostics",
  ...(features.length ? ["--features", features.join(",")] : []), ...(split ? ["--", "-C", "link-arg=--emit-relocs"] : [])],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, ...leanEnv } });
const outDir = cargoOut.split("\n").filter((l) => l.includes('"build-script-executed"'))
  .map((l) => JSON.parse(l)).find((m) => /passerelle/.test(m.package_id))?.out_dir;
if (!outDir) throw new Error("build.rs output folder not found in cargo's messages");
rmSync(wbg, { recursive: true, force: true });
const linked = join(root, "target/wasm32-unknown-unknown", release ? "release" : "debug", "passerelle.wasm");
const cut = `${out}.split`;
rmSync(cut, { recursive: true, force: true });
if (split) run("wasm-split-cli", [linked, cut, "--out-name", "passerelle"]);
// --keep-lld-exports: the chunks import the first module's function table, memory and stack pointer.
run("wasm-bindgen", [split ? join(cut, "passerelle.wasm") : linked, "--target", "web", "--no-typescript",
  ...(split ? ["--keep-lld-exports"] : []), "--out-dir", wbg]);
// The features Rust's wasm32 target enables by default, so wasm-opt keeps them.
const opt = (from, to) => run(join(root, "tests/node_modules/.bin/wasm-opt"), ["-Oz", "--converge", "--strip-debug",
  "--strip-producers", "--strip-target-features", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", from, "-o", to]);
if (release) opt(join(wbg, "passerelle_bg.wasm"), join(wbg, "passerelle_bg.opt.wasm"));
// The chunks and the small module that fetches them (wasm-split-cli's "link" module).
const chunks = split ? readdirSync(cut).filter((f) => f.endsWith(".wasm") && f !== "passerelle.wasm") : [];
for (const c of chunks) opt(join(cut, c), join(wbg, c));

const hash = (...bufs) => {
  const h = createHash("sha256");
  for (const b of bufs) h.update(b);
  return h.digest("hex").slice(0, 10);
};
// The imports' and the closures' names, short on both sides (tools/wasm-names.mjs): −5.2 KB brotli
// on the first load.
const short = shortenNames(readFileSync(join(wbg, release ? "passerelle_bg.opt.wasm" : "passerelle_bg.wasm")),
  "./passerelle_bg.js", /^wasm_bindgen_/);
const wasm = short.wasm;
// Minified (terser): the loader, the glue and widget.html's scripts are read by browsers, not
// people; −2.6 KB brotli. `comments`: terser's, whose default keeps the `/*!` ones.
const small = async (code, module, comments = "some") =>
  (await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments } })).code;
// Panic containment (src/web/panic.rs): every call into the wasm goes through the exports object
// the glue keeps; each exported function is wrapped so that the first trap it throws (a panic, an
// allocation failure) is logged and draws the apology in every widget. The error still goes on:
// the caller (an event, a timer) ends as it would have. The split's link module gets its table,
// memory and globals unwrapped.
const guard = `
function guard(raw) {
  const Trap = WebAssembly.RuntimeError;
  let down = false;
  const kept = {};
  for (const name in raw) {
    const f = raw[name];
    kept[name] = typeof f !== "function" ? f : (...args) => {
      try {
        return f(...args);
      } catch (e) {
        if (e instanceof Trap && !down) {
          down = true;
          console.error("Passerelle: internal error, please report it:", e);
          try { raw.crashed(); } catch {}
        }
        throw e;
      }
    };
  }
  return kept;
}
`;
const guarded = (code) => {
  const exports = "wasm = instance.exports;";
  if (!code.includes(exports)) throw new Error(`wasm-bindgen's glue changed: "${exports}" not found (panic containment)`);
  return code.replace(exports, "wasm = guard(instance.exports);") + guard;
};
let glue = await small(guarded(renameInGlue(readFileSync(join(wbg, "passerelle.js"), "utf8"), short.renamed, short.renamedExports)), true);
// Minified (lightningcss): its comments are for people; −1.4 KB brotli, the same rules and cascade.
// The first screen's rules (`criticalCss`), in widget.html and embed.js, are taken from it.
const css = Buffer.from(cssTransform({ filename: "passerelle.css", code: readFileSync(join(root, "www/passerelle.css")), minify: true }).code);
// Chunks are named by their content; the link module and the glue import each other, so both
// are named by the whole set.
const chunkBytes = Object.fromEntries(chunks.map((c) => [c, readFileSync(join(wbg, c))]));
const chunkNames = Object.fromEntries(chunks.map((c) => [c, `passerelle-${hash(chunkBytes[c])}.wasm`]));
let link = split ? await small(readFileSync(join(cut, "__wasm_split.js"), "utf8"), true) : null;
const set = hash(glue, wasm, ...(split ? [link, ...Object.values(chunkBytes)] : []));
// The glue and the wasm only work as a pair: the glue's name depends on both.
const files = {
  js: `passerelle-${set}.js`,
  wasm: `passerelle-${hash(wasm)}.wasm`,
  css: `passerelle-${hash(css)}.css`,
  page: "widget.html",
};
if (split) {
  files.split = `passerelle-split-${set}.js`;
  files.chunks = Object.values(chunkNames);
  // Which is which, by wasm-split-cli's names: split_<split point>.wasm, and chunk_<n>.wasm for
  // code that several split points share (fetched with each of them). For the tests.
  files.parts = chunkNames;
  // Each reference, a string literal in the minified code, is replaced by the hashed name.
  // (In the glue, only the import statement: the wasm's import object keeps the module's own name.)
  const swap = (code, from, to, before = "") => {
    const quoted = new RegExp(`(${before}\\s*)(["'])\\./${from.replace(/[.]/g, "\\.")}\\2`, "g");
    if (!quoted.test(code)) throw new Error(`no reference to ${from} found`);
    return code.replace(quoted, `$1"./${to}"`);
  };
  glue = swap(glue, "__wasm_split.js", files.split, "from");
  link = swap(link, "passerelle.js", files.js);
  for (const c of chunks) link = swap(link, c, chunkNames[c]);
}
glue = Buffer.from(glue);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, files.wasm), wasm);
writeFileSync(join(out, files.js), glue);
writeFileSync(join(out, files.css), css);
if (split) {
  writeFileSync(join(out, files.split), link);
  for (const c of chunks) writeFileSync(join(out, chunkNames[c]), chunkBytes[c]);
}
const numbers = emergencyNumbers();
const template = readFileSync(join(root, "www/widget.html"), "utf8")
  .replace("<!--__NUMBERS__-->", () => numbers.map(([n, line, how = "tel"]) => `\n<li><a href="${how}:${n}">Le ${n}</a> : ${html(line)}</li>`).join("") + "\n");
// What widget.html's own markup shows without the wasm (the old browsers' page, « needs JavaScript »),
// styled by the page's first rules too.
const own = /<main[^>]*>([^]*?)<\/main>/.exec(template)[1].replace(" hidden>", ">").replace(/<\/?noscript>/g, "");
const { screens, css: firstCss, pageCss } = (await firstScreen(files, own)) || {};
if (screens) files.firstScreen = true;
const page = firstInto(template, screens, pageCss)
  .replaceAll("{{CSS}}", files.css).replaceAll("{{JS}}", files.js).replaceAll("{{WASM}}", files.wasm)
  // The link module is imported by the glue: preloaded beside it, not after it.
  .replace("{{SPLIT}}", files.split ? `<link rel="modulepreload" href="${files.split}">` : "");
writeFileSync(join(out, "widget.html"), await pageMinified(page));
// The loader carries the first screen for the inline integration (www/embed.js, FIRST), and
// www/first.js, which also draws the old browsers' page in the partner's colour.
const embed = readFileSync(join(root, "www/embed.js"), "utf8").replace('"__FILES__"', JSON.stringify(files))
  .replace("/*__NUMBERS__*/[]", () => JSON.stringify(numbers))
  .replace("/*__FIRST_JS__*/", () => readFileSync(join(root, "www/first.js"), "utf8"))
  .replace('"__FIRST__"', () => (screens ? JSON.stringify({ screens, css: firstCss }) : "null"));
writeFileSync(join(out, "embed.js"), await small(embed, false));
copyFileSync(join(root, "content/contacts/demo.json"), join(out, "contacts.json"));
// The demo cut by département, as `passerelle-import --by-departement` cuts the national export
// (README « Contacts for every territory »), for the national mode of www/demo/national.html:
// contacts-93.json, contacts-76.json (the services located there, the remote ones whose zone
// covers it, their structures, its communes).
{
  const demo = JSON.parse(readFileSync(join(root, "content/contacts/demo.json"), "utf8"));
  const depOf = (code) => code && (/^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2));
  const homes = new Map(demo.structures.map((s) => [s.id, depOf(s.code_insee || s.code_postal)]));
  const here = (s) => depOf(s.code_insee || s.code_postal) || homes.get(s.structure_id);
  const covers = (s, dep) => (s.modes_accueil || []).includes("a-distance")
    && (s.zone_eligibilite || []).some((z) => z === "france" || z === dep || depOf(z) === dep);
  for (const dep of new Set(demo.communes.map((c) => depOf(c.code_insee)))) {
    const services = demo.services.filter((s) => (here(s) === dep && (!s.zone_eligibilite || s.zone_eligibilite.some((z) => z === "france" || depOf(z) === dep))) || covers(s, dep));
    const ids = new Set(services.map((s) => s.structure_id));
    const communes = demo.communes.filter((c) => depOf(c.code_insee) === dep);
    const file = JSON.stringify({ structures: demo.structures.filter((s) => ids.has(s.id)), services, communes });
    // A département of several communes is cut finer, as the importer cuts a large one: the
    // département's file is an index naming the piece of each commune and postcode (one EPCI here).
    if (communes.length < 2) writeFileSync(join(out, `contacts-${dep}.json`), file);
    else demoIndex(out, dep, communes, [...demo.services, ...demo.structures], file);
  }
}
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
// Not in the test-hooks, floor or benchmark builds, which are the widget's.
if (!process.env.PASSERELLE_FEATURES) await preparer();

// A wasm of the widget is compressed twice, the second time in brotli's smallest blocks, which suit
// its code better (−0.1 to −0.15 KB a file); the smaller is kept (both are standard brotli).
const brotli = (body, block) => brotliCompressSync(body, {
  params: { [constants.BROTLI_PARAM_QUALITY]: release ? 11 : 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    ...(block ? { [constants.BROTLI_PARAM_LGBLOCK]: block } : {}) },
});
for (const name of readdirSync(out)) {
  const body = readFileSync(join(out, name));
  const tries = release && name.endsWith(".wasm") && body.length < 512 << 10 ? [brotli(body), brotli(body, 16)] : [brotli(body)];
  writeFileSync(join(out, name + ".br"), tries.reduce((a, b) => (b.length < a.length ? b : a)));
  writeFileSync(join(out, name + ".gz"), gzipSync(body, { level: release ? 9 : 1 }));
}
console.log(`bundle written to ${out}`);

// The demo's index of a département cut finer (one piece, `<dep>-1`): its communes, and the
// postcodes of what lies there (README « Contacts for every territory »).
function demoIndex(out, dep, communes, entries, file) {
  const codes = new Set(communes.map((c) => c.code_insee));
  const postcodes = [...new Set(entries.filter((e) => codes.has(e.code_insee) && e.code_postal).map((e) => e.code_postal))].sort();
  writeFileSync(join(out, `contacts-${dep}-1.json`), file);
  writeFileSync(join(out, `contacts-${dep}.json`), JSON.stringify({ departement: dep, pieces: [{ piece: `${dep}-1`, communes: [...codes], postcodes }] }));
}

// The first screen as HTML (README « The first screen before the wasm »): the bundle just built
// draws its welcome, and the « Un instant… » that answers « Commencer », in headless Chromium in
// each language, and that markup is what widget.html shows at once (and embed.js for the inline
// integration, with www/first.js and the styles it uses) while the wasm comes: the component's own
// DOM, so it cannot drift from it. Not for the floor, which has no welcome.
async function firstScreen(files, own) {
  if (features.includes("floor")) return null;
  const { chromium } = await import("../tests/node_modules/playwright-core/index.mjs");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const screens = {};
  let styles, pageStyles;
  const t0 = performance.now();
  try {
    const page = await browser.newPage();
    const origin = "http://passerelle.invalid";
    // The bundle's files from disk; the diagnostic's chunk never comes, so « Commencer » shows « Un instant… ».
    await page.route(`${origin}/**`, async (r) => {
      const name = new URL(r.request().url()).pathname.slice(1);
      if (name === "") return r.fulfill({ contentType: "text/html", body: "<!doctype html><title>.</title>" });
      if ((files.chunks || []).includes(name)) return;
      const type = name.endsWith(".wasm") ? "application/wasm" : name.endsWith(".js") ? "text/javascript" : "text/plain";
      for (const dir of [out, outDir]) {
        try { return await r.fulfill({ contentType: type, body: readFileSync(join(dir, name)) }); } catch { /* next */ }
      }
      return r.fulfill({ status: 404 });
    });
    await page.goto(`${origin}/`);
    const langs = ["fr", ...readFileSync(join(outDir, "locales.txt"), "utf8").split("\n").filter(Boolean).map((l) => l.split("\t")[0])];
    for (const [i, lang] of langs.entries()) {
      screens[lang] = await page.evaluate(async ([js, wasm, lang, i]) => {
        const m = await import(`./${js}`);
        await m.default({ module_or_path: `./${wasm}` });
        const root = document.createElement("div");
        root.className = "pw";
        document.body.appendChild(root);
        m.mount(root, { lang, partner: "%PARTNER%" }, () => {}, 100 + i, location.origin + "/");
        const until = async (ok) => {
          for (let n = 0; !ok(); n++) {
            if (n > 3000) throw new Error(`the ${lang} welcome was not drawn in 30 s`);
            await new Promise((r) => setTimeout(r, 10));
          }
        };
        await until(() => root.querySelector(`.pw-app[lang="${lang}"] .pw-welcome h2`));
        const welcome = root.innerHTML;
        root.querySelector(".pw-welcome .pw-primary").click();
        // Without the split (the dev-profile test bundle) the first question comes at once: no « Un instant… ».
        await until(() => !root.querySelector(".pw-welcome"));
        return [welcome, root.querySelector("[role=status]") ? root.innerHTML : null];
      }, [files.js, files.wasm, lang, i]);
    }
    styles = await criticalCss(browser, screens, "shadow");
    pageStyles = await criticalCss(browser, screens, "page", own);
  } finally {
    await browser.close();
  }
  console.log(`first screen captured in ${Object.keys(screens).join(", ")}, with ${(styles.length / 1024).toFixed(1)} of ${(css.length / 1024).toFixed(1)} KB of styles in embed.js, ${(pageStyles.length / 1024).toFixed(1)} KB in widget.html (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return { screens, css: styles, pageCss: pageStyles };
}

// The rules of www/passerelle.css the first screens use: every rule whose selector matches an
// element of a captured screen once its states (:hover, :focus, :checked…) and pseudo-elements are
// set aside, the at-rules around them, @keyframes and :host rules whole. `mode`: "shadow" for the
// inline integration's loader (the screens in a shadow root), "page" for widget.html (the screens
// in its `main`, with the page's own markup `own`, under `html` and `body`). Then checked: each
// element of each screen has the same computed style under these rules as under the whole sheet,
// or the build fails (the whole sheet replaces them once the wasm has the screen: nothing may move
// or change).
async function criticalCss(browser, screens, mode, own = null) {
  // The sheet as written (no nesting): rules, and the @media/@supports blocks around them. Kept as
  // written, since a rule the browser serialises again can grow tenfold (`all: initial`).
  const parse = (text) => {
    const out = [];
    for (let i = 0; i < text.length;) {
      const open = text.indexOf("{", i);
      if (open < 0) break;
      let depth = 1, j = open + 1;
      for (; j < text.length && depth; j++) depth += text[j] === "{" ? 1 : text[j] === "}" ? -1 : 0;
      const head = text.slice(i, open).trim(), body = text.slice(open + 1, j - 1);
      out.push(/^@(media|supports)/.test(head) ? { head, rules: parse(body) } : { head, body });
      i = j;
    }
    return out;
  };
  const sheet = parse(css.toString().replace(/\/\*[^]*?\*\//g, ""));
  const selectors = [...new Set(sheet.flatMap((r) => (r.rules ? r.rules : [r])).map((r) => r.head))];
  const page = await browser.newPage();
  try {
    // The screens in a shadow root, as the inline integration draws them; or in widget.html's `main`
    // in a frame (`html.in-frame`), its own markup below them.
    await page.setContent(mode === "page"
      ? '<!doctype html><html class="in-frame"><head><style></style></head><body><main id="passerelle" class="pw"></main></body></html>'
      : "<!doctype html><body></body>");
    await page.evaluate(([screens, mode, own]) => {
      const markups = Object.values(screens).flat().filter(Boolean).map((m) => m + (own || ""));
      if (mode === "page") {
        const root = document.querySelector("main");
        const style = document.querySelector("style");
        window.screens = { scope: document, root, markups, apply: (sheet) => { style.textContent = sheet; },
          elements: () => [document.documentElement, document.body, root, ...root.querySelectorAll("*")] };
      } else {
        const shadow = document.body.appendChild(document.createElement("div")).attachShadow({ mode: "open" });
        const root = shadow.appendChild(document.createElement("div"));
        root.className = "pw";
        const sheets = new Map();
        window.screens = { scope: shadow, root, markups, apply: (sheet) => {
          if (!sheets.has(sheet)) { const s = new CSSStyleSheet(); s.replaceSync(sheet); sheets.set(sheet, s); }
          shadow.adoptedStyleSheets = [sheets.get(sheet)];
        }, elements: () => [root, ...root.querySelectorAll("*")] };
      }
    }, [screens, mode, own]);
    const used = await page.evaluate(([selectors, mode]) => {
      const { scope, root, markups } = window.screens;
      const states = /::?(?:hover|focus-visible|focus-within|focus|active|visited|checked|disabled|enabled|placeholder-shown|target|before|after|marker|placeholder|selection|backdrop|-webkit-[\w-]+|-moz-[\w-]+)(?![\w-])/g;
      const found = new Set(selectors.filter((s) => s.startsWith("@") || (mode === "shadow" && s.includes(":host"))));
      for (const m of markups) {
        root.innerHTML = m;
        for (const selector of selectors) {
          if (found.has(selector)) continue;
          const match = (one) => {
            const plain = one.replace(states, "").trim().replace(/[>+~]\s*$/, "").trim() || "*";
            try { return !!scope.querySelector(plain); } catch { return true; }
          };
          if (selector.split(",").some(match)) found.add(selector);
        }
      }
      return [...found];
    }, [selectors, mode]);
    const kept = keep(sheet, new Set(used));
    // The check, screen by screen, element by element, property by property.
    const diff = await page.evaluate(([whole, kept]) => {
      const { root, markups, apply, elements } = window.screens;
      const diff = [];
      for (const m of markups) {
        root.innerHTML = m;
        const all = elements();
        apply(whole);
        const before = all.map((e) => { const c = getComputedStyle(e); return [...c].map((p) => [p, c.getPropertyValue(p)]); });
        apply(kept);
        all.forEach((e, i) => {
          const c = getComputedStyle(e);
          for (const [p, v] of before[i]) if (c.getPropertyValue(p) !== v && diff.length < 5) diff.push(`${e.tagName.toLowerCase()}.${e.className} ${p}: ${v} → ${c.getPropertyValue(p)}`);
        });
      }
      return diff;
    }, [css.toString(), kept]);
    if (diff.length) throw new Error(`the first screen's styles (${mode}) differ from the whole sheet's:\n  ${diff.join("\n  ")}`);
    return kept;
  } finally {
    await page.close();
  }
  // The rules whose selector is used, the blocks that still hold some; print styles left out.
  function keep(rules, used) {
    return rules.map((r) => {
      if (!r.rules) return used.has(r.head) ? `${r.head}{${r.body.trim()}}` : "";
      if (/^@media print/.test(r.head)) return "";
      const inner = keep(r.rules, used);
      return inner && `${r.head}{${inner}}`;
    }).filter(Boolean).join("\n");
  }
}

/** The national numbers of the old browsers' page (www/embed.js, www/widget.html), as the widget
 *  lists them: content/questionnaire.toml's `[[emergency]]` entries in their order, each with its
 *  French line, « emergency-<id> = Le <number> : … » (content/locales/fr/questions.ftl), whose
 *  number is the link. [number, what it is for, "sms" for a number that takes texts]. */
function emergencyNumbers() {
  const toml = readFileSync(join(root, "content/questionnaire.toml"), "utf8");
  const ftl = readFileSync(join(root, "content/locales/fr/questions.ftl"), "utf8");
  const entries = [...toml.matchAll(/^\[\[emergency\]\]\nid = "([\w-]+)"\nnumber = "(\d+)"\n(sms = true\n)?/gm)];
  if (entries.length !== toml.match(/^\[\[emergency\]\]/gm).length) {
    throw new Error("content/questionnaire.toml: an [[emergency]] entry is not « id », « number », then « sms = true » or nothing: the old browsers' page would miss it");
  }
  return entries.map(([, id, number, sms]) => {
    const line = new RegExp(`^emergency-${id} = Le ${number} : (.+)$`, "m").exec(ftl);
    if (!line) throw new Error(`content/locales/fr/questions.ftl: no « emergency-${id} = Le ${number} : … » line for the old browsers' page`);
    return sms ? [number, line[1], "sms"] : [number, line[1]];
  });
}

function html(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// widget.html with www/first.js spliced in (minified with the page's scripts, `pageMinified`) and the
// screens (JSON, `<` escaped); the rules they use in the page, when it has a first screen: it shows
// as soon as the page is read, no second round trip.
function firstInto(text, screens, pageCss) {
  const code = readFileSync(join(root, "www/first.js"), "utf8");
  if (screens) {
    // The rules in the page; the wasm's and glue's downloads still start from the head: their
    // answers come a round trip later, when the page's own bytes (9 KB) are through, so they do not
    // hold the first screen back, and the wasm comes sooner than if asked for after the markup
    // (`node tools/bench.mjs load`, A/B: the iframe's `passerelle:ready` 0.89× twice, once 0.99×;
    // its first screen readable 0.98×).
    const load = /<!--load[^]*?<!--\/load-->\n/.exec(text)[0];
    const kept = load.replace(/<!--load[^]*?-->\n/, "").replace(/<!--styles-->.*<!--\/styles-->\n/, "").replace("<!--/load-->\n", "");
    // Only the rules the first screens use (−1.8 KB brotli): the whole sheet is asked for once the
    // wasm has the screen (`pwSheet` below), or at once when there is no first screen to show.
    text = text.replace(load, () => kept + `<style>${pageCss}</style>\n`);
  } else {
    text = text.replace(/<!--first[^]*?<!--\/first-->\n/, "");
  }
  return text.replace("/*__FIRST__*/", () => code)
    .replace("{{SCREENS}}", () => JSON.stringify(screens).replace(/</g, "\\u003c"));
}

// widget.html as browsers need it: its scripts minified (terser escapes any `</script` in
// their strings), no comments in them or in the markup; −1.3 KB brotli with the sheet's minification.
async function pageMinified(page) {
  const tag = /<script( type="module")?>([^]*?)<\/script>/g;
  const scripts = [];
  for (const [, module, code] of page.matchAll(tag)) scripts.push(await small(code, !!module, false));
  let i = 0;
  return page.replace(/<!--[^]*?-->\n?/g, "").replace(tag, (_, module = "") => `<script${module}>${scripts[i++]}</script>`);
}

// The coordinator's page (www/preparer.html, README « The coordinator's page »): the importer compiled
// to wasm (crates/preparer) for its worker, apart from the resident's bundle (not in manifest.json),
// and the official commune referential, trimmed to what the importer and the territory search read.
async function preparer() {
  const prof = release ? "preparer" : "dev";
  run("cargo", ["build", "--quiet", "-p", "passerelle-preparer", "--lib", "--target", "wasm32-unknown-unknown", "--profile", prof]);
  const dir = `${out}.preparer`;
  rmSync(dir, { recursive: true, force: true });
  run("wasm-bindgen", [join(root, "target/wasm32-unknown-unknown", release ? "preparer" : "debug", "passerelle_preparer.wasm"),
    "--target", "web", "--no-typescript", "--out-dir", dir]);
  const wasm = readFileSync(join(dir, "passerelle_preparer_bg.wasm"));
  const glue = await small(readFileSync(join(dir, "passerelle_preparer.js"), "utf8"), true);
  const names = { wasm: `preparer-${hash(wasm)}.wasm`, glue: `preparer-${hash(glue, wasm)}.js` };
  writeFileSync(join(out, names.wasm), wasm);
  writeFileSync(join(out, names.glue), glue);
  const worker = readFileSync(join(root, "www/preparer-worker.js"), "utf8")
    .replace("./__GLUE__", `./${names.glue}`).replace("__WASM__", names.wasm);
  writeFileSync(join(out, "preparer-worker.js"), worker);
  for (const name of ["preparer.html", "preparer.js", "preparer-textes.js", "preparer.css"]) copyFileSync(join(root, "www", name), join(out, name));
  // The referential in its own files' shape (geo.rs reads them), with only the fields read; and a
  // compact list for the search: communes [code, nom, département, EPCI], EPCI and départements [code, nom].
  const data = join(root, "tests/node_modules/@etalab/decoupage-administratif/data");
  const communes = JSON.parse(readFileSync(join(data, "communes.json"), "utf8"));
  const epci = JSON.parse(readFileSync(join(data, "epci.json"), "utf8"));
  const deps = JSON.parse(readFileSync(join(data, "departements.json"), "utf8"));
  const keep = ["code", "nom", "type", "departement", "chefLieu", "codesPostaux", "anciensCodes"];
  const trimmed = communes.map((c) => Object.fromEntries(keep.filter((k) => c[k] !== undefined && !(Array.isArray(c[k]) && !c[k].length)).map((k) => [k, c[k]])));
  writeFileSync(join(out, "preparer-communes.json"), JSON.stringify(trimmed));
  writeFileSync(join(out, "preparer-epci.json"), JSON.stringify(epci.map((e) => ({ code: e.code, nom: e.nom, membres: e.membres.map((m) => ({ code: m.code })) }))));
  const epciOf = new Map(epci.flatMap((e) => e.membres.map((m) => [m.code, e.code])));
  writeFileSync(join(out, "preparer-territoires.json"), JSON.stringify({
    communes: communes.filter((c) => c.type === "commune-actuelle").map((c) => [c.code, c.nom, c.departement, epciOf.get(c.code) || ""]),
    epci: epci.map((e) => [e.code, e.nom]),
    departements: deps.map((d) => [d.code, d.nom]),
  }));
}
