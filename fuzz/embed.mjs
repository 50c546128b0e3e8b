// Coverage-guided fuzzing of the loader's message handler (www/embed.js), which cargo-fuzz cannot
// reach: the real embed.js runs in Node on a small stand-in of the partner's page, V8 reports
// which blocks each input ran (node:inspector, precise block coverage), and an input that runs a
// new block joins the corpus to be mutated further. An input is a sequence of steps: a message
// from the widget's frame, the same from another window or origin, a scroll of the page, a tap on
// the loader's « Quitter vite », some time passing.
//
// Properties, checked after every step:
//   - no exception escapes the loader to the partner's page;
//   - the partner's page outside the widget is untouched (its DOM, its script tag);
//   - the iframe's height stays a whole number of pixels in (0, 100 000];
//   - a message from another window or another origin changes nothing;
//   - every scroll goes to a finite place on the page; the page leaves only for the neutral page;
//   - only the two known events reach the page, on the script tag.
//
//   node fuzz/embed.mjs [--seconds N] [--seeds DIR] [--corpus DIR] [--regressions DIR]
//                       [--artifacts DIR] [--random] [--embed FILE] [--uncovered]
// --random: the same mutations, applied to the seeds only, never guided by coverage (the
// baseline this fuzzer is measured against). Prints libFuzzer's lines (INITED, pulse, DONE,
// stat::number_of_executed_units) so tools/fuzz.sh reads both alike; exits 1 on a failure,
// whose input is minimised and written to the artifacts folder.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import inspector from "node:inspector";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SECONDS = Number(opt("--seconds", "10"));
const RANDOM = args.includes("--random");
const dirs = { seeds: opt("--seeds"), corpus: opt("--corpus"), regressions: opt("--regressions"), artifacts: opt("--artifacts") };

// ---------- the partner's page, as far as embed.js touches it ----------

const EMBED = path.resolve(opt("--embed", path.join(root, "www/embed.js")));
const FILES = { page: "index.html", js: "passerelle.js", wasm: "passerelle_bg.wasm", css: "passerelle.css" };
// As tools/build.mjs writes it: the file names, and www/first.js spliced in (no first screen here).
const SOURCE = fs.readFileSync(EMBED, "utf8").replace('"__FILES__"', JSON.stringify(FILES))
  .replace("/*__FIRST_JS__*/", () => fs.readFileSync(path.join(path.dirname(EMBED), "first.js"), "utf8"));
const BUNDLE = "https://cdn.example.org/passerelle/";
const PAGE = "https://partner.example.fr";
const NEUTRAL = "https://www.google.fr/";
const EVENTS = ["passerelle:ready", "passerelle:completed"];

class Style {
  constructor() { this.map = new Map(); }
  setProperty(k, v, p) { this.map.set(String(k), String(v) + (p ? " !" + p : "")); }
  getPropertyValue(k) { return (this.map.get(k) || "").replace(/ !important$/, ""); }
}

class El {
  constructor(page, tag) {
    this.page = page;
    this.tagName = tag.toUpperCase();
    this.children = [];
    this.parentNode = null;
    this.attrs = new Map();
    this.style = new Style();
    this.listeners = new Map();
    this.textContent = "";
  }
  get attributes() { return [...this.attrs].map(([name, value]) => ({ name, value })); }
  setAttribute(n, v) { this.attrs.set(String(n), String(v)); }
  getAttribute(n) { return this.attrs.has(n) ? this.attrs.get(n) : null; }
  hasAttribute(n) { return this.attrs.has(n); }
  get nextSibling() {
    const p = this.parentNode;
    return p ? p.children[p.children.indexOf(this) + 1] || null : null;
  }
  get firstChild() { return this.children[0] || null; }
  appendChild(c) { return this.insertBefore(c, null); }
  insertBefore(c, ref) {
    if (c.parentNode) c.parentNode.removeChild(c);
    const i = ref ? this.children.indexOf(ref) : -1;
    this.children.splice(i < 0 ? this.children.length : i, 0, c);
    c.parentNode = this;
    return c;
  }
  removeChild(c) {
    const i = this.children.indexOf(c);
    if (i < 0) throw new Error("NotFoundError: removeChild");
    this.children.splice(i, 1);
    c.parentNode = null;
    return c;
  }
  contains(n) {
    for (; n; n = n.parentNode || n.host) if (n === this) return true;
    return false;
  }
  addEventListener(t, f) {
    if (!this.listeners.has(t)) this.listeners.set(t, []);
    this.listeners.get(t).push(f);
  }
  dispatchEvent(e) {
    e.target = this;
    this.page.dispatched.push({ on: this, type: e.type, detail: e.detail });
    for (const f of this.listeners.get(e.type) || []) f.call(this, e);
    return true;
  }
  attachShadow() {
    this.shadowRoot = new El(this.page, "#shadow-root");
    this.shadowRoot.host = this;
    return this.shadowRoot;
  }
  getBoundingClientRect() {
    // The widget stands 300 px down the page; the page scrolls.
    const top = 300 - this.page.scrollY;
    return { top, bottom: top + 600, left: 0, right: 360, width: 360, height: 600 };
  }
  getClientRects() { return [this.getBoundingClientRect()]; }
}

// One page a run: the state every step is checked against.
function makePage() {
  const page = { scrollY: 0, clock: 1_000_000, timers: [], dispatched: [], scrolls: [], left: [], sent: [], paq: [], warnings: 0 };
  const el = (tag) => new El(page, tag);
  const html = el("html");
  html.lang = "fr";
  const head = html.appendChild(el("head"));
  head.appendChild(el("title")).textContent = "Centre social Les Tilleuls";
  const body = html.appendChild(el("body"));
  body.appendChild(el("h1")).textContent = "Trouver de l'aide";
  const script = el("script");
  script.src = BUNDLE + "embed.js";
  for (const [k, v] of [["data-partner", "Centre social Les Tilleuls"], ["data-matomo", ""], ["data-commune", "93066"]]) script.setAttribute(k, v);
  body.appendChild(script);
  body.appendChild(el("footer")).textContent = "Mentions légales";
  const widgetWindow = { postMessage(data, origin) { page.sent.push({ data, origin }); } };
  const document = {
    readyState: "complete",
    baseURI: PAGE + "/aide/",
    documentElement: html,
    head,
    body,
    currentScript: script,
    createElement(tag) {
      const e = el(tag);
      if (e.tagName === "IFRAME") e.contentWindow = widgetWindow;
      return e;
    },
    querySelectorAll(sel) {
      const found = [];
      const walk = (n) => { for (const c of n.children) { if (sel === "script[data-passerelle-mounted]" && c.tagName === "SCRIPT" && c.hasAttribute("data-passerelle-mounted")) found.push(c); walk(c); } };
      walk(html);
      return found;
    },
    querySelector() { return null; },
    addEventListener() {},
  };
  Object.assign(page, { html, body, script, document, widgetWindow, windowListeners: new Map() });
  return page;
}

// The global of the loader's realm, made once; each run gets a fresh page.
let page = null;
const sandbox = {
  console: { warn() { page.warnings++; }, error() { page.warnings++; }, log() {} },
  URL,
  URLSearchParams,
  WebAssembly,
  CustomEvent: class CustomEvent { constructor(type, init) { this.type = type; this.detail = init && init.detail; this.bubbles = !!(init && init.bubbles); } },
  ResizeObserver: class ResizeObserver {},
  IntersectionObserver: class IntersectionObserver {
    constructor(cb) { this.cb = cb; }
    observe(el) { this.cb([{ isIntersecting: true, target: el }]); }
    disconnect() {}
  },
  setTimeout(f, ms) { page.timers.push({ at: page.clock + (Number(ms) || 0), f }); return page.timers.length; },
  matchMedia() { return { matches: false }; },
  scrollTo(a, b) {
    const to = typeof a === "object" && a ? a.top : b;
    page.scrolls.push(to);
    if (Number.isFinite(to)) page.scrollY = Math.max(0, to);
  },
  addEventListener(t, f) {
    if (!page.windowListeners.has(t)) page.windowListeners.set(t, []);
    page.windowListeners.get(t).push(f);
  },
  innerHeight: 640,
};
for (const k of ["document", "location", "pageYOffset", "_paq"]) {
  Object.defineProperty(sandbox, k, {
    get() {
      if (k === "document") return page.document;
      if (k === "pageYOffset") return page.scrollY;
      if (k === "_paq") return { push(x) { page.paq.push(x); } };
      return { origin: PAGE, href: PAGE + "/aide/", replace(u) { page.left.push(String(u)); } };
    },
  });
}
const context = vm.createContext(sandbox);
vm.runInContext("var window = this; Date.now = function () { return __clock(); };", context);
sandbox.__clock = () => page.clock;

// ---------- coverage ----------

const session = new inspector.Session();
session.connect();
const post = (method, params) => {
  let out, error;
  session.post(method, params, (e, r) => { error = e; out = r; });
  if (error) throw error;
  return out;
};
post("Profiler.enable");
post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });
const script = new vm.Script(SOURCE, { filename: EMBED });
const url = "file://" + EMBED;

// V8 reports, per function, the ranges whose count differs from the enclosing one. A block ran
// if its function did and no range with a count of 0 holds it; the blocks are every range V8
// ever reported. Features: the blocks run, and the (block, count bucket) pairs, as libFuzzer's.
const blocks = new Map(); // "start-end" → [start, end]
function coverage() {
  const entry = post("Profiler.takePreciseCoverage").result.find((s) => s.url === url);
  const zeros = [];
  const features = new Set();
  for (const f of entry ? entry.functions : []) {
    for (const r of f.ranges) {
      const k = r.startOffset + "-" + r.endOffset;
      if (!blocks.has(k)) blocks.set(k, [r.startOffset, r.endOffset]);
      if (r.count === 0) zeros.push(r);
      else features.add(k + "#" + Math.min(7, Math.floor(Math.log2(r.count))));
    }
  }
  const run = new Set();
  for (const [k, [s, e]] of blocks) {
    if (!zeros.some((z) => z.startOffset <= s && e <= z.endOffset)) {
      run.add(k);
      features.add(k);
    }
  }
  return { run, features };
}

// ---------- one run ----------

class Failure extends Error {}

// What the partner's page shows outside the widget, as text.
function hostView(p) {
  const view = (n) => {
    if (n.className === "passerelle") return "[widget]";
    const attrs = [...n.attrs].map(([k, v]) => `${k}=${v}`).join(" ");
    return `<${n.tagName} ${attrs} ${[...n.style.map].join(";")}>${n.textContent}${n.children.map(view).join("")}</${n.tagName}>`;
  };
  return view(p.html) + p.html.lang + p.script.src;
}

// Everything a step can change, as text (for « a foreign message changes nothing »).
function fullView(p) {
  const widget = (n) => `<${n.tagName} ${[...n.attrs]} ${[...n.style.map]} ${n.title || ""} ${n.textContent}>${n.children.map(widget).join("")}`;
  const box = p.body.children.find((c) => c.className === "passerelle");
  return JSON.stringify([hostView(p), box && box.shadowRoot ? widget(box.shadowRoot) : "", p.scrollY, p.scrolls.length, p.left, p.sent.length, p.dispatched.length, p.paq.length, p.timers.length, [...p.windowListeners].map(([k, v]) => k + v.length)]);
}

function deliver(p, data, from) {
  const foreign = from === "page" ? { source: sandbox, origin: PAGE } : from === "origin" ? { source: p.widgetWindow, origin: PAGE } : from === "frame" ? { source: { postMessage() {} }, origin: new URL(BUNDLE).origin } : null;
  const e = { type: "message", data, ...(foreign || { source: p.widgetWindow, origin: new URL(BUNDLE).origin }) };
  for (const f of p.windowListeners.get("message") || []) f.call(sandbox, e);
}

function frameOf(p) {
  const box = p.body.children.find((c) => c.className === "passerelle");
  return box && box.shadowRoot && box.shadowRoot.children.find((c) => c.tagName === "IFRAME");
}

function check(p, before, what) {
  const fail = (m) => { throw new Failure(`${m} (${what})`); };
  if (hostView(p) !== before) fail("the partner's page changed outside the widget");
  const f = frameOf(p);
  if (!f) fail("no iframe");
  const h = f.style.map.get("height");
  const px = /^(\d+)px !important$/.exec(h || "");
  if (!px || Number(px[1]) <= 0 || Number(px[1]) > 1e5) fail(`iframe height ${h}`);
  for (const to of p.scrolls) if (!Number.isFinite(to) || to < 0) fail(`scroll to ${to}`);
  for (const u of p.left) if (u !== NEUTRAL) fail(`left for ${u}`);
  for (const d of p.dispatched) if (d.on !== p.script || !EVENTS.includes(d.type)) fail(`event ${d.type} dispatched`);
}

function step(p, s) {
  if (s && "m" in s) {
    // The message as the browser hands it over: a structured clone, in the receiver's realm.
    let data;
    try { data = structuredClone(s.m); } catch { return; }
    deliver(p, data, s.from);
  } else if (s && "scroll" in s) {
    p.scrollY = Math.max(0, Number(s.scroll) || 0);
    for (const f of p.windowListeners.get("scroll") || []) f.call(sandbox, { type: "scroll" });
  } else if (s && "click" in s) {
    const quit = frameOf(p) && frameOf(p).parentNode.children.find((c) => c.tagName === "BUTTON");
    if (quit) for (const f of quit.listeners.get("click") || []) f.call(quit, { type: "click" });
  } else if (s && "wait" in s) {
    p.clock += Math.max(0, Math.min(1e7, Number(s.wait) || 0));
    const due = p.timers.filter((t) => t.at <= p.clock);
    p.timers = p.timers.filter((t) => t.at > p.clock);
    for (const t of due) t.f();
  }
}

// Runs `input` (an array of steps) on a fresh page; throws a Failure if a property breaks.
function run(input) {
  page = makePage();
  const p = page;
  script.runInContext(context);
  const before = hostView(p);
  check(p, before, "load");
  for (let i = 0; i < input.length; i++) {
    const s = input[i];
    const foreign = s && "m" in s && s.from;
    const was = foreign ? fullView(p) : null;
    try {
      step(p, s);
    } catch (e) {
      if (e instanceof Failure) throw e;
      throw new Failure(`an exception reached the page: ${e && e.message} (step ${i})`);
    }
    if (foreign && fullView(p) !== was) throw new Failure(`a message from ${s.from} changed the widget (step ${i})`);
    check(p, before, `step ${i}`);
  }
}

// ---------- inputs: JSON with NaN, ±Infinity, -0 and undefined spelled out ----------

const SPECIAL = "$special";
const save = (v) => JSON.stringify(v, function (k, x) {
  if (typeof x === "number" && !Number.isFinite(x)) return { [SPECIAL]: String(x) };
  if (Object.is(x, -0)) return { [SPECIAL]: "-0" };
  if (x === undefined && Array.isArray(this)) return { [SPECIAL]: "undefined" };
  return x;
});
const load = (text) => JSON.parse(text, (k, x) => {
  if (x && typeof x === "object" && !Array.isArray(x) && Object.keys(x).length === 1 && SPECIAL in x) {
    return { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0, undefined: undefined }[x[SPECIAL]];
  }
  return x;
});
// A seed file holds one message the widget sends, or a conversation (an array of them); a
// corpus file holds an input (an array of steps).
function readInput(text) {
  let v;
  try { v = load(text); } catch { return [{ m: text }]; }
  if (!Array.isArray(v)) return [{ m: v }];
  return v.map((s) => (s && typeof s === "object" && !Array.isArray(s) && ("m" in s || "scroll" in s || "click" in s || "wait" in s) ? s : { m: s }));
}
const readDir = (d) => (d && fs.existsSync(d) ? fs.readdirSync(d).sort().map((f) => ({ name: f, input: readInput(fs.readFileSync(path.join(d, f), "utf8")) })) : []);

// ---------- mutations ----------

let seed = 0x2545f491;
const rnd = (n) => {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const pick = (a) => a[rnd(a.length)];
const TYPES = ["resize", "event", "step", "lang", "leave", "quit", "show", "Resize", "", "scroll"];
const KEYS = ["source", "type", "height", "top", "name", "detail", "lang", "on", "label", "fields", "__proto__", "constructor", "length"];
const VALUES = [0, -0, 1, -1, 0.5, 47.99, 48, 640, 99999, 99999.99, 100000, 100001, 1e300, -1e300, NaN, Infinity, -Infinity,
  Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, "", "0", "640", "passerelle", "passerelle-loader", "passerelle:ready",
  "passerelle:completed", "passerelle:other", "fr", "en", "ar", "zz", "__proto__", "toString", "x".repeat(79), "x".repeat(80),
  "é".repeat(79), "🙂".repeat(40), "<img src=x onerror=alert(1)>", "\u0000\u202e", true, false, null, undefined, [], {}, [1, "a"],
  { fields: { sante: "fort" } }, { toString: "x", valueOf: 1 }];
const clone = (v) => (v === undefined ? undefined : load(save(v)));

function mutateString(s) {
  s = String(s);
  switch (rnd(6)) {
    case 0: return s.slice(0, rnd(s.length + 1));
    case 1: { const i = rnd(s.length + 1); return s.slice(0, i) + String.fromCharCode(rnd(4) ? 32 + rnd(95) : rnd(0x10000)) + s.slice(i); }
    case 2: { const i = rnd(s.length + 1); return s.slice(0, i) + s.slice(i + 1); }
    case 3: return s + s;
    case 4: return s.toUpperCase();
    default: return pick(VALUES.filter((v) => typeof v === "string"));
  }
}

function mutateValue(v, pool) {
  if (typeof v === "number" && rnd(2)) return pick([v * 2, v / 2, v + 1, v - 1, -v, v + rnd(1000) - 500, Math.ceil(v) + 0.5, v * 1e3]);
  if (typeof v === "string" && rnd(2)) return mutateString(v);
  if (v && typeof v === "object" && rnd(2)) return mutateMessage(v, pool);
  return rnd(4) ? clone(pick(VALUES)) : clone(valueFrom(pool));
}

// A value somewhere in another input: crossover between messages.
function valueFrom(pool) {
  const m = pick(pick(pool)).m;
  if (!m || typeof m !== "object") return m;
  const keys = Object.keys(m);
  return keys.length ? m[pick(keys)] : m;
}

function mutateMessage(m, pool) {
  if (m === null || typeof m !== "object") return rnd(3) ? mutateValue(m, pool) : clone(pick(pick(pool)).m);
  m = Array.isArray(m) ? [...m] : { ...m };
  const keys = Object.keys(m);
  switch (rnd(6)) {
    case 0: if (keys.length) { delete m[pick(keys)]; break; } // falls through
    case 1: { const k = rnd(3) ? pick(KEYS) : mutateString(pick(KEYS)); try { m[k] = clone(pick(VALUES)); } catch { /* an array's length */ } break; }
    case 2: m.type = pick(TYPES); break;
    case 3: if (rnd(2)) return save(m); return clone(pick(VALUES)); // raw: a string, a number…
    default: if (keys.length) { const k = pick(keys); m[k] = mutateValue(m[k], pool); }
  }
  return m;
}

function mutateStep(s, pool) {
  switch (rnd(10)) {
    case 0: return { scroll: pick([0, 100, 299, 300, 301, 5000, -10, NaN]) };
    case 1: return { click: 1 };
    case 2: return { wait: pick([100, 599, 600, 1499, 1500, 1e6]) };
    case 3: return { ...s, from: pick(["page", "origin", "frame"]) };
    default: return "m" in s ? { ...s, m: mutateMessage(s.m, pool) } : { m: clone(pick(pick(pool)).m) };
  }
}

function mutate(input, pool) {
  let out = input.map((s) => s);
  for (let n = 1 + rnd(4); n > 0; n--) {
    const i = rnd(Math.max(1, out.length));
    switch (rnd(8)) {
      case 0: out.splice(i, 0, clone(pick(pick(pool)))); break;
      case 1: if (out.length > 1) out.splice(i, 1); break;
      case 2: out.splice(i, 0, out[i] || { click: 1 }); break;
      case 3: { const o = pick(pool); const j = rnd(o.length); out = out.slice(0, i).concat(o.slice(j, j + 1 + rnd(4))); break; }
      default: out[i] = mutateStep(out[i] || { m: null }, pool);
    }
  }
  return out.slice(0, 24);
}

// ---------- failures: minimised, kept ----------

function fails(input) {
  try { run(input); coverage(); return null; } catch (e) { coverage(); return e instanceof Failure ? e.message : String(e); }
}

function minimise(input, why) {
  const same = (m) => m && m.split(" (")[0] === why.split(" (")[0];
  let best = input;
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < best.length; i++) {
      const fewer = best.filter((_, j) => j !== i);
      if (fewer.length && same(fails(fewer))) { best = fewer; changed = true; i--; }
    }
    for (let i = 0; i < best.length; i++) {
      const m = best[i].m;
      if (!m || typeof m !== "object" || Array.isArray(m)) continue;
      for (const k of Object.keys(m)) {
        const less = { ...m };
        delete less[k];
        const tried = best.map((s, j) => (j === i ? { ...s, m: less } : s));
        if (same(fails(tried))) { best = tried; changed = true; }
      }
    }
  }
  return best;
}

function crash(input, why) {
  const small = minimise(input, why);
  console.log(`==ERROR: embed: ${why}`);
  console.log(`minimised input: ${save(small)}`);
  if (dirs.artifacts) {
    fs.mkdirSync(dirs.artifacts, { recursive: true });
    const file = path.join(dirs.artifacts, "crash-" + Date.now().toString(36));
    fs.writeFileSync(file, save(small) + "\n");
    console.log(`Test unit written to ${file}`);
  }
}

// ---------- the loop ----------

const start = Date.now();
let execs = 0;
const seen = new Set(); // features
const ran = new Set(); // blocks
function execute(input) {
  execs++;
  let why = null;
  try { run(input); } catch (e) { why = e instanceof Failure ? e.message : `the fuzzer's stand-in broke: ${e && e.stack}`; }
  const c = coverage();
  let fresh = false;
  for (const f of c.features) if (!seen.has(f)) { seen.add(f); fresh = true; }
  for (const b of c.run) ran.add(b);
  return { why, fresh };
}

// Every input that once failed is replayed first, and must pass.
let failed = 0;
for (const { name, input } of readDir(dirs.regressions)) {
  const { why } = execute(input);
  if (why) { console.log(`==ERROR: embed: regression ${name}: ${why}`); failed++; }
}
const seeds = readDir(dirs.seeds).map((e) => e.input);
const corpus = [];
for (const { input } of [...readDir(dirs.corpus), ...readDir(dirs.seeds)]) {
  const { why, fresh } = execute(input);
  if (why) { crash(input, why); failed++; break; }
  if (fresh || !corpus.length) corpus.push(input);
}
if (!corpus.length) corpus.push([{ m: { source: "passerelle", type: "resize", height: 640 } }]);
console.log(`INFO: seeds: ${seeds.length}, blocks known: ${blocks.size}`);
console.log(`#${execs}\tINITED cov: ${ran.size} ft: ${seen.size} corp: ${corpus.length}`);
const pool = RANDOM ? (seeds.length ? seeds : corpus) : corpus;
let pulse = 2 ** Math.ceil(Math.log2(execs + 1));
// Taking V8's coverage costs about a millisecond, more than a run: it is taken once for a batch
// of inputs, and only a batch that ran something new is run again input by input.
const BATCH = 16;
const batchSeen = new Set();
while (!failed && Date.now() - start < SECONDS * 1000) {
  const batch = [];
  let broken = null;
  for (let i = 0; i < BATCH && !broken; i++) {
    const input = mutate(pick(pool), pool);
    batch.push(input);
    execs++;
    try { run(input); } catch (e) { broken = { input, why: e instanceof Failure ? e.message : `the fuzzer's stand-in broke: ${e && e.stack}` }; }
  }
  if (execs >= pulse) {
    pulse *= 2;
    console.log(`#${execs}\tpulse cov: ${ran.size} ft: ${seen.size} corp: ${corpus.length} exec/s: ${Math.round(execs / ((Date.now() - start) / 1000))}`);
  }
  if (broken) { coverage(); crash(broken.input, broken.why); failed++; break; }
  const c = coverage();
  // (A batch's counts are sums: a count bucket new to the batches is worth a look, once.)
  let novel = [...c.run].some((b) => !ran.has(b));
  for (const f of c.features) if (!seen.has(f) && !batchSeen.has(f)) { batchSeen.add(f); novel = true; }
  for (const b of c.run) ran.add(b);
  if (!novel || RANDOM) continue;
  for (const input of batch) {
    const before = ran.size;
    const { why, fresh } = execute(input);
    if (why) { crash(input, why); failed++; break; }
    if (!fresh) continue;
    corpus.push(input);
    if (ran.size > before) console.log(`#${execs}\tNEW cov: ${ran.size} ft: ${seen.size} corp: ${corpus.length}`);
    if (dirs.corpus) {
      fs.mkdirSync(dirs.corpus, { recursive: true });
      fs.writeFileSync(path.join(dirs.corpus, "i" + execs.toString(36)), save(input) + "\n");
    }
  }
}
const secs = (Date.now() - start) / 1000;
console.log(`#${execs}\tDONE cov: ${ran.size} ft: ${seen.size} corp: ${corpus.length} exec/s: ${Math.round(execs / secs)}`);
console.log(`stat::number_of_executed_units: ${execs}`);
// --uncovered: the blocks no input ran, with their first line (where to look next).
if (args.includes("--uncovered")) {
  for (const [k, [s, e]] of [...blocks].sort((a, b) => a[1][0] - b[1][0])) {
    if (!ran.has(k)) console.log(`uncovered ${s}-${e}: ${SOURCE.slice(s, Math.min(e, s + 90)).split("\n")[0]}`);
  }
}
console.log(`stat::blocks_known: ${blocks.size}`);
process.exit(failed ? 1 : 0);
