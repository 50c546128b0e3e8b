// What a resident hits on a phone (issue 22), end to end against the built bundle at 360 px: the
// urgent block's call button whole in view, « Quitter vite » kept in view in both integrations, the
// checklist that keeps its order, no hover left by a tap, 44 px targets, the read-aloud button drawn
// and « no voice » said once, contacts marked as French with what they help with in the resident's
// language, next steps that read well, and the print (its count, two A4 pages, the organisations).
// SHOTS=dir saves 360 px screenshots of the urgent block, « Quitter vite », the print and the cards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { setup, widgetFrame, W, wording, PHONE, choose, run, unfold, openHtml, shell, snippet } from "./harness.mjs";

const EN = wording("en");
const AR = wording("ar");
const NEUTRAL = "https://www.google.fr/";
const SHOTS = process.env.SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const shot = async (page, name, options = {}) => { if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, ...options }); };

/** Pages of a PDF: `/Type /Page` objects, not the `/Type /Pages` tree. */
const pdfPages = (bytes) => (Buffer.from(bytes).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;

/** The full-page widget with the demo contacts and commune. */
const widgetUrl = (h, extra = {}) => `${h.servers.bundle}/widget.html?${new URLSearchParams({ contacts: `${h.servers.bundle}/contacts.json`, commune: "93901", ...extra })}`;

/** From « Commencer », answers `answers` ({question: answer}) where asked and goes on with
 *  « Suivant » until `stop(title)`; returns the title it stopped at. */
async function walk(root, answers, stop) {
  await root.getByRole("button", { name: W["ui-start"] }).click();
  for (let i = 0; i < 40; i++) {
    const title = root.getByRole("heading", { level: 2 }).last();
    const text = (await title.textContent()).trim();
    if (stop(text)) return text;
    for (const [q, a] of Object.entries(answers)) {
      const group = root.getByRole("group", { name: W[`q-${q}`], exact: true });
      if (await group.count()) await choose(group.getByRole("radio", { name: W[`a-${q}-${a}`], exact: true }));
    }
    await onward(root, text);
  }
  assert.fail("never reached");
}

/** « Suivant » on the screen titled `text`. Nothing chosen on it: « Suivant » asks once; pressed
 *  again, it goes on. Else it waits for that screen to go. */
async function onward(root, text) {
  const next = root.getByRole("button", { name: W["ui-next"] });
  await next.click();
  const ask = root.locator(".pw-nothing-chosen");
  if (await ask.count() && (await ask.textContent()) === W["ui-nothing-chosen"]) await next.click();
  else await root.getByRole("heading", { level: 2, name: text, exact: true }).waitFor({ state: "detached" }).catch(() => {});
}

/** The element's box in the partner page's viewport (frames included): whole in view? */
async function whole(page, locator) {
  const box = await locator.boundingBox();
  if (!box) return false;
  const vh = page.viewportSize().height;
  return box.y >= 0 && box.y + box.height <= vh;
}

async function settled(page, locator) {
  let ok = false;
  for (let i = 0; i < 40 && !ok; i++) {
    ok = await whole(page, locator);
    if (!ok) await page.waitForTimeout(50);
  }
  // What a resident sees once the page stopped moving.
  await page.waitForTimeout(400);
  return whole(page, locator);
}

const QUIT = () => W["ui-quit"];

test("a walk on a phone", async (t0) => {
  const h = await setup(t0);
  // ONLY=words: the subtests whose name holds them.
  const only = process.env.ONLY;
  const t = { test: (name, fn) => (!only || name.includes(only) ? t0.test(name, fn) : undefined) };

  // Item 2: the urgent block's call button, whole, in both integrations; the resident had scrolled
  // the housing screen so that the answer sat at the bottom of the screen. On a partner page that
  // ends with the widget, the page can scroll to the numbers only once the frame has grown.
  const last = shell(snippet('data-integration="iframe"'), '<link rel="icon" href="data:,">');
  for (const [integration, path] of [["iframe", "/"], ["inline", "/inline.html"], ["iframe at the end of the page", "/last.html"]]) {
    await t.test(`${integration}: « Dehors » brings the whole 115 call button into view`, async () => {
      const page = path === "/last.html" ? await openHtml(h, path, last, { viewport: PHONE }) : await h.page(path, { viewport: PHONE });
      const root = integration !== "inline" ? await widgetFrame(page) : page.locator("div.passerelle");
      await walk(root, {}, (title) => title === W["field-logement"]);
      const dehors = root.getByRole("radio", { name: W["a-logement-nuit-dehors"], exact: true });
      const box = await dehors.boundingBox();
      await page.evaluate((y) => window.scrollBy({ top: y - (innerHeight - 60), behavior: "instant" }), box.y);
      await choose(dehors);
      const call = root.getByRole("link", { name: W["ui-emergency-call"].replace("{ $number }", "115") });
      await call.waitFor();
      const ok = await settled(page, call);
      await shot(page, `2-urgent-${integration.replaceAll(" ", "-")}`);
      assert.ok(ok, `the 115 button at ${JSON.stringify(await call.boundingBox())} of a ${PHONE.height} px screen`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  // The numbers an answer brought into view belong to that screen: a resident who goes on at once
  // (within the 1.5 s the loader looks at them again as the frame grows) sees the next step's
  // heading, not the partner page scrolled to where the numbers were.
  await t.test("iframe: going on at once after the numbers came, the next step's heading is in view", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const root = await widgetFrame(page);
    await walk(root, {}, (title) => title === W["field-famille"]);
    await choose(root.getByRole("radio", { name: W["a-famille-securite-non"], exact: true }));
    await root.locator(".pw-emergency").first().waitFor();
    await onward(root, W["field-famille"]);
    const heading = root.getByRole("heading", { level: 2 }).last();
    await root.getByRole("heading", { level: 2, name: W["field-famille"], exact: true }).waitFor({ state: "detached" });
    // The frame's resizes after the step, and the loader's answers to them.
    await page.waitForTimeout(1500);
    const text = (await heading.textContent()).trim();
    assert.ok(await whole(page, heading), `« ${text} » at ${JSON.stringify(await heading.boundingBox())}, page scrolled to ${await page.evaluate(() => scrollY)}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  // After a safety answer « Quitter vite » stays at the top of the screen (fixed on the partner's
  // page in the iframe integration, a sticky bar inline): a step's heading brought into view must
  // stand below it, not under it, as a thumb goes on from the foot of each screen.
  for (const [integration, path] of [["iframe", "/"], ["inline", "/inline.html"]]) {
    await t.test(`${integration}: after a safety answer, each step's heading is in view below « Quitter vite »`, async () => {
      const page = await h.page(path, { viewport: PHONE });
      const root = integration === "iframe" ? await widgetFrame(page) : page.locator("div.passerelle");
      const quit = integration === "iframe" ? page.locator("div.passerelle > button") : root.locator(".pw-quit");
      await walk(root, {}, (title) => title === W["field-famille"]);
      await choose(root.getByRole("radio", { name: W["a-famille-securite-non"], exact: true }));
      await root.locator(".pw-emergency").first().waitFor();
      await page.waitForTimeout(1600);
      const hidden = [];
      for (let i = 0; i < 12; i++) {
        const text = (await root.getByRole("heading", { level: 2 }).last().textContent()).trim();
        if (text === W["ui-roadmap-title"]) break;
        // A thumb scrolls the screen down to « Suivant » and taps it.
        const next = root.getByRole("button", { name: W["ui-next"] });
        const b = await next.boundingBox();
        await page.evaluate((y) => window.scrollBy({ top: y - (innerHeight - 80), behavior: "instant" }), b.y);
        await page.waitForTimeout(100);
        await onward(root, text);
        const heading = root.getByRole("heading", { level: 2 }).last();
        await page.waitForTimeout(700);
        const h2 = await heading.boundingBox();
        const q = (await quit.isVisible()) ? await quit.boundingBox() : null;
        const name = (await heading.textContent()).trim();
        if (i === 0) await shot(page, `3-quit-${integration}-next-heading`);
        if (!(await whole(page, heading))) hidden.push(`« ${name} » out of view at y ${Math.round(h2.y)}`);
        else if (q && h2.y < q.y + q.height) hidden.push(`« ${name} » at y ${Math.round(h2.y)}, under « Quitter vite » (${Math.round(q.y)}–${Math.round(q.y + q.height)})`);
        // Inline, the bar over every screen is the button's alone: its hint scrolls away.
        if (q && integration === "inline" && q.height > 64) hidden.push(`on « ${name} », a ${Math.round(q.height)} px bar over the screen`);
      }
      assert.deepEqual(hidden, []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  // Item 3: « Quitter vite » in view on every screen after a safety answer and on the roadmap, as
  // a thumb scrolls each screen down to « Suivant »; in the iframe, on the partner's page.
  for (const [integration, path] of [["iframe", "/"], ["inline", "/inline.html"]]) {
    await t.test(`${integration}: « Quitter vite » stays in view and leaves, wiping the answers`, async () => {
      const page = await h.page(null, { viewport: PHONE });
      await page.route("https://www.google.fr/**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>Google</title>" }));
      await page.goto(h.servers.demo + path);
      const root = integration === "iframe" ? await widgetFrame(page) : page.locator("div.passerelle");
      // The partner page's own button (iframe), or the widget's.
      const outer = page.locator("div.passerelle").getByRole("button", { name: QUIT() });
      const inner = integration === "iframe" ? root.getByRole("button", { name: QUIT() }) : outer;
      const quitInView = async () => (await whole(page, inner)) || (integration === "iframe" && await outer.isVisible() && await whole(page, outer));
      await walk(root, {}, (title) => title === W["field-famille"]);
      await choose(root.getByRole("radio", { name: W["a-famille-securite-non"], exact: true }));
      await root.locator(".pw-emergency").first().waitFor();
      await page.waitForTimeout(500);
      await shot(page, `3-quit-${integration}-safety-screen`);
      const seen = [];
      seen.push(["safety screen", await quitInView()]);
      for (let i = 0; i < 30; i++) {
        const text = (await root.getByRole("heading", { level: 2 }).last().textContent()).trim();
        if (text === W["ui-roadmap-title"]) break;
        // A thumb scrolls the page down to « Suivant ».
        const next = root.getByRole("button", { name: text === W["ui-wishes-title"] ? W["ui-next"] : W["ui-next"] }).last();
        const b = await next.boundingBox();
        await page.evaluate((y) => window.scrollBy({ top: y - (innerHeight - 80), behavior: "instant" }), b.y);
        await page.waitForTimeout(100);
        seen.push([text, await quitInView()]);
        await next.click();
        const ask = root.locator(".pw-nothing-chosen");
        if (await ask.count() && (await ask.textContent()) === W["ui-nothing-chosen"]) await next.click();
        await root.getByRole("heading", { level: 2, name: text, exact: true }).waitFor({ state: "detached" }).catch(() => {});
      }
      await root.locator(".pw-results").waitFor();
      await root.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
      // Read down to « Garder ma feuille de route », the roadmap's end.
      const end = await root.locator(".pw-keep").boundingBox();
      await page.evaluate((y) => window.scrollBy({ top: y - (innerHeight - 120), behavior: "instant" }), end.y);
      await page.waitForTimeout(200);
      seen.push(["roadmap, read to its end", await quitInView()]);
      await shot(page, `3-quit-${integration}-roadmap`);
      assert.deepEqual(seen.filter(([, v]) => !v), [], "screens where « Quitter vite » was out of view");
      const stored = integration === "iframe" ? () => root.evaluate(() => Object.keys(sessionStorage).length) : () => page.evaluate(() => Object.keys(sessionStorage).length);
      assert.ok(await stored() >= 1, "answers kept until then");
      const press = integration === "iframe" && await outer.isVisible() ? outer : inner;
      await Promise.all([page.waitForURL(NEUTRAL), press.click()]);
      await page.goto(h.servers.demo + path);
      const again = integration === "iframe" ? await widgetFrame(page) : page.locator("div.passerelle");
      await again.getByRole("button", { name: W["ui-start"] }).waitFor();
      assert.equal(await again.getByRole("button", { name: QUIT() }).count(), 0, "a fresh start: the answers were wiped");
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  // Item 4: ticking a box never moves one.
  await t.test("the help checklist keeps its order as boxes are ticked", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.goto(widgetUrl(h));
    const answers = { "reseau-experience": "jamais", "numerique-demarches": "non", "mobilite-transports": "tres-difficile", "finances-essentiel": "difficile" };
    await walk(page, answers, (title) => title === W["ui-wishes-title"]);
    // The wish boxes, not the « le plus important pour moi » marks beside them (issue 21).
    const wish = ".pw-wishes .pw-wish > .pw-option:not(.pw-important)";
    const labels = () => page.locator(`${wish} label`).allTextContents();
    const before = await labels();
    assert.ok(before.length >= 3, before.join(", "));
    for (const i of [0, 1, 0, 2]) {
      const box = page.locator(`${wish} input`).nth(i);
      const y = () => page.locator(`${wish} label`).nth(i).evaluate((b) => b.getBoundingClientRect().top + scrollY);
      const at = await y();
      await box.click();
      assert.deepEqual(await labels(), before, `after a tap on box ${i}`);
      assert.equal(await y(), at, "the tapped box stays where it was");
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  // Item 5: on a touch screen, no hover style.
  await t.test("hover styles only where a pointer hovers", async () => {
    const page = await h.page(null, { viewport: PHONE, hasTouch: true, isMobile: true });
    await page.goto(widgetUrl(h));
    const outside = await page.evaluate(() => {
      const out = [];
      const walkRules = (rules, hover) => {
        for (const r of rules) {
          if (r.cssRules && r.conditionText !== undefined) walkRules(r.cssRules, hover || /hover:\s*hover/.test(r.conditionText));
          else if (r.selectorText && r.selectorText.includes(":hover") && !hover) out.push(r.selectorText);
        }
      };
      for (const s of document.styleSheets) walkRules(s.cssRules, false);
      return out;
    });
    assert.deepEqual(outside, [], "hover rules outside @media (hover: hover)");
    await page.getByRole("button", { name: W["ui-start"] }).tap();
    const label = page.getByText(W["a-profil-age-26-49"], { exact: true });
    const plain = await label.evaluate((l) => getComputedStyle(l).borderColor);
    await page.getByRole("radio", { name: W["a-profil-age-16-25"], exact: true }).tap();
    await label.hover();
    assert.equal(await label.evaluate((l) => getComputedStyle(l).borderColor), plain, "« De 26 à 49 ans » outlined under the finger");
    await page.context().close();
  });

  // Item 11: what a resident taps on the roadmap is at least 44 px high.
  await t.test("the map link, the week's hours and the language menu are 44 px targets", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.goto(widgetUrl(h));
    await run(page, { answers: { "numerique-demarches": "non", "numerique-appareils": "aucun" } });
    await page.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
    await unfold(page);
    const heights = await page.evaluate(() => [...document.querySelectorAll(".pw a.pw-map, .pw-week summary, #pw-lang")]
      .filter((e) => e.getClientRects().length).map((e) => [e.className || e.id || e.tagName, e.getBoundingClientRect().height]));
    assert.ok(heights.some(([c]) => c === "pw-map") && heights.some(([c]) => c === "SUMMARY") && heights.some(([c]) => c === "pw-lang"), JSON.stringify(heights));
    assert.deepEqual(heights.filter(([, px]) => px < 44), [], "targets under 44 px");
    await page.context().close();
  });

  // Item 10: the read-aloud button is drawn, never an emoji; « no voice » is said once.
  await t.test("read-aloud: an SVG icon; « no voice » said on the first screen only", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.addInitScript(`(() => {
      const synth = new EventTarget();
      const voices = [{ lang: "en-US", name: "en", default: true, localService: true, voiceURI: "en" }];
      synth.getVoices = () => voices;
      synth.speak = () => {}; synth.cancel = () => {};
      Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
      window.SpeechSynthesisVoice = function () {};
      synth.getVoices().forEach((v) => Object.setPrototypeOf(v, window.SpeechSynthesisVoice.prototype));
    })();`);
    await page.goto(widgetUrl(h));
    const welcome = (await page.getByRole("heading", { level: 2 }).last().textContent()).trim();
    await page.getByRole("button", { name: W["ui-start"] }).click();
    // The first screen comes with the diagnostic's chunk: count once it replaced the welcome and,
    // on the first screen, once the line had its chance to be drawn; elsewhere, once settled.
    await page.getByRole("heading", { level: 2 }).last().filter({ hasNotText: welcome }).waitFor({ timeout: 15000 });
    const said = [];
    for (let i = 0; i < 4; i++) {
      const text = (await page.getByRole("heading", { level: 2 }).last().textContent()).trim();
      if (i === 0) await page.getByText(W["ui-read-no-voice"]).waitFor({ timeout: 5000 }).catch(() => {});
      else await page.waitForTimeout(300);
      said.push(await page.getByText(W["ui-read-no-voice"]).count());
      const buttons = page.locator("button.pw-read");
      for (const b of await buttons.all()) {
        assert.ok(!/\p{Extended_Pictographic}|[\u23f9\u{1f50a}]/u.test(await b.textContent()), "an emoji in the button");
        assert.equal(await b.locator("svg").count(), 1, "an icon drawn in SVG");
      }
      await page.getByRole("button", { name: W["ui-next"] }).click();
      const ask = page.locator(".pw-nothing-chosen");
      if (await ask.count() && (await ask.textContent()) === W["ui-nothing-chosen"]) await page.getByRole("button", { name: W["ui-next"] }).click();
      await page.getByRole("heading", { level: 2, name: text, exact: true }).waitFor({ state: "detached" });
    }
    assert.deepEqual(said, [1, 0, 0, 0], "« no voice » on each screen");
    await page.context().close();
  });

  // Items 8 and 9: the cards in English and Arabic, the next steps in French.
  await t.test("contacts: the data's French marked so, what they help with in the resident's language", async () => {
    for (const [lang, T] of [["en", EN], ["ar", AR]]) {
      const page = await h.page(null, { viewport: PHONE });
      await page.goto(widgetUrl(h, { lang }));
      await page.getByRole("button", { name: T["ui-start"] }).click();
      await page.getByRole("heading", { level: 2, name: T["profile-title"] }).waitFor();
      // Straight to the digital field's detail, through the take-away of an answer: the shortest way is the questions.
      for (let i = 0; i < 40; i++) {
        const text = (await page.getByRole("heading", { level: 2 }).last().textContent()).trim();
        if (text === T["ui-roadmap-title"]) break;
        const g = page.getByRole("group", { name: T["q-numerique-demarches"], exact: true });
        if (await g.count()) await choose(g.getByRole("radio", { name: T["a-numerique-demarches-non"], exact: true }));
        await page.getByRole("button", { name: T["ui-next"] }).click();
        const ask = page.locator(".pw-nothing-chosen");
        if (await ask.count() && (await ask.textContent()) === T["ui-nothing-chosen"]) await page.getByRole("button", { name: T["ui-next"] }).click();
        await page.getByRole("heading", { level: 2, name: text, exact: true }).waitFor({ state: "detached" }).catch(() => {});
      }
      await page.getByText(T["ui-contacts-loading"]).first().waitFor({ state: "detached" });
      await unfold(page);
      await page.locator("article.pw-contact").first().scrollIntoViewIfNeeded();
      await shot(page, `8-cards-${lang}`);
      const cards = await page.locator("article.pw-contact").evaluateAll((cs) => cs.map((c) => ({
        title: c.querySelector(".pw-contact-title bdi")?.getAttribute("lang"),
        summary: [c.querySelector(".pw-summary")?.getAttribute("lang"), c.querySelector(".pw-summary")?.getAttribute("dir")],
        direction: c.querySelector(".pw-summary") && getComputedStyle(c.querySelector(".pw-summary")).direction,
        helps: c.querySelector(".pw-helps")?.textContent,
        facts: [...c.querySelectorAll(".pw-contact-facts li")].map((li) => li.textContent),
      })));
      assert.ok(cards.length >= 1);
      // How far, in the language's own number and unit (issue 28's read-through: « 2,6 km » in English).
      const [whole, unit] = lang === "en" ? [/\d\.\d km/, "km"] : [/\d,\d\u2069? كم/, "كم"];
      const far = cards.flatMap((c) => c.facts).filter((f) => f.includes(unit));
      assert.ok(far.length >= 1 && far.every((f) => whole.test(f)), `${lang}: ${JSON.stringify(cards.map((c) => c.facts))}`);
      const prefix = T["ui-contact-helps"].split("{")[0].trim();
      for (const c of cards) {
        assert.equal(c.title, "fr", `${lang}: a service's name is French`);
        assert.deepEqual(c.summary, ["fr", "auto"], `${lang}: its description is French, in its own direction`);
        assert.equal(c.direction, "ltr", `${lang}: « .l'oral » in an Arabic page`);
        assert.ok(c.helps?.startsWith(prefix), `${lang}: what it helps with, in the interface's words: ${c.helps}`);
      }
      assert.ok(cards.some((c) => c.helps.includes(T["thematique-numerique--acceder-a-des-services-en-ligne"])), JSON.stringify(cards.map((c) => c.helps)));
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  await t.test("next steps read well; a call button beside a closed place says when to call, or when it opens if the step is to go there", async () => {
    const page = await h.page(null, { viewport: PHONE });
    // Saturday 12 December 2026, 20:00 in Paris: every demo contact is closed.
    await page.clock.setFixedTime(new Date("2026-12-12T19:00:00Z"));
    await page.goto(widgetUrl(h));
    await run(page, { answers: { "reseau-experience": "jamais", "numerique-demarches": "non", "finances-essentiel": "difficile", "sante-gene": "beaucoup", "sante-moral": "souvent", "sante-idees": "non" } });
    await page.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
    const steps = await page.locator(".pw-next").allInnerTexts();
    const all = steps.join("\n");
    assert.ok(steps.length >= 3, all);
    assert.ok(!all.includes("Allez voir"), all);
    assert.ok(!/auprès de [AEIOUYÉÈÊÂÎÔ]/i.test(all), all);
    assert.ok(!/sans rendez-vous[^\n]*sans rendez-vous/i.test(all), all);
    // Each step with a call button beside « Fermé maintenant » says when to call, once.
    for (const step of await page.locator(".pw-next").all()) {
      const now = await step.locator(".pw-now").allTextContents();
      if (now.some((l) => l.startsWith("Fermé maintenant")) && await step.locator('a[href^="tel:"]').count()) {
        // A step that sends the resident there says when it opens, in person and by phone; any
        // other says when to call.
        const how = await step.innerText();
        const line = await step.locator(".pw-call-when").textContent();
        if (how.includes("Allez sur place")) assert.match(line, /^Fermé maintenant : ouvre .* à .*, sur place et au téléphone\.$/);
        else assert.match(line, /^Fermé maintenant : à appeler .* à partir de /);
        assert.equal(now.length, 1, `one line on when: ${now.join(" | ")}`);
      }
    }
    assert.ok(await page.locator(".pw-call-when").count() >= 1, "a closed contact with a number");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  // Item 7: the print counts what it prints, on two A4 pages at most, with the organisations.
  await t.test("print: the header counts the fields printed; three fields on two A4 pages; organisations printed", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.goto(widgetUrl(h));
    // Four wanted fields, health among them (left off the paper unless asked).
    await run(page, { answers: { "reseau-experience": "jamais", "numerique-demarches": "non", "finances-essentiel": "difficile", "sante-gene": "beaucoup", "sante-moral": "souvent", "sante-idees": "non" } });
    await page.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
    await shot(page, "7-roadmap-screen", { fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    if (SHOTS) writeFileSync(`${SHOTS}/7-print-three-fields.pdf`, pdf);
    await page.emulateMedia({ media: "print" });
    const printed = await page.locator(".pw-roadmap > li").evaluateAll((li) => li.filter((x) => x.getClientRects().length).length);
    const intro = await page.locator(".pw-results > p").evaluateAll((ps) => ps.filter((p) => p.getClientRects().length).map((p) => p.textContent));
    const said = intro.find((p) => /Voici/.test(p));
    assert.equal(printed, 3, "health stays off the paper");
    assert.ok(said && said.includes(`${printed} thèmes`), `« ${said} » for ${printed} fields printed`);
    const orgs = await page.locator(".pw-roadmap .pw-org").evaluateAll((os) => os.filter((o) => o.getClientRects().length).map((o) => o.textContent));
    assert.ok(orgs.length >= 1, "the organisations are printed");
    const stranded = await page.locator(".pw-contacts-title").evaluateAll((ts) => ts.map((t) => getComputedStyle(t).breakAfter));
    assert.ok(stranded.every((b) => b === "avoid"), "« Qui peut vous aider » kept with its cards");
    const pages = pdfPages(pdf);
    assert.ok(pages <= 2, `${pages} A4 pages for three fields`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
