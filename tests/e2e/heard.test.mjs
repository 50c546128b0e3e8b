// Heard right (SPEC §8): the widget walked with a virtual screen reader, as a blind resident
// hears it with NVDA or VoiceOver. @guidepup/virtual-screen-reader (pinned in tests/package.json)
// reads the accessibility tree of the live page: its browser build is put into the widget page
// (the page's CSP is bypassed for the test only), follows focus, reads forward from the focused
// element as the reading keys do, and logs live-region announcements ("polite: …",
// "assertive: …"). The walk: the welcome screen, two questions, an urgent answer, the next
// screen and the roadmap, in French and in Arabic. Asserted at the key moments: the question
// said once when it takes focus, with its progress; the context (theme, count, introduction)
// and the hints heard in order after it; the 115 announced once, in full, and met right after
// the heading of every later screen; the page title following the step; an `h1`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, wording, PHONE, openHtml, shell, snippet, widgetFrame, unfold, W, choose } from "./harness.mjs";

const VSR = (() => {
  const src = readFileSync(new URL("../node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js", import.meta.url), "utf8");
  // The ES module's export, turned into a global for a classic script.
  const out = src.replace(/export\{(\w+) as Virtual,([\w$]+) as virtual\};/, "window.__vsr=$2;");
  assert.notEqual(out, src, "the virtual screen reader's browser build changed shape");
  return out;
})();

/** Bidi isolation marks (U+2068, U+2069) left out, spaces squeezed, for comparison. */
const plain = (s) => s.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();
const fill = (s, vars) => Object.entries(vars).reduce((s, [k, v]) => s.replaceAll(`{ $${k} }`, v), s);

/** The widget page, in `lang`, with the virtual screen reader listening. */
async function open(h, lang) {
  const page = await h.page(null, { viewport: PHONE, bypassCSP: true });
  const contacts = encodeURIComponent(`${h.servers.bundle}/contacts.json`);
  await page.goto(`${h.servers.bundle}/widget.html?contacts=${contacts}&lang=${lang}&commune=93901`);
  await page.locator(".pw-app:not([data-pw-first])").waitFor();
  await page.addScriptTag({ content: VSR });
  await page.evaluate(() => window.__vsr.start({ container: document.body }));
  const T = wording(lang);
  const sr = {
    page, T,
    log: async () => (await page.evaluate(() => window.__vsr.spokenPhraseLog())).map(plain),
    clear: () => page.evaluate(() => window.__vsr.clearSpokenPhraseLog()),
    /** Reads on `n` times from where the cursor is; the phrases heard. */
    next: async (n) => (await page.evaluate(async (n) => {
      const out = [];
      for (let i = 0; i < n; i++) {
        await window.__vsr.next();
        out.push(await window.__vsr.lastSpokenPhrase());
        if (out.at(-1) === "end of document") break;
      }
      return out;
    }, n)).map(plain),
    title: async () => plain(await page.locator("h2").last().textContent()),
    /** Does `action` (a click), waits for the new heading to take focus and for what is
     *  announced with it; returns what was heard meanwhile. */
    Q: Object.fromEntries(Object.entries(T).filter(([k]) => /^q-[a-z0-9-]+$/.test(k) && !k.endsWith("-help")).map(([k, v]) => [plain(v), k.slice(2)])),
    /** « Suivant » on questions, « Oui » on help screens, until the heading `until`; what was
     *  heard as the last one took focus. */
    async advance(until) {
      let heard = [];
      for (let i = 0; i < 80 && (await sr.title()) !== plain(until); i++) {
        const help = page.getByRole("button", { name: T["ui-help-oui"], exact: true });
        if ((await help.count()) && !sr.help) {
          // How « Oui » is heard when reached: a button that says it goes on.
          await help.focus();
          await page.waitForTimeout(50);
          sr.help = (await sr.log()).at(-1);
        }
        const target = (await help.count()) ? help : page.getByRole("button", { name: T["ui-next"] });
        // A question with nothing chosen: « Suivant » asks once, gently, then goes on.
        if (!(await help.count()) && (await page.locator(".pw-question:not(.pw-profile) fieldset").count())
          && !(await page.locator(".pw-question input:checked").count())) {
          await target.click();
          await page.getByText(T["ui-nothing-chosen"]).waitFor();
        }
        heard = await sr.moment(() => target.click());
      }
      assert.equal(await sr.title(), plain(until));
      return heard;
    },
    async moment(action) {
      const before = await sr.title();
      await sr.clear();
      await action();
      await page.waitForFunction((b) => {
        const h = [...document.querySelectorAll("h2")].at(-1);
        return h && h.textContent.trim() !== b && document.activeElement === h;
      }, before);
      await page.waitForTimeout(150);
      return sr.log();
    },
  };
  return sr;
}

/** `items` are heard in this order among `phrases` (each the first phrase that is it). */
function inOrder(phrases, items, what) {
  const at = items.map((x) => phrases.indexOf(x));
  assert.ok(at.every((i) => i >= 0) && at.every((i, k) => k === 0 || i > at[k - 1]), `${what}: ${JSON.stringify(items)} in ${JSON.stringify(phrases)}`);
}
const count = (phrases, text) => phrases.filter((p) => p.includes(plain(text))).length;

async function walk(t, h, lang) {
  const sr = await open(h, lang);
  const { page, T } = sr;
  const heard = {};
  const note = (k, v) => { heard[k] = v; t.diagnostic(`${lang} ${k}: ${JSON.stringify(v)}`); };

  // The welcome screen, read from the top: the page's h1, then the welcome heading.
  const welcome = await sr.next(12);
  note("welcome", welcome);
  assert.ok(welcome.includes(`heading, ${T["ui-page-h1"]}, level 1`), "an h1 on the full-page widget");
  assert.ok(welcome.some((p) => p.startsWith(`heading, ${plain(T["ui-welcome-title"])}, level 2`)));
  assert.equal(await page.title(), plain(T["ui-welcome-title"]));

  // The profile is one screen; then the first two screens of one screening question: each said
  // once as it takes focus, with its progress (a field's screen of several questions, such as
  // reading, speaking and the diploma, is passed here: housing's below is heard as such).
  const questions = [];
  let on;
  await sr.moment(() => page.getByRole("button", { name: T["ui-start"] }).click());
  assert.equal(await sr.title(), plain(T["profile-title"]));
  let moment = await sr.moment(() => page.getByRole("button", { name: T["ui-next"] }).click());
  for (let i = 0; i < 2; i++) {
    let q = await sr.title();
    while (!sr.Q[q]) {
      await page.getByRole("button", { name: T["ui-next"] }).click();
      await page.getByText(T["ui-nothing-chosen"]).waitFor();
      moment = await sr.moment(() => page.getByRole("button", { name: T["ui-next"] }).click());
      q = await sr.title();
    }
    questions.push(q);
    note(`question ${i + 1}, on focus`, moment);
    assert.ok(moment.includes(`heading, ${q}, level 2`), `«${q}» is said as it takes focus`);
    assert.equal(count(moment, q), 1, `«${q}» is said once`);
    const progress = plain(await page.locator(".pw-progress").textContent());
    assert.ok(moment.includes(`polite: ${progress}`), `the progress « ${progress} » is announced`);
    assert.equal(plain(await page.title()), plain(fill(T["ui-page-title"], { step: progress })), "the page title follows the step");
    // Reading on: the theme and the count, the introduction, then the answers with their hints.
    const on = await sr.next(i === 0 ? 16 : 10);
    note(`question ${i + 1}, reading on`, on);
    const kicker = await page.locator(".pw-kicker > span").allTextContents();
    // Each is the first question of its field: the field's introduction.
    const intro = [plain(T[`field-${sr.Q[q].split("-")[0]}-intro`])];
    const group = on.findIndex((p) => p.startsWith("group,"));
    assert.ok(group > 0, "then the group of answers");
    inOrder(on, [...kicker.map(plain), ...intro, on[group]], "theme, count, introduction, answers");
    assert.ok(kicker.map(plain).includes(progress.split(" — ")[0]), "the count is on the screen");
    assert.equal(count([on[group]], q), 1, "the group is named by the question");
    const hint = T[`q-${sr.Q[q]}-help`];
    if (hint) assert.ok(on[group].includes(plain(hint)), "its hint is tied to the answers");
    // Nothing chosen: « Suivant » asks once, gently, then goes on.
    await page.getByRole("button", { name: T["ui-next"] }).click();
    await page.getByText(T["ui-nothing-chosen"]).waitFor();
    moment = await sr.moment(() => page.getByRole("button", { name: T["ui-next"] }).click());
  }

  // On to housing, a field whose screening questions share one screen: titled by the field, said
  // once as it takes focus; reading on, each question names its group of answers.
  moment = await sr.advance(T["field-logement"]);
  note("a field's screen, on focus", moment);
  assert.ok(moment.includes(`heading, ${plain(T["field-logement"])}, level 2`), "the field's title is said as it takes focus");
  on = await sr.next(40);
  note("a field's screen, reading on", on);
  for (const q of ["logement-nuit", "logement-risque"]) {
    assert.ok(on.some((p) => p.startsWith(`group, ${plain(T[`q-${q}`])}`)), `the group of « ${q} » is named by its question`);
  }

  // The urgent answer: the numbers announced once, in full, in one assertive change.
  await sr.clear();
  await choose(page.getByRole("radio", { name: T["a-logement-nuit-dehors"], exact: true }));
  await page.locator(".pw-emergency").waitFor();
  await page.waitForTimeout(300);
  const urgent = await sr.log();
  note("urgent answer", urgent);
  const announce = plain(fill(T["ui-emergency-announce"], { numbers: T["emergency-115"] }));
  assert.deepEqual(urgent.filter((p) => p.includes("115")), [`assertive: ${announce}`], "the 115 is announced once, in full");

  // The next screen: the number is not announced again, and reading on meets it first.
  moment = await sr.moment(() => page.getByRole("button", { name: T["ui-next"] }).click());
  note("after the urgent answer, on focus", moment);
  assert.equal(count(moment, "115"), 0, "not announced twice");
  on = await sr.next(3);
  note("after the urgent answer, reading on", on);
  assert.ok(on.slice(0, 2).some((p) => p.includes(plain(T["ui-emergency-title"]))), "the numbers right after the heading");

  // The roadmap: the numbers first after its heading too.
  moment = await sr.advance(T["ui-roadmap-title"]);
  note("roadmap, on focus", moment);
  assert.ok(moment.includes(`heading, ${plain(T["ui-roadmap-title"])}, level 2`));
  assert.equal(count(moment, "115"), 0);
  on = await sr.next(3);
  note("roadmap, reading on", on);
  assert.ok(on.slice(0, 2).some((p) => p.includes(plain(T["ui-emergency-title"]))), "the numbers first on the roadmap");
  assert.equal(plain(await page.title()), plain(T["ui-page-title"].replace("{ $step }", T["ui-roadmap-title"])));
  // A help screen's answers say they go on; a link opening a new tab says so.
  // On one's own, the wish for help is one checklist (checkboxes), not « Oui » buttons that go on.
  assert.equal(sr.help, undefined);
  // The contacts unfold on demand.
  await unfold(page);
  const away = page.locator(".pw-contact a[target=_blank]:visible").first();
  await away.focus();
  await page.waitForTimeout(50);
  const link = (await sr.log()).at(-1);
  note("a link to another site, on focus", link);
  assert.ok(link.startsWith("link,") && link.includes(`(${plain(T["ui-new-tab"])})`), link);
  assert.deepEqual(page.errors, []);
  return heard;
}

test("heard with a screen reader", async (t) => {
  const h = await setup(t);
  await t.test("in French", (t) => walk(t, h, "fr"));
  await t.test("in Arabic", (t) => walk(t, h, "ar"));

  await t.test("the title: the frame's document follows the step; inline, the partner's title stays", async () => {
    const framed = await openHtml(h, "/heard-iframe.html", shell(snippet('data-integration="iframe"')));
    const frame = await widgetFrame(framed);
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    await frame.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
    const progress = plain(await frame.locator(".pw-progress").textContent());
    // The title is an effect, which may run a task after the screen shows (see gainsFocus).
    const titled = plain(fill(W["ui-page-title"], { step: progress }));
    for (let i = 0; i < 100 && plain(await frame.title()) !== titled; i++) await frame.waitForTimeout(50);
    assert.equal(plain(await frame.title()), titled);
    assert.equal(await framed.title(), "Test", "the partner's page keeps its title");
    assert.equal(await frame.locator("h1").count(), 0, "in a frame, the partner's page has the h1");

    const inline = await openHtml(h, "/heard-inline.html", shell(snippet('data-integration="inline"')));
    const root = inline.locator("div.passerelle");
    await root.getByRole("button", { name: W["ui-start"] }).click();
    await root.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
    assert.equal(await inline.title(), "Test", "inline, the partner's title is left alone");
    assert.equal(await root.locator("h1").count(), 0);
  });
});
