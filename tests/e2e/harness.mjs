// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core, the built bundle
// and the demo partner site served on two origins of 127.0.0.1. The bundle is served by nginx with
// the deployment configuration of the README (deploy/nginx/passerelle.conf, tools/nginx.mjs), so
// every test runs against what a partner's host serves; the demo site is a node server.
import { chromium } from "playwright-core";
import { readdirSync, readFileSync } from "node:fs";
import assert from "node:assert/strict";
import { serve } from "../../tools/serve.mjs";
import { startNginx } from "../../tools/nginx.mjs";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** Starts the servers and a browser; `t.after` cleans up. Returns helpers for one test file.
 *  `bundleDir`: the folder nginx serves (target/dist by default); `route`: see tools/serve.mjs
 *  (answered on `servers.faults`, an origin of its own); PASSERELLE_DIST: another folder for every file
 *  (e.g. an older build, to see a new test fail on it). No fallback: if nginx cannot start, the
 *  test file fails with nginx's message. */
export async function setup(t, { bundleDir, ...options } = {}) {
  const nginx = await startNginx({ root: bundleDir ?? process.env.PASSERELLE_DIST });
  let servers, browser;
  t.after(async () => { await browser?.close(); await servers?.close(); await nginx.stop(); });
  servers = await serve({ ...options, bundleOrigin: nginx.origin });
  browser = await launch();
  return {
    servers,
    browser,
    /** A fresh page in a fresh context that records console errors and page errors. */
    async page(path, { viewport = { width: 1024, height: 800 }, origin = servers.demo, ...ctx } = {}) {
      // A French-speaking resident unless a test says otherwise.
      const context = await browser.newContext({ viewport, locale: "fr-FR", ...ctx });
      const page = await context.newPage();
      page.errors = [];
      page.warnings = [];
      page.on("console", (m) => {
        if (m.type() === "error") page.errors.push(m.text());
        if (m.type() === "warning") page.warnings.push(m.text());
      });
      page.on("pageerror", (e) => page.errors.push(String(e)));
      // Requests still running, for quiet(page).
      page.inflight = new Set();
      page.on("request", (r) => page.inflight.add(r));
      for (const end of ["requestfinished", "requestfailed"]) page.on(end, (r) => page.inflight.delete(r));
      if (path !== null) await page.goto(origin + path);
      return page;
    },
  };
}

/** The widget frame of the n-th widget on the page (iframe integration), once loaded: once the
 *  wasm has drawn it (before that, the first screen is www/first.js's, marked data-pw-first). */
export async function widgetFrame(page, n = 0) {
  const handle = await page.locator("div.passerelle iframe").nth(n).elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForSelector(".pw-app:not([data-pw-first])");
  return frame;
}

/** Waits until the page has handled every message `frame` posted to it so far: a marker posted
 *  after them arrives after them (postMessage keeps the order of one sender). What the widget
 *  would have told its host by now, the host has heard. */
export async function delivered(page, frame) {
  const marker = `passerelle-test-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((m) => addEventListener("message", (e) => { if (e.data === m) window[m] = true; }), marker);
  await frame.evaluate((m) => parent.postMessage(m, "*"), marker);
  await page.waitForFunction((m) => window[m] === true, marker);
}

/** Waits until the partner's page stands still: its scroll and the widget's iframe unmoved for
 *  three animation frames. Playwright's own check that a target is still looks inside the frame
 *  only, so a tap while the page scrolls (the loader brings a new step's heading into view,
 *  smoothly) lands where the button was, not where it is. A finger waits for that too.
 *  After a reload, the browser restores the page's scroll, and scroll anchoring moves it again as
 *  the frame grows back, at moments that vary: if that takes the frame out of view while
 *  Playwright waits for a target in it to be stable, the frame gets no animation frames
 *  (Chromium) and the tap hangs. Wait for this before the first tap after a reload. */
export async function still(page) {
  const call = Math.random();
  await page.waitForFunction((call) => {
    const f = document.querySelector("div.passerelle")?.shadowRoot?.querySelector("iframe");
    const at = `${scrollX},${scrollY},${f ? f.getBoundingClientRect().top : ""}`;
    const s = window.__passerelleStill?.call === call ? window.__passerelleStill : (window.__passerelleStill = { call, at, n: 0 });
    s.n = s.at === at ? s.n + 1 : 0;
    s.at = at;
    return s.n >= 3;
  }, call, { polling: "raf", timeout: 10000 });
}

/** Whether the element `locator` names has the focus, waiting up to `timeout` ms for it. yew
 *  renders in slices: past ~16 ms of work it yields to the browser once the DOM is whole, so the
 *  effect that moves the focus to a new screen's heading may run a task after the screen shows. */
export function gainsFocus(locator, timeout = 5000) {
  return locator.evaluate((e, timeout) => new Promise((done) => {
    const until = performance.now() + timeout;
    const look = () => e.getRootNode().activeElement === e ? done(true)
      : performance.now() > until ? done(false) : setTimeout(look, 20);
    look();
  }), timeout);
}

/** Two animation frames of `scope` (a page or a frame): what the last change set off (resize and
 *  intersection observers, layout) has run. */
export function frames(scope) {
  return scope.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Waits until no request of the page (or of its frames) is in flight, then two frames. */
export async function quiet(page) {
  while (page.inflight.size) {
    await new Promise((ok) => {
      const done = () => { page.off("requestfinished", done); page.off("requestfailed", done); ok(); };
      page.on("requestfinished", done);
      page.on("requestfailed", done);
    });
  }
  await frames(page);
}

/** Serves `html` at `path` on the demo origin (%BUNDLE% replaced), then opens it. */
export async function openHtml(h, path, html, { init, ...options } = {}) {
  const page = await h.page(null, options);
  if (init) await page.addInitScript(init);
  h.servers.pages.set(path, html);
  await page.goto(h.servers.demo + path);
  return page;
}

/** The snippet of the README, with extra attributes. */
export function snippet(attrs = "") {
  return `<script src="%BUNDLE%/embed.js" defer data-partner="Centre social Les Tilleuls" ${attrs}></script>`;
}

export function shell(body, head = "") {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Test</title>${head}</head><body><main><h1>Page d'un partenaire</h1>${body}</main></body></html>`;
}

/** The wording, by message id, as the widget shows it (content/locales/<lang>/*.ftl). A message
 *  that is a whole select (`id = { $count ->`, a variant a line, `}`) gives the variant `args`
 *  choose, by the language's plural rules, with its `{ $count }` filled; other `{ $name }` stay. */
export function wording(lang = "fr", args = { count: 8, minutes: 10 }) {
  const dir = new URL(`../../content/locales/${lang}/`, import.meta.url);
  const plural = new Intl.PluralRules(lang);
  const messages = {};
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".ftl")) continue;
    const lines = readFileSync(new URL(name, dir), "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = /^([a-z][\w.-]*) = (.*)$/.exec(lines[i]);
      if (!m) continue;
      let value = m[2];
      const select = /^\{ \$(\w+) ->$/.exec(value);
      if (select) {
        const n = args[select[1]];
        let chosen, fallback;
        for (i++; i < lines.length && lines[i] !== "}"; i++) {
          const v = /^\s*(\*?)\[([\w.-]+)\] (.*)$/.exec(lines[i]);
          if (v && v[1]) fallback = v[3];
          if (v && chosen === undefined && n !== undefined && (v[2] === String(n) || v[2] === plural.select(n))) chosen = v[3];
        }
        value = (chosen ?? fallback).replaceAll(`{ $${select[1]} }`, String(n));
      }
      messages[m[1]] = value.replaceAll("{ -marque }", "Passerelle");
    }
  }
  return messages;
}

// The resident's path, by accessible roles and names.
export const W = wording();

/** The emergency numbers, as content/questionnaire.toml lists them: [number, its link's scheme]
 *  (the 114 takes SMS). */
export const NUMBERS = [...readFileSync(new URL("../../content/questionnaire.toml", import.meta.url), "utf8")
  .matchAll(/\[\[emergency\]\]\nid = "(\d+)"\nnumber = "\d+"\n(sms = true\n)?/g)].map((m) => [m[1], m[2] ? "sms" : "tel"]);
export const PHONE = { width: 360, height: 740 };
/** Question id by its wording, to know which question is on screen. */
export const QUESTION = Object.fromEntries(Object.entries(W).filter(([k]) => k.startsWith("q-") && !k.endsWith("-help")).map(([k, v]) => [v, k.slice(2)]));
export const FIELD = Object.fromEntries(Object.entries(W).filter(([k]) => /^field-[a-z]+$/.test(k)).map(([k, v]) => [v, k.slice(6)]));

/** Ticks a radio button or a checkbox on a screen just shown. The frame may still be resizing to the
 *  new step, or the loader scrolling the partner page to it (smoothly): a tap that lands while the
 *  page moves misses, as a finger would; tap again once it has settled. */
export async function choose(box) {
  for (let i = 0; ; i++) {
    try { await box.check(); return; } catch (e) { if (i === 2) throw e; await box.page().waitForTimeout(300); }
  }
}

/** One tap on « Le plus important pour moi » for a field, found as a screen reader names it. */
export async function markImportant(frame, field) {
  const box = frame.getByRole("checkbox", { name: `${W["ui-important"]} — ${W[`field-${field}`]}`, exact: true });
  await box.check();
  assert.ok(await box.isChecked(), `${field} marked`);
}

/** Screens and taps of the last `run`, from « Commencer » to the roadmap (both counted). */
export const lastRun = { screens: 0, taps: 0 };

/** Answers `answers` ({question: answer | [answers]}, "?" je ne sais pas, "-" préfère ne pas répondre), wishes `help` ({field: "oui"|...}),
 *  skips `skip` (fields), "Suivant" on anything else; returns the screens seen. A screen may ask
 *  several questions (the profile; in the autonomous mode a field's screening questions, then its
 *  detail), each a group named by its wording: one tap per answer chosen, one per « Suivant »
 *  (two when nothing at all was chosen on the screen and it asks). The wish for help is one
 *  checklist, where a field is ticked unless `help` says otherwise, and the fields of `important`
 *  are marked « le plus important pour moi » (on the checklist, or on each field's wish screen in
 *  the accompanied mode). */
export async function run(frame, { answers = {}, help = {}, skip = [], important = [] }, keyboard = null) {
  // The welcome's heading, read before the tap: the walk starts once another has replaced it (the
  // step is drawn on the next frame, later on a loaded machine).
  const welcome = (await frame.getByRole("heading", { level: 2 }).last().textContent()).trim();
  await frame.getByRole("button", { name: W["ui-start"] }).click();
  await frame.getByRole("heading", { level: 2 }).last().filter({ hasNotText: welcome }).waitFor({ timeout: 15000 });
  let screens = 1;
  let taps = 1;
  const tick = async (scope, id, a) => {
    // "?": « Je ne sais pas »; "-": « Je préfère ne pas répondre ».
    const name = a === "?" ? W["ui-dont-know"] : a === "-" ? W["ui-no-answer"] : W[`a-${id}-${a}`];
    assert.ok(name, `no wording for ${id}/${a}`);
    const box = scope.getByRole(await scope.getByRole("radio", { name, exact: true }).count() ? "radio" : "checkbox", { name, exact: true });
    await choose(box);
    taps++;
  };
  for (;;) {
    const title = frame.getByRole("heading", { level: 2 }).last();
    const text = (await title.textContent()).trim();
    screens++;
    assert.ok(screens < 80, "the diagnostic never ends");
    if (text === W["ui-roadmap-title"]) {
      Object.assign(lastRun, { screens, taps });
      return screens;
    }
    // The questions on screen: each group of answers is named by its question (the screen's
    // title on a one-question screen, its own heading on the profile and on a field's screen).
    const shown = async () => (await frame.locator("fieldset.pw-fieldset").evaluateAll((sets) => sets.map((f) =>
      f.getRootNode().getElementById(f.getAttribute("aria-labelledby"))?.textContent.trim())))
      .map((name) => QUESTION[name]).filter(Boolean);
    const ids = await shown();
    if (text === W["ui-wishes-title"]) {
      for (const box of await frame.locator('input[type="checkbox"][name="wish"]').all()) {
        const field = FIELD[(await box.evaluate((b) => b.labels[0].textContent)).trim()];
        const want = (help[field] ?? "oui") === "oui";
        if ((await box.isChecked()) !== want) {
          await box.setChecked(want);
          taps++;
        }
      }
      for (const f of important) {
        await markImportant(frame, f);
        taps++;
      }
      await frame.getByRole("button", { name: W["ui-next"] }).click();
      taps++;
    } else if (ids.length) {
      const field = ids[0].split("-")[0];
      if (skip.includes(field)) {
        await frame.getByRole("button", { name: W["ui-skip-field"] }).click();
        taps++;
        continue;
      }
      // One tap per answer chosen, in every group of the screen.
      // An answer may show a follow-up right below (violence at home, dark thoughts): answered too.
      const said = [];
      for (let todo = ids; todo.length; todo = (await shown()).filter((id) => !said.includes(id) && answers[id] !== undefined)) {
        for (const id of todo.filter((id) => answers[id] !== undefined)) {
          said.push(id);
          const group = frame.getByRole("group", { name: W[`q-${id}`], exact: true });
          for (const a of [answers[id]].flat()) await tick(group, id, a);
        }
        if (!todo.some((id) => answers[id] !== undefined)) break;
      }
      await frame.getByRole("button", { name: W["ui-next"] }).click();
      taps++;
      // Nothing chosen on the whole screen: « Suivant » asks once, gently; pressed again, it goes on.
      if (!said.length && text !== W["profile-title"]
        && (await frame.locator(".pw-nothing-chosen").textContent()) === W["ui-nothing-chosen"]) {
        await frame.getByRole("button", { name: W["ui-next"] }).click();
        taps++;
      }
    } else if (FIELD[text]) {
      if (important.includes(FIELD[text])) {
        await markImportant(frame, FIELD[text]);
        taps++;
      }
      const wish = help[FIELD[text]] ?? "oui";
      await frame.getByRole("button", { name: W[`ui-help-${wish}`], exact: true }).click();
      taps++;
    } else {
      assert.fail(`unexpected screen «${text}»`);
    }
  }
}

/** The results, as the resident reads them: [field, sentence] in order (a wanted field's
 *  sentence unfolds on demand under its next step, unless it is urgent). */
export async function results(frame) {
  return frame.locator(".pw-result").evaluateAll((items) =>
    items.map((li) => [li.querySelector("h3").textContent, li.querySelector(".pw-level-text").textContent]));
}

/** Unfolds everything the results fold on a phone (each field's contacts, the other answers,
 *  the take-away), one button at a time: each press re-renders the list. */
export async function unfold(scope) {
  const folded = scope.locator(".pw-results .pw-fold[aria-expanded=false]");
  while (await folded.count()) await folded.first().click();
}

export function levelOf(rows, field) {
  const row = rows.find(([title]) => title === W[`field-${field}`]);
  assert.ok(row, `no result for ${field}`);
  const level = ["ok", "a_voir", "frein", "urgent"].find((l) => row[1] === W[`field-${field}-${l}`]);
  return level ?? row[1];
}


/** The three personas of domain.md §2. */
export const PERSONAS = {
  // A 22-year-old without diploma or driving licence; unsure about reading letters and about
  // getting around (« je ne sais pas » on those screening questions opens their detail).
  karim: {
    answers: {
      "profil-age": "16-25", "profil-enfants": "non", "profil-suivi": "non", "profil-qpv": "oui",
      "reseau-experience": "jamais", "savoirs-lire": "?", "savoirs-diplome": "aucun", "savoirs-oral": "tout",
      "mobilite-transports": "?", "mobilite-permis": "non", "mobilite-vehicule": "aucun", "logement-nuit": "parents",
      "logement-risque": "non",
    },
    expect: { reseau: "frein", savoirs: "a_voir", mobilite: "a_voir", logement: "ok" },
  },
  // A mother raising two children under 3 alone, with no childcare solution.
  awa: {
    answers: {
      "profil-age": "26-49", "profil-enfants": "oui", "profil-seul": "oui", "profil-qpv": "oui",
      "famille-garde": "aucune", "famille-horaires": "non", "famille-securite": "oui",
      "numerique-demarches": "seul",
    },
    help: { famille: "oui", numerique: "plus-tard" },
    expect: { famille: "frein", numerique: "ok" },
    first: "famille",
  },
  // A 55-year-old with a health problem who skips the health questions.
  michel: {
    answers: {
      "profil-age": "50-plus", "profil-enfants": "non", "mobilite-transports": "facile", "mobilite-permis": "oui",
      "savoirs-oral": "tout", "savoirs-lire": "seul", "savoirs-diplome": "avant-bac",
    },
    skip: ["sante"],
    expect: { mobilite: "ok", savoirs: "ok" },
    skipped: ["sante"],
  },
};

/** A resident with nothing to report: every question of the first pass answered plainly. */
/** Issue 21's newcomer: speaks a little French and cannot read it, two children under 3, a
 *  smartphone only, no licence; `important`: she marks childcare and French « le plus important
 *  pour moi » (tests/e2e/orientation.test.mjs, tools/flow.mjs). */
export const NEWCOMER = {
  answers: {
    "profil-age": "26-49", "profil-enfants": "oui", "profil-seul": "non", "profil-qpv": "oui", "reseau-experience": "ancien",
    "savoirs-oral": "un-peu", "savoirs-lire": "non", "savoirs-diplome": "autre-pays", "numerique-demarches": "non",
    "numerique-appareils": ["smartphone"], "famille-garde": "aucune", "famille-aidant": "non", "famille-securite": "oui",
    "mobilite-transports": "un-peu-difficile", "mobilite-permis": "non", "mobilite-vehicule": "aucun",
    "logement-nuit": "chez-moi", "logement-risque": "non", "finances-essentiel": "difficile",
    "sante-gene": "non", "sante-moral": "rarement", "sante-reconnaissance": "non",
  },
  important: ["famille", "savoirs"],
};

export const PLAIN = {
  answers: {
    "profil-age": "26-49", "profil-enfants": "non", "profil-suivi": "non", "profil-qpv": "oui",
    "reseau-experience": "recent", "savoirs-oral": "tout", "savoirs-lire": "seul", "savoirs-diplome": "bac",
    "numerique-demarches": "seul", "famille-aidant": "non", "famille-securite": "oui",
    "mobilite-transports": "facile", "mobilite-permis": "oui", "logement-nuit": "chez-moi", "logement-risque": "non",
    "finances-essentiel": "oui", "sante-gene": "non", "sante-moral": "rarement", "sante-reconnaissance": "non",
  },
};
