// A resident's run in Firefox ESR and in WebKitGTK (Safari's engine), against the built bundle
// served by nginx with the deployment configuration, on a 360 px phone: the iframe and inline
// integrations (the whole diagnostic, the new step's heading in view after each step — below
// « Quitter vite » once a safety answer has brought it —, one download of the wasm), the strict-CSP page, a language switch kept across a reload with the answers.
// The full suite stays in Chromium (tests/e2e/); this is what differs between engines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "../../tools/serve.mjs";
import { startNginx } from "../../tools/nginx.mjs";
import { wording, QUESTION, FIELD, W } from "../e2e/harness.mjs";
import { firefox, webkit } from "./drivers.mjs";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

// The chunks fetched after the first screen (tools/build.mjs, "The split"), when the bundle has them.
const DIST = process.env.PASSERELLE_DIST ? pathToFileURL(`${process.env.PASSERELLE_DIST}/`) : new URL("../../target/dist/", import.meta.url);
const CHUNKS = JSON.parse(readFileSync(new URL("manifest.json", DIST), "utf8")).chunks || [];

const PHONE = { width: 360, height: 740 };
const EN = wording("en");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(f, what, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(50);
  }
}

// Evaluated in the widget's context: its iframe's document, or the shadow root of an inline widget.
const ROOT = `var b = document.querySelector("div.passerelle"), s = b && b.shadowRoot;
  var R = s && s.querySelector(".pw-app") ? s : document;`;
const STATE = new Function(`${ROOT}
  var app = R.querySelector(".pw-app"), hs = R.querySelectorAll("h2"), h = hs[hs.length - 1];
  var read = R.querySelector("button.pw-read");
  return app ? { lang: app.getAttribute("lang"), heading: h ? h.textContent.trim() : "", top: h ? h.getBoundingClientRect().top : 0,
    // The read-aloud button (issue 22): drawn, never an emoji; « no voice » said on one screen at most.
    read: read ? { emoji: /\uD83D\uDD0A|\u23F9/.test(read.textContent), svg: read.querySelectorAll("svg").length } : null,
    noVoice: R.querySelectorAll("#pw-read-why").length } : null;`);
// The answer `answer` to the question `question` (its group's label), ticked.
const ANSWER = new Function("question", "answer", `${ROOT}
  var sets = [].slice.call(R.querySelectorAll("fieldset"));
  for (var i = 0; i < sets.length; i++) {
    var l = R.getElementById(sets[i].getAttribute("aria-labelledby") || "");
    if (!l || l.textContent.trim() !== question) continue;
    var ins = [].slice.call(sets[i].querySelectorAll("input"));
    for (var j = 0; j < ins.length; j++) if (ins[j].labels[0] && ins[j].labels[0].textContent.trim() === answer) { ins[j].click(); return true; }
  }
  return false;`);
const CLICK = new Function("name", `${ROOT}
  var bs = [].slice.call(R.querySelectorAll("button"));
  var b = bs.filter(function (x) { return x.textContent.trim() === name; })[0] || bs.filter(function (x) { return x.textContent.indexOf(name) >= 0; })[0];
  if (!b) return false;
  b.click();
  return true;`);
// The button's bottom in the widget's viewport, so the partner page can be scrolled to it.
const BUTTON = new Function("name", `${ROOT}
  var bs = [].slice.call(R.querySelectorAll("button"));
  var b = bs.filter(function (x) { return x.textContent.trim() === name; })[0] || bs.filter(function (x) { return x.textContent.indexOf(name) >= 0; })[0];
  return b ? b.getBoundingClientRect().bottom : null;`);
const LANG = new Function("lang", `${ROOT}
  var sel = R.querySelector("#pw-lang");
  sel.value = lang;
  sel.dispatchEvent(new Event("change", { bubbles: true }));
  return true;`);
const WASM = () => performance.getEntriesByType("resource").filter((e) => /\/passerelle-[0-9a-f]{10}\.wasm$/.test(e.name)).map((e) => e.name);
// Where the widget stands in the partner's page: its iframe's top (0 inline), the viewport height, and
// the bottom of « Quitter vite » where it stays over the top of the screen (0 when it is not shown):
// the loader's fixed button (iframe), the widget's sticky bar (inline).
const PLACE = () => {
  const b = document.querySelector("div.passerelle");
  const f = b && b.shadowRoot && b.shadowRoot.querySelector("iframe");
  const q = b && b.shadowRoot && (f ? [].filter.call(b.shadowRoot.children, (e) => e.tagName === "BUTTON")[0] : b.shadowRoot.querySelector(".pw-quit"));
  const quit = q && getComputedStyle(q).display !== "none" ? Math.max(0, q.getBoundingClientRect().bottom) : 0;
  return { frame: f ? f.getBoundingClientRect().top : 0, height: window.innerHeight, width: window.innerWidth, framed: !!f, quit };
};

const state = (d) => d.widget(STATE);
const click = async (d, name) => assert.ok(await d.widget(CLICK, name), `no button «${name}»`);
/** As a resident with a thumb does: scrolls the partner page down past the question until the button is
 *  near the top of the screen, then taps it; the new step's heading is then above the screen unless
 *  something brings it back. */
async function reach(d, name) {
  const bottom = await d.widget(BUTTON, name);
  assert.ok(bottom !== null, `no button «${name}»`);
  await d.top((b) => {
    const box = document.querySelector("div.passerelle");
    const f = box.shadowRoot.querySelector("iframe");
    const y = (f ? f.getBoundingClientRect().top : 0) + b;
    // "instant": the demo site asks for smooth scrolling (scroll-behavior), which would land after the tap.
    window.scrollTo({ top: Math.max(0, window.pageYOffset + y - 80), behavior: "instant" });
  }, bottom);
  await click(d, name);
}

/** Opens `path` on the demo site, brings the widget into view (the iframe loads when near), waits for it. */
async function open(d, url) {
  await d.open(url);
  await d.top(() => { const b = document.querySelector("div.passerelle"); if (b) b.scrollIntoView(); });
  if (process.env.DEBUG) await d.top(() => { window.msgs = []; window.addEventListener("message", (e) => window.msgs.push(JSON.stringify(e.data) + "@" + window.pageYOffset)); });
  return until(() => state(d).catch(() => null), "the widget's first screen");
}

/** The heading's top in the partner page's viewport, once it settles (smooth scrolling): null if in view. */
async function headingInView(d) {
  let last = null;
  const end = Date.now() + 3000;
  for (;;) {
    const [p, s] = [await d.top(PLACE), await state(d)];
    const y = p.frame + s.top;
    const settled = last && last.y === y;
    last = { y, height: p.height, quit: p.quit };
    // (-2: a heading scrolled flush to the top may sit a fraction of a pixel above it, or below « Quitter vite »)
    if (settled && y >= p.quit - 2 && y <= p.height - 40) return null;
    if (Date.now() > end) return last;
    await sleep(50);
  }
}

/** The titles of the fields' detail screens. */
const DETAIL = new Set(Object.keys(FIELD).map((title) => W["ui-detail-title"].replace("{ $field }", title)));

/** « Suivant » with nothing chosen asks once, gently, and goes on when pressed again. */
async function next(d, name, before, press = click) {
  await press(d, name);
  const moved = await until(async () => { const s = await state(d); return s && s.heading && s.heading !== before; }, "", 1500).catch(() => false);
  if (!moved) await press(d, name);
}

/** The whole diagnostic, « Suivant » on every screen (the profile, each field's screen, the
 *  checklist of wishes, which comes ticked). */
async function resident(d) {
  const out = [], read = [];
  let before = (await state(d)).heading;
  await click(d, W["ui-start"]);
  for (let screens = 1; ; screens++) {
    assert.ok(screens < 80, "the diagnostic never ends");
    const s = await until(async () => { const s = await state(d); return s && s.heading && s.heading !== before && s; }, `the step after «${before}»`);
    before = s.heading;
    read.push({ noVoice: s.noVoice, button: s.read });
    const off = await headingInView(d);
    if (off) out.push(`${s.heading} at y=${Math.round(off.y)} of ${off.height}${off.quit ? `, « Quitter vite » down to ${Math.round(off.quit)}` : ""}`);
    if (off && process.env.DEBUG) console.log("# off", JSON.stringify(await d.top(() => [window.msgs && window.msgs.slice(-4), window.pageYOffset, document.documentElement.scrollHeight])));
    if (s.heading === W["ui-roadmap-title"]) return { screens, off: out, read };
    // One question (titled by it), or a field's questions together (titled by the field, or by
    // « <field> : encore quelques questions » for its detail), the profile, the checklist.
    if (QUESTION[s.heading] || FIELD[s.heading] || DETAIL.has(s.heading)
      || s.heading === W["profile-title"] || s.heading === W["ui-wishes-title"]) {
      // Halfway, a safety answer: « Quitter vite » stays over the top of every screen after it, and each
      // new heading must come below it.
      if (s.heading === W["field-famille"]) {
        assert.ok(await d.widget(ANSWER, W["q-famille-securite"], W["a-famille-securite-non"]), "« non » to feeling safe at home");
        await until(async () => (await d.top(PLACE)).quit > 0 || (await d.widget(new Function(`${ROOT} return !!R.querySelector(".pw-quit");`))), "« Quitter vite »");
      }
      await next(d, W["ui-next"], s.heading, reach);
    } else assert.fail(`unexpected screen «${s.heading}»`);
  }
}

for (const [engine, launch] of [["firefox", firefox], ["webkit", webkit]]) {
  test(`a resident in ${engine}`, async (t) => {
    const started = Date.now();
    // PASSERELLE_DIST: another bundle folder (e.g. an older build, to see these tests fail on it).
    const nginx = await startNginx({ root: process.env.PASSERELLE_DIST });
    const servers = await serve({ bundleOrigin: nginx.origin });
    let d;
    t.after(async () => { await d?.close(); await servers.close(); await nginx.stop(); });
    d = await launch({ viewport: PHONE });

    for (const [integration, path] of [["iframe", "/"], ["inline", "/inline.html"]]) {
      await t.test(`${integration}: the whole diagnostic, each new step's heading in view, one download of the wasm`, async () => {
        await open(d, servers.demo + path);
        const place = await d.top(PLACE);
        assert.equal(place.framed, integration === "iframe", "integration");
        // WebKitGTK's MiniBrowser window is at least 447 px wide (its toolbar), so 447 × 702 there.
        const widest = engine === "webkit" ? 460 : PHONE.width;
        assert.ok(place.width <= widest && place.height <= PHONE.height, `a phone's viewport, not ${place.width}×${place.height}`);
        try {
          const run = await resident(d);
          assert.ok(run.screens >= 10, `${run.screens} screens`);
          assert.deepEqual(run.off, [], `headings out of view on ${run.off.length} of ${run.screens} screens`);
          assert.ok(run.read.filter((r) => r.noVoice).length <= 1, `« no voice » on ${run.read.filter((r) => r.noVoice).length} screens`);
          for (const r of run.read.filter((x) => x.button)) assert.deepEqual(r.button, { emoji: false, svg: 1 }, "the read-aloud icon is drawn");
          if (process.env.DEBUG) console.log("# read-aloud", JSON.stringify(run.read.slice(0, 3)));
          const wasm = integration === "iframe" ? await d.widget(WASM) : await d.top(WASM);
          // One download of each wasm file: the first module, and the chunks once fetched.
          assert.equal(new Set(wasm).size, wasm.length, `a wasm file downloaded twice: ${wasm.join(", ")}`);
          assert.ok(wasm.length >= 1 && wasm.length <= 1 + CHUNKS.length, `downloads of the wasm: ${wasm.join(", ")}`);
        } finally {
          // The next run starts afresh.
          await d.widget(() => sessionStorage.clear());
        }
      });
    }

    await t.test("strict CSP page: the inline widget falls back to the iframe before downloading anything", async () => {
      await open(d, servers.demo + "/csp.html");
      const place = await d.top(PLACE);
      assert.ok(place.framed, "the iframe integration");
      const s = await state(d);
      assert.equal(s.heading === "" ? "" : "ok", "ok");
      const fetched = await d.top(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /\/passerelle-[0-9a-f]{10}\.(js|wasm)$/.test(n)));
      assert.deepEqual(fetched, [], "the partner page downloaded the bundle");
    });

    for (const [integration, path] of [["iframe", "/"], ["inline", "/inline.html"]]) {
      await t.test(`${integration}: a language chosen in the menu comes back with the answers after a reload`, async () => {
        await open(d, servers.demo + path);
        await d.widget(LANG, "en");
        await until(async () => (await state(d)).lang === "en", "English");
        await click(d, EN["ui-start"]);
        await until(async () => (await state(d)).heading === EN["profile-title"], "the profile screen in English");
        await next(d, EN["ui-next"], EN["profile-title"]);
        const second = await until(async () => { const s = await state(d); return s.heading !== EN["profile-title"] && s.heading; }, "the first screening question");
        await d.reload();
        await d.top(() => { const b = document.querySelector("div.passerelle"); if (b) b.scrollIntoView(); });
        // « One moment… » (src/ui/boot.rs, under the welcome's title) until the diagnostic's chunk is there.
        const back = await until(async () => {
          const s = await state(d).catch(() => null);
          return s && s.heading && s.heading !== EN["ui-welcome-title"] && s;
        }, "the widget after the reload");
        assert.deepEqual({ lang: back.lang, heading: back.heading }, { lang: "en", heading: second });
        // The next resident's run starts afresh: « Clear » would also do, this is shorter.
        await d.widget(() => sessionStorage.clear());
      });
    }
    console.log(`# ${engine}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}
