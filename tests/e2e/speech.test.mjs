// Read-aloud (SPEC §4): the device's own voices read the question and its answers in the
// current language; the button is hidden without a voice; reading stops when the resident
// moves on. Headless Chromium has no voice: a recording stand-in plays the device.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, W, wording, PHONE } from "./harness.mjs";

const EN = wording("en");

/** A speechSynthesis that records, with the given voices. */
function fakeSpeech(langs) {
  return `(() => {
    const voices = ${JSON.stringify(langs)}.map((lang) => ({ lang, name: "Voix " + lang, default: false, localService: true, voiceURI: lang }));
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

test("read-aloud", async (t) => {
  const h = await setup(t);
  const open = async (voices, query = "") => {
    const page = await h.page(null, { viewport: PHONE });
    if (voices) await page.addInitScript(fakeSpeech(voices));
    await page.goto(`${h.servers.bundle}/widget.html?contacts=${encodeURIComponent(h.servers.bundle + "/contacts.json")}${query}`);
    await page.getByRole("button", { name: W["ui-start"] }).click();
    return page;
  };

  await t.test("no voice on the device: no button", async () => {
    const page = await open(null);
    await page.getByRole("heading", { level: 2, name: W["q-profil-age"] }).waitFor();
    assert.equal(await page.getByRole("button", { name: W["ui-read-aloud"] }).count(), 0);
  });

  await t.test("reads the question and its answers in French, stops on the next step", async () => {
    const page = await open(["fr-FR", "en-GB"]);
    await page.getByRole("button", { name: W["ui-read-aloud"] }).click();
    const spoken = await page.evaluate(() => window.spoken);
    assert.equal(spoken.length, 1);
    assert.ok(spoken[0].text.startsWith(W["q-profil-age"]), spoken[0].text);
    assert.ok(spoken[0].text.includes(W["a-profil-age-16-25"]) && spoken[0].text.includes(W["ui-dont-know"]));
    assert.equal(spoken[0].voice, "fr-FR");
    const before = await page.evaluate(() => window.cancels);
    await page.getByRole("button", { name: W["ui-next"] }).click();
    assert.ok(await page.evaluate(() => window.cancels) > before, "moving on stops the reading");
  });

  await t.test("in English with an English voice; hidden in Arabic without an Arabic voice", async () => {
    const page = await open(["fr-FR", "en-GB"]);
    await page.getByRole("combobox", { name: W["ui-language"] }).selectOption("en");
    await page.getByRole("button", { name: EN["ui-read-aloud"] }).click();
    const spoken = await page.evaluate(() => window.spoken);
    assert.equal(spoken.at(-1).voice, "en-GB");
    assert.ok(spoken.at(-1).text.startsWith(EN["q-profil-age"]));
    await page.getByRole("combobox", { name: EN["ui-language"] }).selectOption("ar");
    await page.locator(".pw-app[lang=ar]").waitFor();
    assert.equal(await page.locator(".pw-read").count(), 0);
  });

  await t.test("the roadmap is read too", async () => {
    const page = await open(["fr-FR"]);
    while (!(await page.getByRole("heading", { level: 2, name: W["ui-roadmap-title"] }).count())) {
      const help = page.getByRole("button", { name: W["ui-help-oui"], exact: true });
      if (await help.count()) await help.click();
      else await page.getByRole("button", { name: W["ui-next"] }).click();
    }
    await page.getByRole("button", { name: W["ui-read-aloud"] }).click();
    const spoken = await page.evaluate(() => window.spoken);
    assert.ok(spoken.at(-1).text.startsWith(W["ui-roadmap-title"]));
  });
});
