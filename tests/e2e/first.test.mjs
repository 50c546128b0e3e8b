// The first screen before the wasm (README « The first screen before the wasm »): the welcome the
// bundle drew at build time, readable and clickable while the wasm is held back, then replaced by
// the wasm's own with the same DOM and no layout shift; a tap, a language, the accompanied switch
// and the focus kept across.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, snippet, shell, wording, widgetFrame, W, NUMBERS, PHONE } from "./harness.mjs";

const dist = process.env.PASSERELLE_DIST || new URL("../../target/dist", import.meta.url).pathname;
const files = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
const EN = wording("en");
const AR = wording("ar");
// The virtual screen reader of tests/e2e/heard.test.mjs, as a global for a classic script.
const VSR = readFileSync(new URL("../node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js", import.meta.url), "utf8")
  .replace(/export\{(\w+) as Virtual,([\w$]+) as virtual\};/, "window.__vsr=$2;");

// The first wasm held back until `release()`: what shows before it is www/first.js's alone.
async function held(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(`**/${files.wasm}`, async (route) => { await gate; await route.continue(); });
  return () => release();
}

// Layout shifts inside the frame or the page, from the first paint (buffered).
const SHIFTS = () => {
  window.pwShift = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.pwShift += e.value; })
    .observe({ type: "layout-shift", buffered: true });
};

// The screen's markup without what tells the two apart, and where its heading and button stand.
const look = (scope) => scope.locator(".pw-app").evaluate((app) => {
  const clone = app.cloneNode(true);
  clone.removeAttribute("data-pw-first");
  const box = (s) => { const r = app.querySelector(s).getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); };
  return { html: clone.outerHTML, heading: box("h2"), button: box(".pw-primary") };
});

async function openHeld(h, integration, attrs = "", opts = {}) {
  const page = await h.page(null, { viewport: PHONE, ...opts });
  const release = await held(page);
  await page.addInitScript(SHIFTS);
  h.servers.pages.set(`/first-${integration}.html`, shell(snippet(`data-integration="${integration}" data-color="#7c3a12" ${attrs}`)));
  await page.goto(`${h.servers.demo}/first-${integration}.html`);
  let scope = page.locator("div.passerelle");
  if (integration === "iframe") {
    const handle = await page.locator("div.passerelle iframe").elementHandle();
    await page.waitForFunction((f) => f.contentWindow && f.src, handle);
    scope = (await handle.contentFrame());
  }
  await scope.locator(".pw-app[data-pw-first]").waitFor();
  return { page, scope, release };
}

test("the first screen before the wasm", async (t) => {
  const h = await setup(t);

  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: readable before the wasm, then the wasm's own with the same DOM, no shift`, async () => {
      const { page, scope, release } = await openHeld(h, integration);
      await scope.getByRole("heading", { name: W["ui-welcome-title"] }).waitFor();
      assert.ok((await scope.locator(".pw-partner").textContent()).includes("Centre social Les Tilleuls"));
      assert.equal(await scope.getByRole("button", { name: W["ui-start"] }).count(), 1);
      // The partner's colour, darkened as the wasm does, from the first paint.
      assert.equal(await scope.locator(".pw-primary").evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(124, 58, 18)");
      if (integration === "iframe") {
        // The frame already takes the screen's height (no inner scrollbar, no jump when the wasm comes).
        await page.waitForFunction(() => Math.abs(document.querySelector("div.passerelle").shadowRoot.querySelector("iframe").getBoundingClientRect().height - 420) > 1);
      }
      // The fields' pictograms (hidden from screen readers: the introduction names the fields), and
      // the emergency numbers, real `tel:` links from the first paint, each named by its number and use.
      assert.equal(await scope.locator(".pw-welcome-pictos svg[aria-hidden=true]").count(), 8);
      const calls = scope.getByRole("list", { name: W["ui-welcome-sos"] }).getByRole("link");
      assert.deepEqual(await calls.evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.target, a.textContent])),
        NUMBERS.map(([n, how]) => [`${how}:${n}`, "", `${n} ${W[`emergency-short-${n}`]}`]));
      const before = await look(scope);
      // Only the first screen's rules so far: the whole stylesheet waits for the wasm.
      const rules = () => integration === "iframe"
        ? scope.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0))
        : page.evaluate(() => document.querySelector("div.passerelle").shadowRoot.adoptedStyleSheets[0].cssRules.length);
      const firstRules = await rules();
      release();
      await scope.locator(".pw-app:not([data-pw-first])").waitFor();
      const after = await look(scope);
      assert.equal(after.html, before.html);
      assert.deepEqual(after.heading, before.heading);
      assert.deepEqual(after.button, before.button);
      // Then the whole sheet, once the wasm has the screen: nothing moves.
      for (let i = 0; (await rules()) <= firstRules && i < 200; i++) await page.waitForTimeout(50);
      assert.ok((await rules()) > 2 * firstRules, `the whole sheet applied: ${await rules()} rules, ${firstRules} before`);
      const whole = await look(scope);
      assert.deepEqual([whole.heading, whole.button], [before.heading, before.button]);
      // Nothing is announced again: no focus moved (the welcome takes none), the live lines still empty.
      assert.equal(await scope.locator(".pw-app").evaluate((app) => app.getRootNode().activeElement === null || app.getRootNode().activeElement === document.body), true);
      assert.deepEqual(await scope.locator("[aria-live]").allTextContents(), ["", ""]);
      const shift = integration === "iframe" ? await scope.evaluate(() => window.pwShift) : 0;
      assert.equal(shift + await page.evaluate(() => window.pwShift), 0);
      assert.deepEqual(page.errors, []);
    });

    await t.test(`${integration}: « Commencer » tapped before the wasm is answered at once and honoured`, async () => {
      const { page, scope, release } = await openHeld(h, integration);
      await scope.getByRole("button", { name: W["ui-start"] }).click();
      // The component's own « Un instant… », its heading focused, the tap kept.
      await scope.getByRole("status").filter({ hasText: W["ui-loading"] }).waitFor();
      assert.equal(await scope.locator("h2").evaluate((e) => e.getRootNode().activeElement === e), true);
      release();
      // No second tap: the first question comes.
      await scope.getByRole("heading", { level: 2 }).filter({ hasNotText: W["ui-welcome-title"] }).waitFor({ timeout: 15000 });
      assert.equal(await scope.locator(".pw-app[data-pw-first]").count(), 0);
      assert.deepEqual(page.errors, []);
    });

    await t.test(`${integration}: « Effacer mes réponses » on « Un instant… » before the wasm brings the welcome back, and the wasm keeps it`, async () => {
      const { page, scope, release } = await openHeld(h, integration);
      await scope.getByRole("button", { name: W["ui-start"] }).click();
      await scope.getByRole("status").filter({ hasText: W["ui-loading"] }).waitFor();
      await scope.getByRole("button", { name: W["ui-clear"] }).click();
      const start = scope.getByRole("button", { name: W["ui-start"] });
      await start.waitFor();
      assert.equal(await scope.locator(".pw-app[data-pw-first]").count(), 1, "still the first screen");
      assert.equal(await scope.locator("h2").evaluate((e) => e.getRootNode().activeElement === e), true, "focus on the welcome's heading");
      release();
      await scope.locator(".pw-app:not([data-pw-first])").waitFor({ timeout: 15000 });
      // The wasm's welcome, not the questions: the tap on « Commencer » was taken back.
      await start.waitFor();
      assert.equal(await scope.getByRole("heading", { level: 2 }).last().textContent(), W["ui-welcome-title"]);
      await start.click();
      await scope.getByRole("heading", { level: 2 }).filter({ hasNotText: W["ui-welcome-title"] }).waitFor({ timeout: 15000 });
      assert.deepEqual(page.errors, []);
    });

    await t.test(`${integration}: a language chosen before the wasm is kept, with the focus on the menu`, async () => {
      const { page, scope, release } = await openHeld(h, integration);
      await scope.locator("#pw-lang").focus();
      await scope.locator("#pw-lang").selectOption("en");
      await scope.getByRole("heading", { name: EN["ui-welcome-title"] }).waitFor();
      assert.equal(await scope.locator("#pw-lang").evaluate((e) => e.getRootNode().activeElement === e), true);
      release();
      await scope.locator(".pw-app:not([data-pw-first])").waitFor();
      assert.equal(await scope.locator(".pw-app").getAttribute("lang"), "en");
      await scope.getByRole("heading", { name: EN["ui-welcome-title"] }).waitFor();
      // Focus is where the resident left it, on the wasm's own menu.
      await scope.locator("#pw-lang").evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
      assert.equal(await scope.locator("#pw-lang").evaluate((e) => e.getRootNode().activeElement === e), true);
      assert.deepEqual(page.errors, []);
    });

    await t.test(`${integration}: « Start » tapped while the wasm fetches the chosen language is honoured, in it`, async () => {
      const { page, scope, release } = await openHeld(h, integration);
      // The English messages held back too: the wasm runs, then waits for them.
      let messages;
      const gate = new Promise((r) => { messages = r; });
      let asked = false;
      await page.route(`**/${files.languages.en}`, async (route) => { asked = true; await gate; await route.continue(); });
      await scope.locator("#pw-lang").selectOption("en");
      await scope.getByRole("heading", { name: EN["ui-welcome-title"] }).waitFor();
      release();
      for (let i = 0; !asked && i < 300; i++) await page.waitForTimeout(50);
      assert.ok(asked, "the wasm asked for the English messages");
      // Still the first screen of www/first.js: the tap goes to it.
      await scope.locator(".pw-app[data-pw-first]").getByRole("button", { name: EN["ui-start"] }).click();
      messages();
      await scope.getByRole("heading", { level: 2 }).filter({ hasNotText: EN["ui-welcome-title"] }).filter({ hasNotText: EN["ui-loading"] }).first().waitFor({ timeout: 15000 });
      assert.equal(await scope.locator(".pw-app[data-pw-first]").count(), 0);
      assert.equal(await scope.locator(".pw-app").getAttribute("lang"), "en");
      assert.equal(await scope.getByRole("heading", { name: EN["ui-welcome-title"] }).count(), 0, "the tap was lost: the welcome again");
      assert.deepEqual(page.errors, []);
    });
  }

  await t.test("inline: the first screen with nothing fetched but the partner's page and embed.js, in its styles", async () => {
    const page = await h.page(null, { viewport: PHONE });
    let release;
    const gate = new Promise((r) => { release = r; });
    const asked = [];
    // Every file of the bundle but the loader held back: the glue, the wasm, the stylesheet, the chunks' loader.
    await page.route((u) => u.pathname !== "/first-alone.html" && !u.pathname.endsWith("/embed.js"), async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await gate;
      await route.continue();
    });
    h.servers.pages.set("/first-alone.html", shell(snippet('data-integration="inline" data-color="#7c3a12"')));
    await page.goto(`${h.servers.demo}/first-alone.html`);
    const scope = page.locator("div.passerelle");
    await scope.getByRole("heading", { name: W["ui-welcome-title"] }).waitFor();
    assert.ok(!asked.includes(`/${files.css}`), "the whole stylesheet waits for the wasm");
    // Laid out by the styles embed.js carries: the partner's colour, the pictograms' size, the page's width.
    assert.equal(await scope.locator(".pw-primary").evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(124, 58, 18)");
    const before = await look(scope);
    const picto = await scope.locator(".pw-welcome-pictos svg").first().evaluate((e) => e.getBoundingClientRect().width);
    release();
    await scope.locator(".pw-app:not([data-pw-first])").waitFor();
    for (let i = 0; !asked.includes(`/${files.css}`) && i < 100; i++) await page.waitForTimeout(50);
    assert.ok(asked.includes(`/${files.css}`), "the whole stylesheet once the wasm has the screen");
    const after = await look(scope);
    assert.deepEqual([after.heading, after.button], [before.heading, before.button]);
    assert.equal(await scope.locator(".pw-welcome-pictos svg").first().evaluate((e) => e.getBoundingClientRect().width), picto);
    assert.deepEqual(page.errors, []);
  });

  await t.test("iframe: a screen reader hears the takeover not at all, the focused button once", async () => {
    const { scope, release } = await openHeld(h, "iframe");
    await scope.addScriptTag({ content: VSR });
    await scope.evaluate(() => window.__vsr.start({ container: document.body }));
    // A keyboard user on « Commencer » when the wasm comes.
    await scope.getByRole("button", { name: W["ui-start"] }).focus();
    await scope.waitForTimeout(100);
    await scope.evaluate(() => window.__vsr.clearSpokenPhraseLog());
    release();
    await scope.locator(".pw-app:not([data-pw-first])").waitFor();
    await scope.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await scope.waitForTimeout(300);
    // (The new, empty live lines are logged as « assertive: » with nothing said: left out.)
    const heard = (await scope.evaluate(() => window.__vsr.spokenPhraseLog())).map((p) => p.replace(/[\u2068\u2069]/g, "").trim())
      .filter((p) => !/^(polite|assertive):$/.test(p));
    assert.ok(!heard.some((p) => p.includes(W["ui-welcome-title"])), heard.join(" | "));
    assert.ok(heard.length <= 1 && heard.every((p) => p.includes(W["ui-start"])), heard.join(" | "));
    assert.equal(await scope.getByRole("button", { name: W["ui-start"] }).evaluate((b) => document.activeElement === b), true);
  });

  await t.test("iframe: « Commencer » pressed before the wasm: « Un instant… » heard once, then the first question", async () => {
    const { page, scope, release } = await openHeld(h, "iframe");
    // The diagnostic's chunk held too: the wasm takes over while « Un instant… » still waits for it.
    let chunk;
    const gate = new Promise((r) => { chunk = r; });
    await page.route(`**/${files.parts["split_diagnostic.wasm"]}`, async (route) => { await gate; await route.continue(); });
    await scope.addScriptTag({ content: VSR });
    await scope.evaluate(() => window.__vsr.start({ container: document.body }));
    await scope.getByRole("button", { name: W["ui-start"] }).focus();
    await scope.waitForTimeout(100);
    await scope.evaluate(() => window.__vsr.clearSpokenPhraseLog());
    await scope.getByRole("button", { name: W["ui-start"] }).press("Enter");
    await scope.getByRole("status").filter({ hasText: W["ui-loading"] }).waitFor();
    release();
    await scope.locator(".pw-app:not([data-pw-first])").waitFor();
    await scope.waitForTimeout(300);
    chunk();
    const question = scope.getByRole("heading", { level: 2 }).filter({ hasNotText: W["ui-welcome-title"] });
    await question.waitFor({ timeout: 15000 });
    await scope.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await scope.waitForTimeout(300);
    const heard = (await scope.evaluate(() => window.__vsr.spokenPhraseLog())).map((p) => p.replace(/[\u2068\u2069]/g, "").trim());
    const title = (await question.textContent()).trim();
    // The waiting screen's heading (the welcome's title) once: focused by first.js, then on the wasm's
    // own heading when it takes over (the same name, not read again), then the first question.
    assert.equal(heard.filter((p) => p.includes(W["ui-welcome-title"])).length, 1, heard.join(" | "));
    assert.ok(heard.some((p) => p.includes(title)), `the first question « ${title} » heard: ${heard.join(" | ")}`);
    assert.equal(await question.evaluate((e) => e.getRootNode().activeElement === e), true);
  });

  // A language chosen on « Un instant… » while the diagnostic's chunk and the language's messages are
  // both on their way: the diagnostic speaks it, whichever comes first (the chunk first used to
  // start it in French for good).
  for (const first of ["chunk", "messages"]) {
    await t.test(`a language chosen on « Un instant… »: the diagnostic speaks it, the ${first} arriving first`, async () => {
      const page = await h.page(null, { viewport: PHONE });
      const gates = {};
      for (const [name, file] of [["chunk", files.parts["split_diagnostic.wasm"]], ["messages", files.languages.en]]) {
        const gate = new Promise((r) => { gates[name] = r; });
        await page.route(`**/${file}`, async (route) => { await gate; await route.continue(); });
      }
      await page.goto(`${h.servers.bundle}/widget.html`);
      await page.getByRole("button", { name: W["ui-start"] }).click();
      await page.getByRole("status").filter({ hasText: W["ui-loading"] }).waitFor();
      await page.locator("#pw-lang").selectOption("en");
      gates[first]();
      // What the first arrival draws: the diagnostic, still in French; or « One moment… ».
      if (first === "chunk") await page.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor({ timeout: 15000 });
      else await page.getByRole("status").filter({ hasText: EN["ui-loading"] }).waitFor();
      gates[first === "chunk" ? "messages" : "chunk"]();
      await page.getByRole("heading", { level: 2, name: EN["profile-title"] }).waitFor({ timeout: 15000 });
      assert.equal(await page.locator(".pw-app").getAttribute("lang"), "en");
      assert.equal(await page.locator("#pw-lang").inputValue(), "en");
      assert.deepEqual(page.errors, []);
    });
  }

  await t.test("two languages chosen one after the other: the last one stays, though the first one's messages come after", async () => {
    const page = await h.page(null, { viewport: PHONE });
    let messages;
    const gate = new Promise((r) => { messages = r; });
    await page.route(`**/${files.languages.en}`, async (route) => { await gate; await route.continue(); });
    await page.goto(`${h.servers.bundle}/widget.html`);
    await page.getByRole("button", { name: W["ui-start"] }).click();
    await page.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor({ timeout: 15000 });
    await page.locator("#pw-lang").selectOption("en");
    await page.locator("#pw-lang").selectOption("ar");
    await page.getByRole("heading", { level: 2, name: AR["profile-title"] }).waitFor();
    messages();
    await page.waitForTimeout(500);
    assert.equal(await page.locator(".pw-app").getAttribute("lang"), "ar");
    assert.equal(await page.locator("#pw-lang").inputValue(), "ar");
  });

  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: a visitor who only reads the welcome downloads the diagnostic's chunk, not the results' nor the contacts`, async () => {
      const later = files.parts["split_later.wasm"], diagnostic = files.parts["split_diagnostic.wasm"];
      const asked = [];
      const page = await h.page(null, { viewport: PHONE });
      page.on("request", (r) => asked.push(new URL(r.url()).pathname));
      h.servers.pages.set(`/welcome-only-${integration}.html`, shell(snippet(`data-integration="${integration}" data-contacts="%BUNDLE%/contacts.json"`), `<link rel="icon" href="data:,">`));
      await page.goto(`${h.servers.demo}/welcome-only-${integration}.html`);
      const scope = integration === "iframe" ? await widgetFrame(page) : page.locator("div.passerelle");
      await scope.locator(".pw-app:not([data-pw-first])").waitFor();
      for (let i = 0; !asked.includes(`/${diagnostic}`) && i < 200; i++) await page.waitForTimeout(50);
      assert.ok(asked.includes(`/${diagnostic}`), "the diagnostic's chunk, fetched while the welcome is read");
      await page.waitForTimeout(1500);
      const fetched = (f) => asked.some((p) => p.endsWith(f));
      assert.ok(!fetched(later) && !fetched("contacts.json") && !fetched("national.json"), asked.join("\n"));
      await scope.getByRole("button", { name: W["ui-start"] }).click();
      await scope.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor({ timeout: 15000 });
      for (let i = 0; !(fetched(later) && fetched("contacts.json")) && i < 200; i++) await page.waitForTimeout(50);
      assert.ok(fetched(later) && fetched("contacts.json"), `both, once the diagnostic starts: ${asked.join(" ")}`);
      assert.deepEqual(page.errors, []);
    });
  }

  await t.test("iframe: the accompanied switch ticked before the wasm is kept", async () => {
    const { scope, release } = await openHeld(h, "iframe");
    await scope.locator("#pw-accompanied").check();
    release();
    await scope.locator(".pw-app.pw-accompanied:not([data-pw-first])").waitFor();
    assert.equal(await scope.locator("#pw-accompanied").isChecked(), true);
  });

  await t.test("data-fields, data-langs or the accompanied mode: no first screen of ours, the wasm draws its own", async () => {
    for (const attrs of ['data-fields="reseau mobilite"', 'data-mode="accompagne"', 'data-langs="fr,en"']) {
      const page = await h.page(null, { viewport: PHONE });
      const release = await held(page);
      h.servers.pages.set("/first-none.html", shell(snippet(`data-integration="inline" ${attrs}`)));
      await page.goto(`${h.servers.demo}/first-none.html`);
      await page.waitForTimeout(300);
      assert.equal(await page.locator("div.passerelle .pw-app").count(), 0, attrs);
      release();
      await page.locator("div.passerelle .pw-app").waitFor();
      // The wasm's welcome shows the pictograms of the fields asked only.
      assert.equal(await page.locator("div.passerelle .pw-welcome-pictos svg").count(), attrs.startsWith("data-fields") ? 2 : 8, attrs);
      await page.context().close();
    }
  });
});
