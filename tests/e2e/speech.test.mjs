// Read-aloud (SPEC §4, §8): « Écouter » reads the screen with the device's own voice for the
// language (its default one, else the closest regional variant), and the same button stops it
// (« Arrêter la lecture »). Read: the question, its hints, its answers; once an urgent answer
// is given, the emergency numbers first; the roadmap with the words of its links, never an
// address, ending on how to keep it. Where the device has voices but none for the language,
// the button stays with a word saying why. Headless Chromium has no voice: a recording
// stand-in plays the device (README: how to hear it for real, with espeak-ng).
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, W, wording, PHONE, choose } from "./harness.mjs";

const EN = wording("en");
const AR = wording("ar");

/** A speechSynthesis that records each utterance, with the given voices: "fr-FR", or
 *  { lang, default: true } for the device's default voice. */
function fakeSpeech(list) {
  return `(() => {
    const voices = ${JSON.stringify(list)}.map((v) => typeof v === "string" ? { lang: v } : v)
      .map(({ lang, default: d }) => ({ lang, name: "Voix " + lang, default: !!d, localService: true, voiceURI: lang }));
    window.spoken = []; window.cancels = 0;
    const synth = new EventTarget();
    synth.getVoices = () => voices;
    synth.speak = (u) => window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang });
    synth.cancel = () => { window.cancels++; };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.SpeechSynthesisVoice = function () {};
    voices.forEach((v) => Object.setPrototypeOf(v, window.SpeechSynthesisVoice.prototype));
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ""; this.voice = null; } };
  })();`;
}

const plain = (s) => s.replace(/[\u2068\u2069]/g, "");

test("read-aloud", async (t) => {
  const h = await setup(t);
  const open = async (voices, query = "") => {
    const page = await h.page(null, { viewport: PHONE });
    if (voices) await page.addInitScript(fakeSpeech(voices));
    await page.goto(`${h.servers.bundle}/widget.html?contacts=${encodeURIComponent(h.servers.bundle + "/contacts.json")}${query}`);
    await page.locator(".pw-welcome .pw-primary").click();
    return page;
  };
  const spoken = (page) => page.evaluate(() => window.spoken);
  const heading = (page) => page.locator("h2").last();
  /** « Suivant » (« Oui » on help screens) until the heading reads `until`. */
  const to = async (page, until, T = W) => {
    for (let i = 0; i < 80 && (await heading(page).textContent()).trim() !== until; i++) {
      const before = await heading(page).textContent();
      const help = page.getByRole("button", { name: T["ui-help-oui"], exact: true });
      const target = (await help.count()) ? help : page.getByRole("button", { name: T["ui-next"] });
      await target.click();
      // Nothing chosen: « Suivant » asks once, gently; pressed again, it goes on.
      await page.waitForFunction((b) => [...document.querySelectorAll("h2")].at(-1)?.textContent !== b
        || document.querySelector(".pw-nothing-chosen")?.textContent, before);
      if ((await heading(page).textContent()) === before) {
        await target.click();
        await page.waitForFunction((b) => [...document.querySelectorAll("h2")].at(-1)?.textContent !== b, before);
      }
    }
    assert.equal((await heading(page).textContent()).trim(), until);
  };

  await t.test("no voice at all on the device: no button", async () => {
    const page = await open(null);
    await page.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
    assert.equal(await page.locator(".pw-read").count(), 0);
  });

  await t.test("reads the question and its answers with the French of France; the same button stops", async () => {
    const page = await open(["fr-BE", "fr-CA", "fr-FR", "en-US"]);
    await page.getByRole("button", { name: W["ui-read-aloud"] }).click();
    const said = await spoken(page);
    // The profile, one screen: its title first, then each question with its answers.
    assert.equal(said[0].text, W["profile-title"], "the title first");
    const texts = said.map((u) => u.text);
    const age = texts.indexOf(W["q-profil-age"]);
    assert.ok(age > 0 && texts[age + 1] === W["a-profil-age-moins-16"], JSON.stringify(texts));
    assert.ok(texts.indexOf(W["q-profil-qpv"]) > age && said.at(-1).text === W["ui-no-answer"], JSON.stringify(texts));
    assert.ok(said.every((u) => u.voice === "fr-FR" && u.lang === "fr-FR"), JSON.stringify(said));
    // Pressing again stops, and does not start over.
    const stop = page.getByRole("button", { name: W["ui-read-stop"] });
    await stop.waitFor();
    const before = await page.evaluate(() => window.cancels);
    await stop.click();
    assert.equal(await page.evaluate(() => window.cancels), before + 1, "« Arrêter » cancels");
    assert.equal((await spoken(page)).length, said.length, "and reads nothing more");
    await page.getByRole("button", { name: W["ui-read-aloud"] }).waitFor();
    // Moving on stops the reading too.
    await page.getByRole("button", { name: W["ui-read-aloud"] }).click();
    const n = await page.evaluate(() => window.cancels);
    await page.getByRole("button", { name: W["ui-next"] }).click();
    await page.getByRole("heading", { level: 2, name: W["q-reseau-experience"] }).waitFor();
    assert.ok(await page.evaluate(() => window.cancels) > n, "moving on stops the reading");
  });

  await t.test("the device's default voice for the language comes first", async () => {
    const page = await open(["fr-FR", { lang: "fr-CA", default: true }]);
    await page.getByRole("button", { name: W["ui-read-aloud"] }).click();
    assert.ok((await spoken(page)).every((u) => u.voice === "fr-CA"));
  });

  await t.test("hints are read after the question", async () => {
    const page = await open(["fr-FR"]);
    await to(page, W["q-numerique-demarches"]);
    await page.getByRole("button", { name: W["ui-read-aloud"] }).click();
    const said = (await spoken(page)).map((u) => u.text);
    assert.deepEqual(said.slice(0, 2), [W["q-numerique-demarches"], W["q-numerique-demarches-help"]]);
  });

  await t.test("English with British English; Arabic without a voice: the button stays and says why", async () => {
    const page = await open(["fr-FR", "en-US", "en-GB"]);
    await page.getByRole("combobox", { name: W["ui-language"] }).selectOption("en");
    await page.getByRole("button", { name: EN["ui-read-aloud"] }).click();
    const said = await spoken(page);
    assert.equal(said.at(-1).voice, "en-GB");
    assert.equal(said[0].text, EN["profile-title"]);
    await page.getByRole("combobox", { name: EN["ui-language"] }).selectOption("ar");
    await page.locator(".pw-app[lang=ar]:not([data-pw-first])").waitFor();
    const button = page.getByRole("button", { name: AR["ui-read-aloud"] });
    await button.waitFor();
    assert.equal(await button.getAttribute("aria-disabled"), "true");
    assert.equal(plain(await button.evaluate((b) => b.ownerDocument.getElementById(b.getAttribute("aria-describedby")).textContent)), AR["ui-read-no-voice"]);
    const n = (await spoken(page)).length;
    await button.dispatchEvent("click");
    assert.equal((await spoken(page)).length, n, "nothing is read");
  });

  await t.test("Arabic with the closest Arabic voice", async () => {
    const page = await open(["ar-EG", "ar-SA", "fr-FR"], "&lang=ar");
    await page.getByRole("button", { name: AR["ui-read-aloud"] }).click();
    const said = await spoken(page);
    assert.equal(said[0].text, AR["profile-title"]);
    assert.ok(said.every((u) => u.voice === "ar-SA" && u.lang === "ar-SA"));
  });

  await t.test("an urgent answer: the numbers read first, on the question and on the roadmap, which reads whole", async () => {
    const page = await open(["fr-FR"], "&commune=93901");
    await to(page, W["field-logement"]);
    await choose(page.getByRole("radio", { name: W["a-logement-nuit-dehors"], exact: true }));
    await page.locator(".pw-emergency").waitFor();
    await page.getByRole("button", { name: W["ui-read-aloud"] }).click();
    let said = await spoken(page);
    assert.ok(said[0].text.includes(W["emergency-115"]), `the 115 first: ${said[0].text}`);
    // A field's screen: its title, its introduction, then each question with its answers.
    assert.equal(said[1].text, W["field-logement"]);
    const texts = said.map((u) => u.text);
    const [nuit, risque] = [texts.indexOf(W["q-logement-nuit"]), texts.indexOf(W["q-logement-risque"])];
    assert.ok(nuit > 1 && risque > nuit && texts.indexOf(W["a-logement-nuit-dehors"]) > nuit, JSON.stringify(texts));
    await page.getByRole("button", { name: W["ui-read-stop"] }).click();
    await to(page, W["ui-roadmap-title"]);
    await page.locator(".pw-contact").first().waitFor({ state: "attached" });
    const n = said.length;
    await page.getByRole("button", { name: W["ui-read-aloud"] }).click();
    said = (await spoken(page)).slice(n).map((u) => u.text);
    t.diagnostic(`roadmap read aloud: ${JSON.stringify(said)}`);
    assert.ok(said[0].includes(W["emergency-115"]), "the numbers first");
    assert.ok(said[1].startsWith(W["ui-roadmap-title"]));
    for (const u of said) assert.doesNotMatch(u, /https?:|www\.|mailto:|tel:|\.fr\b|\.org\b/, "no web address read");
    assert.ok(said.some((u) => u.includes(W["ui-contact-web"]) || u.includes(W["ui-contact-call"].split("{")[0])), "the contacts are read");
    assert.ok(!said.join(" ").includes(W["ui-roadmap-link"]), "no dangling « Pour retrouver cette feuille de route : »");
    assert.ok(said.at(-1).startsWith(W["ui-keep-title"]), "it ends on how to keep it");
    assert.doesNotMatch(said.at(-1), /:\s*$/);
  });
});
