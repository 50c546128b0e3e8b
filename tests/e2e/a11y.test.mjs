// Accessibility (RGAA 4.1 / WCAG 2.1 AA), in the browser, against the built bundle:
//  1. axe-core finds nothing (WCAG 2.0/2.1 A and AA rules) on every screen of the diagnostic,
//     in both modes, both integrations and the three languages;
//  2. the whole diagnostic by keyboard alone, from the partner's page, focus on each new
//     heading and always visible;
//  3. reflow at 320 px and at 200 % / 400 % zoom: no horizontal scroll, no text cut off;
//  4. prefers-reduced-motion: nothing moves;
//  5. right-to-left (Arabic): direction, button order, phone numbers kept in order, frame title;
//  6. a too pale partner colour still gives readable primary buttons;
//  7. the iframe has a meaningful title;
//  and: the « Effacer » confirmation gives focus back; an Arabic frame title says its language.
// Screens are reached by roles and accessible names, in each language's own wording.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, widgetFrame, openHtml, snippet, shell, wording, unfold, still, gainsFocus, PHONE, choose as tap } from "./harness.mjs";

const AXE = readFileSync(new URL("../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** The iframe titles of the loader (www/embed.js), by language. */
const TITLES = (() => {
  const src = readFileSync(new URL("../../www/embed.js", import.meta.url), "utf8");
  const block = /var TITLES = (\{[\s\S]*?\});/.exec(src);
  assert.ok(block, "TITLES not found in www/embed.js");
  return Function(`return ${block[1]}`)();
})();
/** Headless Chromium has no voice: a stand-in with French, English and Arabic voices, so the
 *  « Écouter » button (shown only where the device can read the language) is checked too. */
const VOICES = `(() => {
  const voices = ["fr-FR", "en-GB", "ar-SA"].map((lang) => ({ lang, name: "Voix " + lang, default: false, localService: true, voiceURI: lang }));
  const synth = new EventTarget();
  synth.getVoices = () => voices;
  synth.speak = () => {};
  synth.cancel = () => {};
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisVoice = function () {};
  voices.forEach((v) => Object.setPrototypeOf(v, window.SpeechSynthesisVoice.prototype));
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ""; this.voice = null; } };
})();`;
// Partner settings that give a roadmap with local contacts (the demo territory).
const DEMO = 'data-commune="93901" data-highlight="demo-tilleuls-accueil-emploi"';

// ─── The widget, in either integration, in one language ───────────────────────────────────────

/** A widget on a page: `root` takes Playwright locators (the frame, or the shadow host inline);
 *  `T` is its language's wording; `Q`, `F` map a heading back to its question or field id. */
function widget(page, frame, lang = "fr") {
  const T = wording(lang);
  const inverse = (re) => Object.fromEntries(Object.entries(T).filter(([k]) => re.test(k)).map(([k, v]) => [v, k.replace(re, "$1")]));
  return {
    page, frame, lang, T,
    root: frame ?? page.locator("div.passerelle").first(),
    Q: inverse(/^q-([a-z0-9-]+?)(?<!-help)$/),
    F: inverse(/^field-([a-z]+)$/),
    /** Evaluates `fn(node, arg)` in the widget's document, where `node` is the document (iframe)
     *  or the shadow root (inline). */
    eval(fn, arg) {
      const node = frame ? "document" : 'document.querySelector("div.passerelle").shadowRoot';
      return (frame ?? page).evaluate(`(${fn})(${node}, ${JSON.stringify(arg ?? null)})`);
    },
  };
}

async function open(h, { integration = "iframe", mode = "autonome", lang = "fr", extra = DEMO, viewport, path, head = "" } = {}) {
  head = `<link rel="icon" href="data:,">${head}`;
  const name = path ?? `/a11y-${integration}-${mode}-${lang}-${Math.random().toString(36).slice(2, 8)}.html`;
  const page = await openHtml(h, name, shell(snippet(`data-integration="${integration}" data-mode="${mode}" data-lang="${lang}" ${extra}`), head),
    { init: VOICES, ...(viewport ? { viewport } : {}) });
  if (integration === "iframe") return widget(page, await widgetFrame(page), lang);
  await page.locator("div.passerelle .pw-app:not([data-pw-first])").waitFor();
  return widget(page, null, lang);
}

/** The heading of the screen on show (the emergency box's own heading comes before it). */
async function title(w) {
  return (await w.root.getByRole("heading", { level: 2 }).last().textContent()).trim();
}

/** Does `action`, then waits for the next screen: its title (the one `h2.pw-title`, which `title`
 *  reads) no longer reads `before`; looked at every animation frame in the widget's document. */
async function step(w, action, again = false) {
  const before = await title(w);
  await tapWhenStill(w, action);
  const root = w.frame ? "document" : 'document.querySelector("div.passerelle").shadowRoot';
  const changed = `(() => { const t = ${root}.querySelector("h2.pw-title"); return !!t && t.textContent.trim() !== ${JSON.stringify(before)}; })()`;
  const wait = (timeout) => (w.frame ?? w.page).waitForFunction(changed, null, { polling: "raf", timeout });
  // 15 s: a loaded CI machine can take seconds to draw the next screen; a screen that never
  // changes still fails. `again`: on the way to a screen (not a step under test), a tap that a
  // layout shift made miss is tapped once more, as a finger would.
  if (again && (await wait(7000).then(() => true, () => false))) return;
  if (again && (await title(w)) === before) await tapWhenStill(w, action);
  await wait(15000).catch(() => assert.fail(`the screen «${before}» did not change`));
}

/** In the iframe, a tap once the partner's page stands still (harness `still`). */
async function tapWhenStill(w, action) {
  if (w.frame) await still(w.page);
  await action();
}

/** « Appeler le 115 » (in a right-to-left language the number is isolated, U+2068 … U+2069). */
function emergencyCall(w, number) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const [before, after] = w.T["ui-emergency-call"].split("{ $number }");
  return w.root.getByRole("link", { name: new RegExp(`^${esc(before)}\u2068?${number}\u2069?${esc(after)}$`) });
}
const button = (w, name) => w.root.getByRole("button", { name, exact: true });
const press = (w, name) => step(w, () => button(w, name).click());
async function choose(w, question, ...answers) {
  for (const a of answers) {
    const name = w.T[`a-${question}-${a}`];
    assert.ok(name, `no ${w.lang} wording for ${question}/${a}`);
    const radio = w.root.getByRole("radio", { name, exact: true });
    await tap((await radio.count()) ? radio : w.root.getByRole("checkbox", { name, exact: true }));
  }
}

/** "Suivant" on questions, `help` on help screens, until `until(heading)`. */
async function advance(w, until, help = "oui") {
  for (let i = 0; i < 80; i++) {
    const t = await title(w);
    if (until(t)) return t;
    // A question screen: one question, or a field's questions together (groups of answers).
    const asks = t !== w.T["profile-title"] && t !== w.T["ui-wishes-title"] && (await w.root.locator(".pw-question fieldset.pw-fieldset").count()) > 0;
    if (asks && !(await w.root.locator(".pw-question input:checked").count())) {
      // Nothing chosen on the screen: « Suivant » asks once, gently; pressed again, it goes on.
      // Under load the screen may still have been drawing its answers when it was read: if it
      // went on instead of asking, the next turn reads the new screen. Neither within 7 s: the
      // tap was lost, and the next turn taps again.
      await tapWhenStill(w, () => button(w, w.T["ui-next"]).click());
      const asked = await Promise.race([
        w.root.getByText(w.T["ui-nothing-chosen"]).waitFor({ timeout: 7000 }).then(() => true),
        w.root.getByRole("heading", { level: 2, name: t, exact: true }).waitFor({ state: "detached", timeout: 7000 }).then(() => false),
      ]).catch(() => false);
      if (asked) await press(w, w.T["ui-next"]);
    } else if (asks || t === w.T["profile-title"] || t === w.T["ui-wishes-title"]) await step(w, () => button(w, w.T["ui-next"]).click(), true);
    else if (w.F[t]) await step(w, () => button(w, w.T[`ui-help-${help}`]).click(), true);
    else assert.fail(`unexpected screen «${t}»`);
  }
  assert.fail("the diagnostic never ends");
}
const to = (w, key) => advance(w, (t) => t === w.T[key]);
/** To a field's detail screen (autonomous mode), titled « <field> : encore quelques questions ». */
const toDetail = (w, field) => advance(w, (t) => t.replace(/[\u2068\u2069]/g, "") === w.T["ui-detail-title"].replace("{ $field }", w.T[`field-${field}`]));

/** Waits for the roadmap's next steps and contact cards (folded on a phone), the QR code (in
 *  the folded take-away) and a settled layout. */
async function roadmapReady(w) {
  await w.root.locator(".pw-next").first().waitFor();
  await w.root.locator(".pw-contact").first().waitFor({ state: "attached" });
  await w.root.locator("svg.pw-qr").waitFor({ state: "attached" });
  await settle(w);
}

/** Two frames later, and in the iframe, once the frame has taken its content's height. */
async function settle(w) {
  await w.eval(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (w.frame) {
    await w.frame.waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight + 1, null, { timeout: 3000 }).catch(() => {});
  }
}

/** The screens the layout checks visit, from the welcome: a question with checkboxes, one with
 *  emergency numbers, a help screen, the results. `visit(name)` runs on each. */
async function walk(w, T, visit) {
  await press(w, T["ui-start"]);
  await to(w, "q-reseau-experience");
  await choose(w, "reseau-experience", "jamais");
  await toDetail(w, "reseau");
  await choose(w, "reseau-recherche", "par-ou-commencer");
  await visit("a field's detail screen (three questions, checkboxes)");
  await to(w, "field-logement");
  await choose(w, "logement-nuit", "dehors");
  await visit("a field's screen (two questions) with emergency numbers");
  await to(w, "ui-wishes-title");
  await visit("help checklist");
  await to(w, "ui-roadmap-title");
  await roadmapReady(w);
  await visit("results");
}

// ─── axe-core ─────────────────────────────────────────────────────────────────────────────────

async function axe(w) {
  await settle(w);
  const target = w.frame ?? w.page;
  if (!(await target.evaluate(() => typeof window.axe === "object"))) await target.evaluate(AXE);
  return target.evaluate(async ({ inline, tags }) => {
    const context = inline ? { include: [["div.passerelle"]] } : document;
    const r = await window.axe.run(context, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), html: n.html, why: n.failureSummary })),
    }));
  }, { inline: !w.frame, tags: TAGS });
}

/** Records the violations of the screen on show under `screen`. */
async function audit(w, found, screen) {
  for (const v of await axe(w)) {
    for (const n of v.nodes) found.push({ screen, rule: v.id, impact: v.impact, help: v.help, ...n });
  }
}

function report(combo, found) {
  // One line per rule and element, with every screen it was seen on.
  const seen = new Map();
  for (const f of found) {
    const key = `${f.rule} ${f.target}`;
    if (!seen.has(key)) seen.set(key, { ...f, screens: [] });
    if (!seen.get(key).screens.includes(f.screen)) seen.get(key).screens.push(f.screen);
  }
  return [...seen.values()].map((f) =>
    `${combo} — ${f.rule} (${f.impact}): ${f.help}\n    on: ${f.screens.join(", ")}\n    target: ${f.target}\n    html: ${f.html}\n    ${f.why.replaceAll("\n", "\n    ")}`);
}

/** Every screen of an autonomous walk: welcome, profile, radio, checkboxes, help, emergency,
 *  roadmap, « Effacer » confirmation. */
async function walkAutonome(w, found) {
  const T = w.T;
  await audit(w, found, "welcome");
  await press(w, T["ui-start"]);
  assert.equal(await title(w), T["profile-title"]);
  if (T["ui-read-aloud"]) await button(w, T["ui-read-aloud"]).waitFor();
  await audit(w, found, "profile (one screen, radio groups)");
  await to(w, "q-reseau-experience");
  await choose(w, "reseau-experience", "jamais");
  await audit(w, found, "field question (radio, answered)");
  await toDetail(w, "reseau");
  await choose(w, "reseau-recherche", "internet", "par-ou-commencer");
  await audit(w, found, "a field's detail screen (three questions, checkboxes)");
  await to(w, "field-logement");
  await choose(w, "logement-nuit", "dehors");
  await emergencyCall(w, "115").waitFor();
  await audit(w, found, "a field's screen (two questions), urgent answer (emergency numbers)");
  await to(w, "ui-wishes-title");
  await audit(w, found, "help checklist");
  await to(w, "ui-roadmap-title");
  await roadmapReady(w);
  await audit(w, found, "results (next steps, folded)");
  await unfold(w.root);
  await settle(w);
  await audit(w, found, "results unfolded (contacts, other answers, take-away, QR, consent)");
  await button(w, T["ui-clear"]).click();
  await button(w, T["ui-clear-no"]).waitFor();
  await audit(w, found, "« Effacer » confirmation");
  await button(w, T["ui-clear-no"]).click();
}

/** The accompanied walk: the overview between fields, notes, « Nouvelle personne ». */
/** Accompanied: « Suivant » from a field's screen to its help screen, which bears the field's
 *  name too (so no change of title to wait for: its « Oui »). */
async function toHelp(w) {
  await button(w, w.T["ui-next"]).click();
  await button(w, w.T["ui-help-oui"]).waitFor();
}

async function walkAccompagne(w, found) {
  const T = w.T;
  const open = (field) => press(w, `${T["ui-overview-start"]} : ${T[`field-${field}`]}`);
  await audit(w, found, "welcome (accompanied)");
  await press(w, T["ui-start"]);
  await audit(w, found, "profile question (radio)");
  // The profile leads on to the first field, one screen with all its questions (issue 22).
  await press(w, T["ui-next"]);
  assert.equal(await title(w), T["field-reseau"], "the profile leads on to the first field");
  await choose(w, "reseau-experience", "jamais");
  await audit(w, found, "field screen (radio, answered)");
  await choose(w, "reseau-recherche", "internet", "par-ou-commencer");
  await audit(w, found, "multiple choice (checkboxes)");
  await toHelp(w);
  await audit(w, found, "help screen");
  await press(w, T["ui-help-oui"]);
  assert.equal(await title(w), T["field-savoirs"], "the end of a field leads on to the next one");
  await press(w, T["ui-back"]);
  assert.equal(await title(w), T["ui-overview-title"], "« Retour » from a field leads to the overview");
  await w.root.getByRole("textbox", { name: T["ui-note-label"] }).first().fill("Orienté vers l'atelier CV du mardi.");
  await open("logement");
  await choose(w, "logement-nuit", "dehors");
  await emergencyCall(w, "115").waitFor();
  await audit(w, found, "urgent answer (emergency numbers)");
  await toHelp(w);
  await press(w, T["ui-help-oui"]);
  await to(w, "ui-overview-title");
  await audit(w, found, "overview (fields answered, notes)");
  await press(w, T["ui-overview-results"]);
  await roadmapReady(w);
  await audit(w, found, "results (next steps, folded)");
  await unfold(w.root);
  await settle(w);
  await audit(w, found, "results unfolded (contacts, notes, take-away, QR, consent)");
  await button(w, T["ui-new-person"]).click();
  await button(w, T["ui-clear-no"]).waitFor();
  await audit(w, found, "« Nouvelle personne » confirmation");
  await button(w, T["ui-clear-no"]).click();
}

// ─── Keyboard, reflow, motion helpers ───────────────────────────────────────────────────────────

/** The element focused in the frame, and whether it shows a focus indicator. */
function focused(frame) {
  return frame.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body || !document.hasFocus()) return null;
    const ring = (el) => {
      const s = getComputedStyle(el);
      return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== "none" && s.boxShadow !== "");
    };
    const label = a.labels?.[0];
    return {
      tag: a.tagName, type: a.type ?? null, name: a.name ?? null, checked: a.checked ?? null, id: a.id,
      text: a.textContent.replace(/[←→]/g, "").trim(),
      ring: ring(a) || (!!label && ring(label)),
      html: a.outerHTML.slice(0, 200),
    };
  });
}

/** Horizontal scroll of the widget document, and text cut off by an overflow: hidden box. */
function reflowProblems(w) {
  return w.eval((root) => {
    const doc = root.ownerDocument ?? root;
    const problems = [];
    const de = doc.documentElement;
    if (root === doc) {
      for (const el of [de, doc.body]) {
        if (el.scrollWidth > el.clientWidth) problems.push(`<${el.tagName.toLowerCase()}> overflows sideways: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      }
    }
    const app = root.querySelector(".pw");
    if (app && app.scrollWidth > app.clientWidth + 1) problems.push(`.pw overflows: scrollWidth ${app.scrollWidth} > clientWidth ${app.clientWidth}`);
    for (const el of root.querySelectorAll(".pw *")) {
      if (el.closest(".pw-sr") || !el.getClientRects().length) continue;
      const s = getComputedStyle(el);
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) || (el.value && el.tagName === "INPUT");
      if (!hasText) continue;
      const clips = ["hidden", "clip"].includes(s.overflowX) || s.textOverflow === "ellipsis" || ["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName);
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.tagName !== "INPUT") {
        problems.push(`text cut off (scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}): ${el.outerHTML.slice(0, 160)}`);
      }
      // Text running past the widget's own edges.
      const r = el.getBoundingClientRect(), box = app.getBoundingClientRect();
      if (r.right > box.right + 1 || r.left < box.left - 1) problems.push(`outside the widget (${Math.round(r.left)}–${Math.round(r.right)} vs ${Math.round(box.left)}–${Math.round(box.right)}): ${el.outerHTML.slice(0, 160)}`);
    }
    return problems;
  });
}

/** Running animations and transitions inside the widget. */
function motion(w) {
  return w.eval((root) => {
    const moving = [];
    const long = (list) => list.split(",").some((d) => parseFloat(d) > 0);
    for (const el of root.querySelectorAll("*")) {
      for (const pseudo of [null, "::before", "::after"]) {
        const s = getComputedStyle(el, pseudo);
        const what = `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">${pseudo ?? ""}`;
        if (s.animationName !== "none" && long(s.animationDuration) && s.animationPlayState.split(",").some((p) => p.trim() === "running")) {
          moving.push(`animation ${s.animationName} ${s.animationDuration}: ${what}`);
        }
        if (long(s.transitionDuration)) moving.push(`transition ${s.transitionProperty} ${s.transitionDuration}: ${what}`);
      }
    }
    for (const a of root.getAnimations()) {
      if (a.playState === "running") moving.push(`running ${a.constructor.name} ${a.animationName ?? a.transitionProperty ?? ""} on ${a.effect?.target?.outerHTML?.slice(0, 120)}`);
    }
    return moving;
  });
}

/** WCAG contrast ratio of two computed colours "rgb(r, g, b)". */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// ─── The tests ──────────────────────────────────────────────────────────────────────────────────

test("accessibility", async (t) => {
  const h = await setup(t);

  await t.test("axe: no WCAG 2.1 A/AA violation on any screen, modes × integrations × languages", async (t) => {
    const combos = [
      ...["iframe", "inline"].flatMap((integration) => ["autonome", "accompagne"].map((mode) => ({ integration, mode, lang: "fr" }))),
      { integration: "iframe", mode: "autonome", lang: "en" },
      { integration: "iframe", mode: "autonome", lang: "ar" },
    ];
    for (const c of combos) {
      const combo = `${c.lang} · ${c.integration} · ${c.mode}`;
      await t.test(combo, async () => {
        const w = await open(h, c);
        const found = [];
        await (c.mode === "accompagne" ? walkAccompagne : walkAutonome)(w, found);
        assert.deepEqual(w.page.errors, [], "console errors");
        const lines = report(combo, found);
        assert.equal(lines.length, 0, `${lines.length} axe violation(s):\n${lines.join("\n")}`);
      });
    }
  });

  await t.test("keyboard only: from the partner's page to the roadmap, focus on each new heading, always visible", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.addInitScript(VOICES);
    await page.goto(`${h.servers.demo}/`);
    const frame = await widgetFrame(page);
    const w = widget(page, frame);
    const T = w.T;
    // On load, nothing in the widget has focus: the partner's page keeps it.
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, "partner page: focus on body");
    assert.equal(await frame.evaluate(() => document.activeElement === document.body && !document.hasFocus()), true, "nothing focused in the widget");

    const unseen = [];
    const check = async (where) => {
      const f = await focused(frame);
      if (f && f.tag !== "H2" && !f.ring) unseen.push(`${where}: ${f.html}`);
      return f;
    };
    // Tab from the top of the partner's page into the widget.
    let presses = 0;
    while (!(await page.evaluate(() => document.querySelector("div.passerelle").shadowRoot.activeElement?.tagName === "IFRAME"))) {
      await page.keyboard.press("Tab");
      assert.ok(++presses < 60, "Tab never reaches the widget");
    }
    const tabTo = async (where, wanted) => {
      for (let i = 0; i < 40; i++) {
        const f = await check(where);
        if (f && wanted(f)) return f;
        await page.keyboard.press("Tab");
      }
      assert.fail(`${where}: Tab never reaches the wanted control`);
    };
    await tabTo("welcome", (f) => f.tag === "BUTTON" && f.text === T["ui-start"]);
    await page.keyboard.press("Enter");

    let before = T["ui-welcome-title"];
    for (let steps = 0; ; steps++) {
      assert.ok(steps < 80, "the diagnostic never ends");
      // Wait for the new screen, then look where focus is.
      await frame.waitForFunction((b) => {
        const hs = document.querySelectorAll(".pw-screen h2");
        return hs.length && hs[hs.length - 1].textContent.trim() !== b;
      }, before);
      await gainsFocus(frame.locator(".pw-screen h2").last());
      const heading = await title(w);
      const f = await focused(frame);
      assert.ok(f && f.tag === "H2" && f.text === heading, `after «${before}», focus should be on the heading «${heading}», not on ${f ? f.html : "nothing"}`);
      before = heading;
      if (heading === T["ui-roadmap-title"]) break;
      if (heading === T["profile-title"] || heading === T["ui-wishes-title"]) {
        // The one-screen profile and the checklist of wishes: Tab reaches « Suivant ».
        await tabTo(heading, (x) => x.tag === "BUTTON" && x.text === T["ui-next"]);
        await page.keyboard.press("Enter");
      } else if (await frame.locator(".pw-question fieldset.pw-fieldset").count()) {
        // One question, or a field's questions together. Past « Écouter », Tab reaches the first
        // answer of the first group.
        await page.keyboard.press("Tab");
        const first = await tabTo(heading, (x) => x.tag === "INPUT" || (x.tag === "BUTTON" && x.text === T["ui-next"]));
        assert.ok(["radio", "checkbox"].includes(first.type), `${heading}: Tab reaches the first answer, not ${first.html}`);
        if (first.type === "radio") {
          // Arrow keys move through the answers and choose.
          await page.keyboard.press("ArrowDown");
          const second = await check(heading);
          assert.ok(second.type === "radio" && second.checked && second.id !== first.id, `${heading}: ArrowDown chooses the next answer`);
          await page.keyboard.press("ArrowUp");
          const back = await check(heading);
          assert.ok(back.id === first.id && back.checked, `${heading}: ArrowUp chooses the first answer again`);
        } else {
          await page.keyboard.press("Space");
          await page.keyboard.press("Tab");
          await check(heading);
          await page.keyboard.press("Shift+Tab");
          const back = await check(heading);
          assert.ok(back.id === first.id && back.checked, `${heading}: Space ticks, Shift+Tab comes back`);
        }
        // Each other group of the screen: Tab reaches its first answer; Space chooses it.
        for (let g = 1; g < await frame.locator(".pw-question fieldset.pw-fieldset").count(); g++) {
          const name = await frame.locator(".pw-question fieldset.pw-fieldset").nth(g).locator("input").first().getAttribute("name");
          const x = await tabTo(heading, (x) => (x.tag === "INPUT" && x.name === name) || (x.tag === "BUTTON" && x.text === T["ui-next"]));
          assert.ok(x.tag === "INPUT", `${heading}: Tab reaches the answers of « ${name} », not ${x.html}`);
          if (!x.checked) await page.keyboard.press("Space");
        }
        await tabTo(heading, (x) => x.tag === "BUTTON" && x.text === T["ui-next"]);
        await page.keyboard.press("Enter");
      } else if (w.F[heading]) {
        await tabTo(heading, (x) => x.tag === "BUTTON" && x.text === T["ui-help-plus-tard"]);
        await page.keyboard.press("Shift+Tab");
        const yes = await check(heading);
        assert.equal(yes?.text, T["ui-help-oui"], `${heading}: Shift+Tab goes back to « ${T["ui-help-oui"]} »`);
        await page.keyboard.press("Space");
      } else {
        assert.fail(`unexpected screen «${heading}»`);
      }
    }
    // Every control of the roadmap, in order, shows where focus is.
    await roadmapReady(w);
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const f = await check("roadmap");
      if (!f) break;
    }
    assert.deepEqual(unseen, [], "focused controls without a visible focus indicator");
    assert.deepEqual(page.errors, []);
  });

  await t.test("reflow: 320 px, and 200 % / 400 % zoom: no sideways scroll, no text cut off", async () => {
    const w = await open(h, { viewport: { width: 320, height: 640 }, head: "<style>body{margin:0}</style>" });
    const T = w.T;
    const sizes = [
      { name: "320 px", width: 320, zoom: "" },
      { name: "1280 px at 200 % (zoom 2)", width: 1280, zoom: "2" },
      { name: "640 px with zoom 2 (1280 px at 400 %)", width: 640, zoom: "2" },
    ];
    const problems = [];
    const measure = async (screen) => {
      for (const s of sizes) {
        await w.page.setViewportSize({ width: s.width, height: 640 });
        await w.frame.evaluate((z) => { document.documentElement.style.zoom = z; }, s.zoom);
        await settle(w);
        for (const p of await reflowProblems(w)) problems.push(`${screen}, ${s.name}: ${p}`);
      }
      await w.frame.evaluate(() => { document.documentElement.style.zoom = ""; });
      await w.page.setViewportSize({ width: 320, height: 640 });
    };
    await walk(w, T, measure);
    assert.deepEqual(problems, []);
  });

  await t.test("prefers-reduced-motion: nothing animates or transitions in the widget", async () => {
    for (const integration of ["iframe", "inline"]) {
      const w = await open(h, { integration });
      await w.page.emulateMedia({ reducedMotion: "reduce" });
      assert.equal(await w.eval(() => matchMedia("(prefers-reduced-motion: reduce)").matches), true);
      const moving = [];
      const look = async (screen) => { for (const m of await motion(w)) moving.push(`${integration}, ${screen}: ${m}`); };
      await look("welcome");
      await walk(w, w.T, look);
      assert.deepEqual(moving, []);
    }
  });

  await t.test("right-to-left: Arabic direction, button order, phone numbers in order, frame title", async () => {
    const w = await open(h, { lang: "ar" });
    const T = w.T;
    const app = await w.frame.locator(".pw-app").evaluate((el) => ({ dir: el.getAttribute("dir"), lang: el.getAttribute("lang") }));
    assert.deepEqual(app, { dir: "rtl", lang: "ar" });
    const frameTitle = await w.page.locator("div.passerelle iframe").getAttribute("title");
    assert.equal(frameTitle, TITLES.ar, "the iframe's title in Arabic");
    await press(w, T["ui-start"]);
    const next = await button(w, T["ui-next"]).boundingBox();
    const back = await button(w, T["ui-back"]).boundingBox();
    assert.ok(next.x + next.width <= back.x, `« ${T["ui-next"]} » (x ${next.x}) should stand left of « ${T["ui-back"]} » (x ${back.x})`);
    await to(w, "field-logement");
    await choose(w, "logement-nuit", "dehors");
    await to(w, "ui-roadmap-title");
    await roadmapReady(w);
    // The call buttons shown: the numbers, each next step's (the contact cards unfold on demand).
    const phones = await w.frame.locator('.pw-next a[href^="tel:"], .pw-contact a[href^="tel:"], .pw-emergency a[href^="tel:"]').evaluateAll((links) => links.filter((a) => a.getClientRects().length).map((a) => {
      const text = a.textContent;
      // Where each group of digits is drawn: left to right, as written.
      const node = [...a.childNodes].find((n) => n.nodeType === 3 && /\d/.test(n.textContent));
      const xs = [];
      for (const m of node.textContent.matchAll(/\d+/g)) {
        const r = document.createRange();
        r.setStart(node, m.index);
        r.setEnd(node, m.index + m[0].length);
        xs.push(Math.round(r.getBoundingClientRect().left));
      }
      return { href: a.getAttribute("href"), text, xs };
    }));
    assert.ok(phones.some((p) => p.href !== "tel:115"), "no contact card with a phone number");
    const arabicDigits = (s) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
    for (const p of phones) {
      const href = p.href.slice(4).replace(/\D/g, "");
      const shown = arabicDigits(p.text).replace(/\D/g, "");
      assert.ok(shown.includes(href), `«${p.text}» does not read the digits of ${p.href} in order`);
      for (let i = 1; i < p.xs.length; i++) {
        assert.ok(p.xs[i] > p.xs[i - 1], `«${p.text}» is drawn with its digit groups out of order (x: ${p.xs.join(", ")})`);
      }
    }
    // The French title otherwise.
    const fr = await open(h, { lang: "fr" });
    assert.equal(await fr.page.locator("div.passerelle iframe").getAttribute("title"), TITLES.fr);
    assert.deepEqual(w.page.errors, []);
  });

  await t.test("a too pale partner colour (#ffcc00) still gives primary buttons 4.5:1 against their text", async () => {
    for (const integration of ["iframe", "inline"]) {
      const w = await open(h, { integration, extra: `${DEMO} data-color="#ffcc00"` });
      const colours = async () => button(w, w.T["ui-start"]).evaluate((b) => {
        const s = getComputedStyle(b);
        return { bg: s.backgroundColor, fg: s.color };
      });
      const c = await colours();
      assert.equal(c.fg, "rgb(255, 255, 255)", `${integration}: white text on the primary button`);
      const ratio = contrast(c.bg, c.fg);
      assert.ok(ratio >= 4.5, `${integration}: primary button ${c.bg} on ${c.fg} is ${ratio.toFixed(2)}:1`);
      // And nothing else coloured by the accent falls below AA on the first screens.
      const found = [];
      await audit(w, found, "welcome");
      await press(w, w.T["ui-start"]);
      await to(w, "q-reseau-experience");
      await choose(w, "reseau-experience", "jamais");
      await audit(w, found, "field question");
      await to(w, "ui-wishes-title");
      await audit(w, found, "help checklist");
      const lines = report(`fr · ${integration} · data-color #ffcc00`, found);
      assert.equal(lines.length, 0, lines.join("\n"));
    }
  });

  await t.test("the iframe has a meaningful title", async () => {
    for (const lang of ["fr", "en"]) {
      const w = await open(h, { lang });
      const frameTitle = await w.page.locator("div.passerelle iframe").getAttribute("title");
      assert.ok(frameTitle && frameTitle.trim().length > 10, `${lang}: title «${frameTitle}»`);
      assert.match(frameTitle, /Passerelle/, lang);
      assert.equal(frameTitle, TITLES[lang]);
    }
  });

  // Beyond the seven checks above: two more places where keyboard and screen reader users lose
  // their way.
  await t.test("keyboard: the « Effacer » confirmation takes focus, and gives it back when cancelled", async () => {
    const lost = [];
    for (const mode of ["autonome", "accompagne"]) {
      const w = await open(h, { mode });
      const T = w.T;
      const clear = T[mode === "accompagne" ? "ui-new-person" : "ui-clear"];
      await press(w, T["ui-start"]);
      await button(w, clear).focus();
      await w.page.keyboard.press("Enter");
      await gainsFocus(button(w, T["ui-clear-no"]));
      assert.equal((await focused(w.frame))?.text, T["ui-clear-no"], `${mode}: focus on « ${T["ui-clear-no"]} »`);
      await w.page.keyboard.press("Enter");
      await gainsFocus(button(w, clear));
      const f = await focused(w.frame);
      if (!(f && f.text === clear)) lost.push(`${mode}: after cancelling, focus should be back on « ${clear} », not on ${f ? f.html : "<body> (focus lost)"}`);
    }
    assert.deepEqual(lost, []);
  });

  await t.test("an Arabic frame title on a French page says its language (RGAA 8.7, WCAG 3.1.2)", async () => {
    const w = await open(h, { lang: "ar" });
    const frame = w.page.locator("div.passerelle iframe");
    assert.equal(await w.page.evaluate(() => document.documentElement.lang), "fr");
    assert.equal(await frame.getAttribute("title"), TITLES.ar);
    assert.equal(await frame.getAttribute("lang"), "ar", "the iframe's title is Arabic but the iframe has no lang=\"ar\": it is read with the page's French voice");
  });

  await t.test("the frame title follows a language change; card values are isolated in Arabic", async () => {
    const w = await open(h, { lang: "fr" });
    const frame = w.page.locator("div.passerelle iframe");
    assert.equal(await frame.getAttribute("title"), TITLES.fr);
    await w.root.getByRole("combobox", { name: w.T["ui-language"] }).selectOption("ar");
    for (let i = 0; i < 250 && (await frame.getAttribute("title")) !== TITLES.ar; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(await frame.getAttribute("title"), TITLES.ar, "the frame's title follows the language");
    assert.equal(await frame.getAttribute("lang"), "ar");
    const ar = widget(w.page, w.frame, "ar");
    await press(ar, ar.T["ui-start"]);
    await to(ar, "field-logement");
    await choose(ar, "logement-nuit", "dehors");
    await to(ar, "ui-roadmap-title");
    await roadmapReady(ar);
    // Every address and contact name from the file is its own bidi island.
    const loose = await w.frame.locator(".pw-address, .pw-contact-title").evaluateAll((els) =>
      els.filter((el) => !el.querySelector("bdi")).map((el) => el.outerHTML));
    assert.deepEqual(loose, [], "values not isolated");
    assert.deepEqual(w.page.errors, []);
  });

  await t.test("buttons keep 4.5:1 in every state; targets at least 24 px, main actions 44 px (phone)", async () => {
    const w = await open(h, { viewport: PHONE });
    const T = w.T;
    await press(w, T["ui-start"]);
    await to(w, "field-logement");
    await choose(w, "logement-nuit", "dehors");
    await to(w, "ui-roadmap-title");
    await roadmapReady(w);
    const bad = [];
    // What is shown (the other contacts unfold on demand).
    const filled = await w.frame.locator("a.pw-call:visible, a.pw-primary:visible, button.pw-primary:visible").all();
    assert.ok(filled.length >= 2, "call buttons on the roadmap");
    for (const b of filled) {
      const name = (await b.textContent()).trim();
      const colours = () => b.evaluate((el) => {
        const s = getComputedStyle(el);
        // A brightness filter darkens what is drawn: apply it to the background.
        const f = /brightness\(([\d.]+)\)/.exec(s.filter);
        return { bg: s.backgroundColor, fg: s.color, k: f ? Number(f[1]) : 1 };
      });
      const check = async (state) => {
        const c = await colours();
        const [r, g, bl] = c.bg.match(/\d+/g).map(Number).map((v) => Math.round(v * c.k));
        const ratio = contrast(`rgb(${r}, ${g}, ${bl})`, c.fg);
        if (ratio < 4.5) bad.push(`${state} «${name}»: ${c.fg} on ${c.bg} (×${c.k}) = ${ratio.toFixed(2)}:1`);
      };
      await b.scrollIntoViewIfNeeded();
      await check("rest");
      await b.hover();
      await check("hover");
      await b.focus();
      await check("focus");
      const box = await b.boundingBox();
      await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await w.page.mouse.down();
      await check("active");
      await w.page.mouse.up({ button: "left" }).catch(() => {});
      await w.page.mouse.move(0, 0);
    }
    assert.deepEqual(bad, [], bad.join("\n"));
    // Sizes: every visible target; a checkbox or radio counts with its label.
    const small = await w.frame.locator(".pw-app").evaluate((app) => {
      const out = [];
      for (const el of app.querySelectorAll("a, button, select, summary, input, textarea")) {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height || getComputedStyle(el).visibility === "hidden") continue;
        let { width, height } = r;
        const label = el.id && app.querySelector(`label[for="${el.id}"]`);
        if (label) {
          const l = label.getBoundingClientRect();
          width = Math.max(width, l.width); height = Math.max(height, l.height);
        }
        const main = el.classList.contains("pw-button");
        const min = main ? 43.5 : 23.5;
        if (height < min || width < 23.5) out.push(`${el.tagName.toLowerCase()} «${(el.textContent || el.value || el.id).trim().slice(0, 40)}» ${Math.round(width)}×${Math.round(height)} (min ${Math.ceil(min)})`);
      }
      return out;
    });
    assert.deepEqual(small, [], small.join("\n"));
    assert.deepEqual(w.page.errors, []);
  });
});
