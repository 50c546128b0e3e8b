// The right help for the situation (issue 13), end to end on a phone: three scenarios of
// content/scenarios.toml in the browser. Sleeping outside: the numbers come into view and are
// announced at once, the next step is the 24/7 line, no papers. Afraid at home: 3919 first,
// « Quitter vite » wipes the device and leaves for a neutral page, the field stays off the link
// and the print. « Presque tout » then « je ne sais pas » (inline): « à voir ensemble », not fine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, widgetFrame, W, run, PHONE, choose } from "./harness.mjs";

const NEUTRAL = "https://www.google.fr/";

/** The roadmap item of a field; `root` is the widget's frame, or its element inline. */
function item(root, field) {
  // `has` is relative to the item: from the frame, or from the page (which sees into the shadow root).
  const scope = typeof root.url === "function" ? root : root.page();
  return root.locator(".pw-result").filter({ has: scope.getByRole("heading", { level: 3, name: W[`field-${field}`], exact: true }) });
}

/** Is the element inside the partner page's viewport? (boxes are in page coordinates, frames included) */
async function inView(page, locator) {
  const box = await locator.boundingBox();
  const vh = page.viewportSize().height;
  assert.ok(box, "no box");
  return box.y >= 0 && box.y + Math.min(box.height, vh) <= vh + 1;
}

/** Goes through the profile and the fields with « Suivant » until the screen asking `question`
 *  (alone, or with the other screening questions of its field) is on show. */
async function reach(root, question) {
  await root.getByRole("button", { name: W["ui-start"] }).click();
  while (!(await root.getByRole("group", { name: W[`q-${question}`], exact: true }).count())) {
    await root.getByRole("button", { name: W["ui-next"] }).click();
  }
}

test("safety", async (t) => {
  const h = await setup(t);

  await t.test("sleeping outside: the numbers in view and announced at once; the 24/7 line, no papers", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    await reach(frame, "logement-nuit");
    await choose(frame.getByRole("radio", { name: W["a-logement-nuit-dehors"] }));
    const call = frame.getByRole("link", { name: W["ui-emergency-call"].replace("{ $number }", "115") });
    await call.waitFor();
    // The loader scrolls the partner page to them.
    let shown = false;
    for (let i = 0; i < 50 && !shown; i++) {
      shown = await inView(page, call);
      if (!shown) await page.waitForTimeout(40);
    }
    assert.ok(shown, "115 is in the phone's view");
    const live = frame.locator('[aria-live="assertive"]');
    assert.match(await live.textContent(), /115/, "announced in the assertive live region");
    // Later screens keep them, right after the question's heading.
    await frame.getByRole("button", { name: W["ui-next"] }).click();
    await frame.getByRole("heading", { level: 2, name: W["ui-detail-title"].replace("{ $field }", W["field-logement"]) }).waitFor();
    assert.ok(await frame.locator(".pw-emergency").isVisible(), "the numbers stay on the next screen");
    await run2(frame);
    const next = await item(frame, "logement").locator(".pw-next").textContent();
    assert.match(next, /Ligne d’urgence/, next);
    assert.ok(!next.includes("À apporter"), `no papers in an emergency: ${next}`);
    assert.deepEqual(page.errors, []);
  });

  await t.test("afraid at home: 3919 first, private, « Quitter vite » wipes and leaves", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.route("https://www.google.fr/**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>Google</title>" }));
    await page.goto(h.servers.demo + "/");
    const frame = await widgetFrame(page);
    await reach(frame, "famille-securite");
    assert.equal(await frame.getByRole("button", { name: W["ui-quit"] }).count(), 0, "no « Quitter vite » before");
    await choose(frame.getByRole("radio", { name: W["a-famille-securite-non"] }));
    const quit = frame.getByRole("button", { name: W["ui-quit"] });
    await quit.waitFor();
    // The numbers at once: the 3919, the 17, and the 114 by SMS, for whoever cannot speak (the
    // aggressor in the room, or deaf): a text-message link, worded as one.
    const numbers = frame.locator(".pw-emergency-list a");
    assert.deepEqual(await numbers.evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent])),
      [["tel:3919", W["ui-emergency-call"].replace("{ $number }", "3919")], ["tel:17", W["ui-emergency-call"].replace("{ $number }", "17")],
        ["sms:114", W["ui-emergency-sms"].replace("{ $number }", "114")]]);
    // Changed back, the answer does not take « Quitter vite » away: whoever is feared is still there.
    const followUp = frame.getByRole("group", { name: W["q-famille-enfant-danger"], exact: true });
    await followUp.waitFor();
    const safe = frame.getByRole("group", { name: W["q-famille-securite"], exact: true });
    await choose(safe.getByRole("radio", { name: W["a-famille-securite-oui"], exact: true }));
    await followUp.waitFor({ state: "detached" });
    assert.ok(await quit.isVisible(), "kept when the safety answer is changed back");
    await choose(safe.getByRole("radio", { name: W["a-famille-securite-non"], exact: true }));
    // The follow-up is asked at once, on the same screen, right below.
    await frame.getByRole("group", { name: W["q-famille-enfant-danger"], exact: true }).waitFor();
    assert.equal(await frame.getByRole("heading", { level: 2 }).last().textContent(), W["field-famille"]);
    await frame.getByRole("button", { name: W["ui-next"] }).click();
    assert.ok(await quit.isVisible(), "on every screen from then on");
    await run2(frame);
    assert.ok(await quit.isVisible(), "on the roadmap");
    const famille = item(frame, "famille");
    const next = await famille.locator(".pw-next").textContent();
    assert.ok(next.indexOf("3919") >= 0 && !next.includes("livret de famille"), next);
    assert.ok((await famille.getAttribute("class")).includes("pw-noprint"), "off the print unless ticked");
    const link = await frame.locator("#pw-link").inputValue();
    await frame.getByRole("button", { name: W["ui-keep-title"] }).click();
    await choose(frame.getByRole("checkbox", { name: W["ui-with-health"] }));
    assert.notEqual(await frame.locator("#pw-link").inputValue(), link, "the link leaves the answer out unless ticked");
    assert.ok(!(await famille.getAttribute("class")).includes("pw-noprint"));
    // Quitter vite: the partner page is replaced by the neutral page…
    await Promise.all([page.waitForURL(NEUTRAL), quit.click()]);
    assert.equal(page.url(), NEUTRAL);
    // …and nothing is left on the device: back on the partner's page, the widget starts afresh.
    await page.goto(h.servers.demo + "/");
    const again = await widgetFrame(page);
    await again.getByRole("button", { name: W["ui-start"] }).waitFor();
    assert.equal(await again.getByRole("button", { name: W["ui-quit"] }).count(), 0);
  });

  await t.test("inline: « presque tout » then « je ne sais pas » is « à voir ensemble », not fine", async () => {
    const page = await h.page("/inline.html", { viewport: PHONE });
    const root = page.locator("div.passerelle");
    await root.locator(".pw-app:not([data-pw-first])").waitFor();
    await run(root, {
      answers: { "savoirs-oral": "presque-tout", "savoirs-lire": "?", "savoirs-ecrire": "?", "savoirs-calcul": "?", "savoirs-diplome": "?" },
      help: { savoirs: "oui" },
    });
    const savoirs = item(root, "savoirs");
    const text = await savoirs.textContent();
    assert.ok(text.includes(W["ui-level-ensemble"]), text);
    assert.ok(!text.includes(W["field-savoirs-ok"]), "never « sans difficulté »");
    assert.ok(text.includes(W["why-ensemble"]), "its contacts say why");
    assert.deepEqual(page.errors, []);
  });

  await t.test("inline: « Quitter vite » replaces the partner's page and wipes the answers", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.route("https://www.google.fr/**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>Google</title>" }));
    await page.goto(h.servers.demo + "/inline.html");
    const root = page.locator("div.passerelle");
    await root.locator(".pw-app:not([data-pw-first])").waitFor();
    await reach(root, "famille-securite");
    await choose(root.getByRole("radio", { name: W["a-famille-securite-non"] }));
    const key = await page.evaluate(() => Object.keys(sessionStorage).length);
    assert.ok(key >= 1, "answers kept on the device until then");
    await Promise.all([page.waitForURL(NEUTRAL), root.getByRole("button", { name: W["ui-quit"] }).click()]);
    await page.goto(h.servers.demo + "/inline.html");
    await page.locator("div.passerelle .pw-app:not([data-pw-first])").waitFor();
    assert.equal(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes("passerelle")).length), 0, "wiped");
    assert.ok(await page.locator("div.passerelle").getByRole("button", { name: W["ui-start"] }).isVisible(), "a fresh start");
  });
});

/** « Suivant » to the roadmap, wanting help with whatever asks. */
async function run2(frame) {
  for (let i = 0; i < 80; i++) {
    const text = (await frame.getByRole("heading", { level: 2 }).last().textContent()).trim();
    if (text === W["ui-roadmap-title"]) {
      await frame.locator(".pw-contact").first().waitFor({ state: "attached" });
      return;
    }
    const yes = frame.getByRole("button", { name: W["ui-help-oui"], exact: true });
    if (await yes.count()) await yes.click();
    else await frame.getByRole("button", { name: W["ui-next"] }).click();
  }
  assert.fail("the roadmap never came");
}
