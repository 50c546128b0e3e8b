// Hand-off (SPEC §6–§7): « Ma feuille de route » printed on one or two A4 pages, taken away as a
// link and a QR code that reopen the same roadmap elsewhere (health only when asked), forged
// links refused without breaking anything, the accompanied mode from the overview to the
// liaison sheet and « Nouvelle personne », and the anonymous count, given once, on consent only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, widgetFrame, openHtml, snippet, shell, W, run, PERSONAS, PHONE, delivered, unfold, choose, QUESTION } from "./harness.mjs";

const PARTNER = "Centre social Les Tilleuls";
// The partner's page has its own icon: no /favicon.ico 404 in the console.
const HEAD = '<link rel="icon" href="data:,">';

/** The full-page widget with the demo contacts, the demo commune and a partner. */
function widgetUrl(h, extra = {}) {
  const q = new URLSearchParams({ contacts: `${h.servers.bundle}/contacts.json`, commune: "93901", partner: PARTNER, ...extra });
  return `${h.servers.bundle}/widget.html?${q}`;
}

/** Waits until the contacts are in (no « Recherche des contacts… » left). */
async function contactsLoaded(frame) {
  await frame.getByRole("heading", { level: 2, name: W["ui-roadmap-title"] }).waitFor();
  await frame.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
}

/** The roadmap as read: each barrier's title, with the titles of its contact cards (folded on
 *  screen or not). */
async function roadmap(frame) {
  await contactsLoaded(frame);
  const items = frame.locator(".pw-roadmap > li");
  const out = [];
  for (let i = 0; i < await items.count(); i++) {
    const item = items.nth(i);
    out.push({
      field: (await item.getByRole("heading", { level: 3 }).textContent()).trim(),
      contacts: (await item.getByRole("article", { includeHidden: true }).getByRole("heading", { level: 4, includeHidden: true }).allTextContents()).map((s) => s.trim()),
    });
  }
  return out;
}

/** Today as the widget writes it: 22/11/2026. */
function today() {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
}

/** The content fingerprint of this build's texts (encoding.rs), read from the first text the widget stores. */
async function fingerprint(h) {
  const probe = await h.page(null);
  await probe.goto(`${h.servers.bundle}/widget.html`);
  await probe.getByRole("button", { name: W["ui-start"] }).click();
  await probe.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
  const stored = await probe.evaluate(() => sessionStorage.getItem(sessionStorage.key(0)));
  await probe.context().close();
  assert.match(stored, /^1[A-Za-z0-9_-]{4}\./, stored);
  return stored.slice(1, 5);
}

/** Pages of a PDF: `/Type /Page` objects, not the `/Type /Pages` tree. */
function pdfPages(bytes) {
  return (Buffer.from(bytes).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

// Awa, who also says she often feels low (but has no dark thoughts): her health field is a barrier.
const AWA_HEALTH = {
  ...PERSONAS.awa,
  answers: { ...PERSONAS.awa.answers, "sante-moral": "souvent", "sante-idees": "non" },
};

// The partner page records the anonymous count: in the page, and across reloads of the tab.
const RECORD = `(() => {
  if (window.top !== window) return;
  window.completed = [];
  document.addEventListener("passerelle:completed", (e) => {
    window.completed.push(e.detail);
    sessionStorage.setItem("completed-total", String(Number(sessionStorage.getItem("completed-total") || 0) + 1));
  });
})();`;

test("hand-off", async (t) => {
  const h = await setup(t);

  await t.test("print: one or two A4 pages, contacts whole, no widget chrome, date and partner", async () => {
    const page = await h.page(null);
    await page.goto(widgetUrl(h));
    await run(page, PERSONAS.awa);
    const map = await roadmap(page);
    assert.ok(map.length >= 1, "a roadmap to print");
    assert.ok(map.some((m) => m.contacts.length > 0), `contacts to print: ${JSON.stringify(map)}`);

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdfPages(pdf);
    assert.ok(pages === 1 || pages === 2, `${pages} A4 pages`);

    await page.emulateMedia({ media: "print" });
    const titles = page.locator(".pw-roadmap").getByRole("article").getByRole("heading", { level: 4, includeHidden: true });
    assert.ok(await titles.count() >= 1);
    for (const title of await titles.all()) {
      assert.ok(await title.isVisible(), `contact «${await title.textContent()}» printed`);
    }
    const buttons = await page.getByRole("button", { includeHidden: true }).all();
    assert.ok(buttons.length > 0);
    for (const b of buttons) assert.ok(!(await b.isVisible()), `button «${(await b.textContent()).trim()}» not printed`);
    assert.ok(await page.getByRole("combobox", { name: W["ui-language"], includeHidden: true }).count() === 1, "a language menu on screen");
    assert.ok(!(await page.getByRole("combobox", { name: W["ui-language"], includeHidden: true }).isVisible()), "language menu not printed");
    assert.equal(await page.getByRole("button", { name: W["ui-clear"], includeHidden: true }).count(), 1);
    assert.ok(!(await page.getByRole("button", { name: W["ui-clear"], includeHidden: true }).isVisible()), "clear button not printed");
    assert.ok(!(await page.getByLabel(W["ui-link-label"]).isVisible()), "link field not printed");

    const head = page.getByText(W["ui-roadmap-date"].replace("{ $date }", today()));
    assert.ok(await head.isVisible(), "the date is printed");
    const by = W["ui-partner"].replace("{ $partner }", PARTNER);
    assert.ok((await head.textContent()).includes(by), "« Proposé par … » is printed with the date");
    assert.deepEqual(page.errors, []);
  });

  await t.test("on a phone, the top holds each wanted field's next step and call button (two screens for three); the rest unfolds on demand, by keyboard too, and is all on paper", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.goto(widgetUrl(h));
    await run(page, PERSONAS.karim);
    await contactsLoaded(page);
    const top = (await page.getByRole("heading", { level: 2, name: W["ui-roadmap-title"] }).boundingBox()).y;
    const items = await page.locator(".pw-roadmap > li").all();
    assert.equal(items.length, 3);
    const call = new RegExp(`^${W["ui-contact-call"].split("{")[0]}`);
    for (const item of items) {
      const field = (await item.getByRole("heading", { level: 3 }).textContent()).trim();
      const button = item.locator(".pw-next").getByRole("link", { name: call });
      assert.ok(await button.isVisible(), `${field}: a call button in its next step`);
      assert.match(await button.getAttribute("href"), /^tel:/);
      const box = await button.boundingBox();
      assert.ok(box.y + box.height - top <= 2 * PHONE.height, `${field}: its call button ends ${Math.round(box.y + box.height - top)} px below the heading`);
      assert.equal(await item.getByRole("article").count(), 0, `${field}: its contact cards are folded`);
      assert.ok(await item.locator("article").count() >= 1, `${field}: its contact cards are there`);
      // A disclosure button: named with its field, it says whether it is open, and what it opens.
      const more = item.getByRole("button", { name: new RegExp(`${field}$`) });
      assert.equal(await more.getAttribute("aria-expanded"), "false");
      const region = item.locator(`#${await more.getAttribute("aria-controls")}`);
      assert.ok(!(await region.isVisible()));
      await more.focus();
      await page.keyboard.press("Enter");
      assert.equal(await more.getAttribute("aria-expanded"), "true");
      assert.ok(await region.isVisible() && (await region.getByRole("article").count()) >= 1, `${field}: Enter unfolds its contacts`);
      assert.ok(await region.locator(".pw-level-text").isVisible(), `${field}: and what the widget says of it`);
      await page.keyboard.press("Space");
      assert.equal(await more.getAttribute("aria-expanded"), "false", `${field}: Space folds it again`);
      assert.ok(await more.evaluate((b) => b === document.activeElement), "focus stays on the button");
    }
    // The take-away unfolds from its heading.
    const keep = page.getByRole("heading", { level: 3, name: W["ui-keep-title"] }).getByRole("button");
    assert.equal(await keep.getAttribute("aria-expanded"), "false");
    assert.ok(!(await page.getByRole("button", { name: W["ui-print"] }).isVisible()));
    await keep.click();
    assert.ok(await page.getByRole("button", { name: W["ui-print"] }).isVisible());
    await keep.click();
    // Paper: everything folded on screen is printed.
    await page.emulateMedia({ media: "print" });
    for (const item of items) {
      for (const card of await item.locator("article").all()) assert.ok(await card.isVisible(), "every card on paper");
      assert.ok(await item.locator(".pw-level-text").isVisible(), "each field's sentence on paper");
      // What the service itself asks for (its conditions_acces), where it says so (issue 21).
      for (const bring of await item.locator(".pw-next-bring").all()) assert.ok(await bring.isVisible(), "what to bring on paper");
    }
    assert.deepEqual(page.errors, []);
  });

  await t.test("print: a three-barrier roadmap (karim) also fits on two A4 pages", async () => {
    // README: « Imprimer » prints it on one or two A4 pages.
    const page = await h.page(null);
    await page.goto(widgetUrl(h));
    await run(page, PERSONAS.karim);
    const map = await roadmap(page);
    assert.equal(map.length, 3, JSON.stringify(map));
    const pages = pdfPages(await page.pdf({ format: "A4", printBackground: true }));
    assert.ok(pages === 1 || pages === 2, `${pages} A4 pages for ${map.length} barriers and ${map.flatMap((m) => m.contacts).length} contacts`);
  });

  await t.test("print: every card keeps its phone number, address and hours; never « open now »; the link and its QR", async () => {
    for (const [name, persona] of Object.entries(PERSONAS)) {
      const page = await h.page(null);
      await page.goto(widgetUrl(h));
      await run(page, persona);
      await contactsLoaded(page);
      await page.emulateMedia({ media: "print" });
      const cards = await page.locator(".pw-roadmap article.pw-contact").all();
      for (const card of cards) {
        const printed = await card.evaluate((el) => el.innerText);
        const tel = await card.locator('a[href^="tel:"]').first();
        if (await tel.count()) {
          const digits = (await tel.getAttribute("href")).slice(4);
          assert.ok(printed.replace(/[^0-9+]/g, "").includes(digits), `${name}: the number ${digits} is on paper:\n${printed}`);
        }
        const address = card.locator(".pw-address");
        if (await address.count()) assert.ok(await address.isVisible(), `${name}: the address is on paper`);
        if (await card.locator(".pw-week-print").count()) assert.ok(await card.locator(".pw-week-print").isVisible());
      }
      // Every wording is filled in, shown or folded: no placeholder left (« { $week } »).
      const screen = await page.locator(".pw-results").evaluate((el) => el.textContent);
      assert.ok(!/\{\s*\$/.test(screen), `${name}: a placeholder left:\n${screen.match(/.{0,40}\{\s*\$.{0,20}/)}`);
      const paper = await page.locator(".pw-results").evaluate((el) => el.innerText);
      const openNow = W["ui-open-until"].split("{")[0].trim();
      assert.ok(!paper.includes(openNow), `${name}: paper never says « ${openNow} »`);
      const closedNow = W["ui-opens"].split(".")[0].trim();
      assert.ok(!paper.includes(closedNow), `${name}: paper never says « ${closedNow} »`);
      if (cards.length) {
        const keep = page.locator(".pw-print-keep");
        assert.ok(await keep.isVisible(), `${name}: how to find the roadmap again is printed`);
        assert.match(await keep.innerText(), /widget\.html\?.*#r=/, `${name}: the link is printed`);
        assert.ok(await keep.locator("svg.pw-qr-print").isVisible(), `${name}: the QR code is printed`);
        const pages = pdfPages(await page.pdf({ format: "A4", printBackground: true }));
        assert.ok(pages === 1 || pages === 2, `${name}: ${pages} A4 pages`);
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  await t.test("« Copier le texte » works in the iframe; where the browser refuses, the text is shown selected", async () => {
    const html = shell(snippet('data-commune="93901"'), HEAD);
    const page = await openHtml(h, "/copy-frame.html", html, { permissions: ["clipboard-read", "clipboard-write"] });
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.karim);
    await contactsLoaded(frame);
    await frame.getByRole("button", { name: W["ui-keep-title"] }).click();
    await frame.getByRole("button", { name: W["ui-copy"] }).click();
    await frame.getByText(W["ui-copied"]).waitFor();
    // Read back from the partner page, which the test allowed to read the clipboard.
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, new RegExp(W["ui-roadmap-title"]));
    assert.match(copied, /widget\.html\?.*#r=/);

    // A browser that refuses: the same text, selected, with a message saying what to do.
    const refuse = `(() => { if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError")); })();`;
    const other = await openHtml(h, "/copy-refused.html", html, { init: refuse });
    const f2 = await widgetFrame(other);
    await run(f2, PERSONAS.karim);
    await contactsLoaded(f2);
    await f2.getByRole("button", { name: W["ui-keep-title"] }).click();
    await f2.getByRole("button", { name: W["ui-copy"] }).click();
    await f2.getByText(W["ui-copy-select"]).waitFor();
    const area = f2.getByLabel(W["ui-copy-text-label"]);
    assert.match(await area.inputValue(), new RegExp(W["ui-roadmap-title"]));
    const selected = await area.evaluate((el) => el === document.activeElement && el.selectionEnd - el.selectionStart === el.value.length);
    assert.ok(selected, "the whole text is selected, ready to copy");
    assert.deepEqual([...page.errors, ...other.errors], []);
  });

  await t.test("take-away link: the same roadmap in a fresh browser, fragment removed, a QR code", async () => {
    const page = await h.page(null);
    await page.goto(widgetUrl(h));
    await run(page, PERSONAS.awa);
    const before = await roadmap(page);
    assert.ok(before.length >= 1 && before.some((m) => m.contacts.length > 0), JSON.stringify(before));
    const link = await page.getByLabel(W["ui-link-label"]).inputValue();
    assert.ok(link.startsWith(`${h.servers.bundle}/widget.html?`), link);
    assert.match(link, /#r=/);
    await page.getByRole("button", { name: W["ui-keep-title"] }).click();
    await page.getByRole("img", { name: W["ui-qr-label"] }).waitFor(); // a QR code of the link, drawn in a task of its own
    // The health box is offered only to those who answered about health.
    assert.equal(await page.getByLabel(W["ui-with-health"]).count(), 0);

    // Another person's browser: nothing in storage, only the link.
    const other = await h.page(null);
    await other.goto(link);
    const after = await roadmap(other);
    assert.deepEqual(after, before, "same barriers in the same order, same contacts");
    assert.equal(await other.evaluate(() => location.hash), "", "answers gone from the address bar");
    assert.ok(!other.url().includes("#r="), other.url());
    await other.getByRole("button", { name: W["ui-keep-title"] }).click();
    await other.getByRole("img", { name: W["ui-qr-label"] }).waitFor();
    assert.deepEqual(page.errors, []);
    assert.deepEqual(other.errors, []);
    await page.context().close();
    await other.context().close();
  });

  await t.test("take-away link: no health answers unless the resident ticks the box", async () => {
    const page = await h.page(null);
    await page.goto(widgetUrl(h));
    await run(page, AWA_HEALTH);
    await contactsLoaded(page);
    const health = W["field-sante-frein"];
    await unfold(page);
    assert.ok(await page.getByText(health).isVisible(), "the resident sees her own health result");
    const field = page.getByLabel(W["ui-link-label"]);
    const without = await field.inputValue();

    const reopened = await h.page(null);
    await reopened.goto(without);
    await contactsLoaded(reopened);
    assert.equal(await reopened.getByText(health).count(), 0, "the default link carries no health answer");

    await choose(page.getByLabel(W["ui-with-health"]));
    const withHealth = await field.inputValue();
    assert.notEqual(withHealth, without, "the link changes with the box");
    // The new link's QR code, encoded in a task of its own (src/ui/keep.rs): never the old one meanwhile.
    await page.getByRole("img", { name: W["ui-qr-label"] }).waitFor();

    const again = await h.page(null);
    await again.goto(withHealth);
    await contactsLoaded(again);
    await unfold(again);
    assert.ok(await again.getByText(health).isVisible(), "the health result comes back with the box ticked");
    for (const p of [page, reopened, again]) assert.deepEqual(p.errors, []);
    for (const p of [page, reopened, again]) await p.context().close();
  });

  await t.test("forged links: « lien abîmé », the welcome screen works, no error", async () => {
    const fp = await fingerprint(h);
    const wrong = fp === "AAAA" ? "BBBB" : "AAAA";

    const garbage = Array.from({ length: 120 }, (_, i) => "%" + ((i * 73 + 41) % 256).toString(16).padStart(2, "0").toUpperCase()).join("");
    const forged = {
      "random bytes": garbage,
      "wrong version": "2ABCD.r..AAAAAAAA..A.",
      "wrong fingerprint": `1${wrong}.r..AAAAAAAA..A.`,
      "oversized": "1" + "A".repeat(4999),
    };
    for (const [what, fragment] of Object.entries(forged)) {
      const page = await h.page(null);
      await page.goto(`${h.servers.bundle}/widget.html#r=${fragment}`);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.equal((await alert.textContent()).trim(), W["ui-link-broken"], what);
      assert.equal(await page.evaluate(() => location.hash), "", `${what}: fragment removed`);
      await page.getByRole("button", { name: W["ui-start"] }).click();
      await page.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
      assert.equal(await page.getByRole("alert").count(), 0, `${what}: the notice goes with the welcome screen`);
      assert.deepEqual(page.errors, [], what);
      await page.context().close();
    }
  });

  await t.test("a forged link cannot bring counsellor notes or the accompanied mode", async () => {
    // Well-formed, right version and fingerprint, but with what only this device's storage holds:
    // the accompanied flag and a « note » for the first field. README: « a link never carries them ».
    const fp = await fingerprint(h);
    const lure = "Appelez le 08 99 00 00 00 pour garder votre RSA";
    const notes = [lure.replace(/[^A-Za-z0-9]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")), "", "", "", "", "", "", ""];
    const page = await h.page(null);
    await page.goto(`${widgetUrl(h)}#r=1${fp}.r..AAAAAAAA..B.${notes.join("~")}`);
    // The link is read before the first screen is drawn: that screen is what the link gives.
    await page.locator(".pw-app:not([data-pw-first])").waitFor();
    assert.equal(await page.getByText(lure).count(), 0, "a stranger's text shown as « Note : … » on the resident's roadmap");
    assert.equal(await page.getByRole("button", { name: W["ui-new-person"] }).count(), 0, "the link switched the device to the accompanied mode");
    assert.deepEqual(page.errors, []);
  });

  await t.test("accompanied mode: overview, notes, liaison sheet, « Nouvelle personne »", async () => {
    const page = await openHtml(h, "/accompagne.html",
      shell(snippet('data-mode="accompagne" data-contacts="%BUNDLE%/contacts.json" data-commune="93901"'), HEAD));
    const frame = await widgetFrame(page);
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    // The profile: a parent raising children alone, in a QPV.
    const profile = { "profil-age": "26-49", "profil-enfants": "oui", "profil-seul": "oui", "profil-suivi": "non", "profil-qpv": "oui" };
    // One screen, each question a group named by its wording.
    await frame.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
    for (const [q, a] of Object.entries(profile)) {
      await choose(frame.getByRole("group", { name: W[`q-${q}`], exact: true }).getByRole("radio", { name: W[`a-${q}-${a}`], exact: true }));
    }
    await frame.getByRole("button", { name: W["ui-next"] }).click();
    // The profile leads on to the first field (issue 22); « Retour » gives the overview.
    await frame.getByRole("heading", { level: 2, name: W["field-reseau"], exact: true }).waitFor();
    await frame.getByRole("button", { name: W["ui-back"] }).click();
    const overview = frame.getByRole("heading", { level: 2, name: W["ui-overview-title"] });
    await overview.waitFor();
    const starts = frame.getByRole("button", { name: new RegExp(`^${W["ui-overview-start"]} : `) });
    assert.equal(await starts.count(), 8, "8 field cards, none started");
    assert.equal(await frame.getByRole("heading", { level: 3 }).count(), 8);

    /** Opens a field from the overview: one screen with all its questions (issue 22); answers,
     *  says "Oui" to help, and goes back to the overview from the next field the widget leads on to. */
    async function field(id, answers) {
      const name = W[`field-${id}`];
      await frame.getByRole("button", { name: `${W["ui-overview-start"]} : ${name}` }).click();
      await frame.getByRole("heading", { level: 2, name, exact: true }).waitFor();
      for (const [q, a] of Object.entries(answers)) {
        await choose(frame.getByRole("group", { name: W[`q-${q}`], exact: true }).getByRole("radio", { name: W[`a-${q}-${a}`], exact: true }));
      }
      await frame.getByRole("button", { name: W["ui-next"] }).click();
      // Its help screen (it bears the field's name too), the answers signalling something.
      const yes = frame.getByRole("button", { name: W["ui-help-oui"], exact: true });
      await yes.click();
      await frame.waitForFunction((t) => !document.querySelector(".pw-help") && document.querySelector("h2.pw-title")?.textContent.trim() !== t, name);
      if (!(await overview.count())) await frame.getByRole("button", { name: W["ui-back"] }).click();
      await overview.waitFor();
    }
    await field("famille", { "famille-garde": "aucune", "famille-horaires": "non", "famille-aidant": "non", "famille-securite": "oui" });
    await overview.waitFor();
    assert.equal(await starts.count(), 7, "famille answered");
    assert.ok(await frame.getByRole("button", { name: `${W["ui-overview-edit"]} : ${W["field-famille"]}` }).isVisible());
    // Professional-only services in the demo data: childcare places (famille), driving school (mobilite).
    await field("mobilite", { "mobilite-permis": "non" });

    const note = "Dossier de crèche à compléter avec la CAF, rappeler lundi.";
    assert.equal(await frame.getByLabel(W["ui-note-label"]).count(), 8);
    await frame.locator("#pw-note-famille").fill(note);
    await choose(frame.getByRole("checkbox", { name: W["ui-assisted"] }));
    assert.equal(await frame.locator("#pw-note-famille").inputValue(), note, "the note stays");
    await frame.getByRole("button", { name: W["ui-overview-results"] }).click();
    await contactsLoaded(frame);

    const pro = frame.getByText(W["ui-contact-professional"], { exact: true });
    assert.ok(await pro.count() >= 1, "a professional-only service, to ask the counsellor");
    await page.emulateMedia({ media: "print" });
    assert.ok(await frame.getByText(note).isVisible(), "the note is on the liaison sheet");
    assert.ok(await frame.getByText(W["ui-liaison-assisted"]).isVisible(), "« Répondu avec l'aide d'un professionnel »");
    assert.ok(await frame.getByText(W["ui-liaison-title"]).isVisible());
    await page.emulateMedia({ media: "screen" });

    await frame.getByRole("button", { name: W["ui-new-person"] }).click();
    await frame.getByRole("button", { name: W["ui-new-person-yes"] }).click();
    await frame.getByRole("heading", { level: 2, name: W["ui-welcome-title"] }).waitFor();
    assert.ok(await frame.getByRole("button", { name: W["ui-start"] }).isVisible());
    assert.equal(await frame.evaluate(() => sessionStorage.length), 0);
    assert.equal(await frame.evaluate(() => localStorage.length), 0);
    assert.equal(await frame.evaluate(() => document.cookie), "");
    assert.equal(await frame.getByText(note).count(), 0);
    assert.deepEqual(page.errors, []);
  });

  // Karim, who also says he only has a carte Vitale: a health level exists, and must not be counted.
  const KARIM = { ...PERSONAS.karim, answers: { ...PERSONAS.karim.answers, "sante-gene": "un-peu", "sante-couverture": "carte-vitale" } };
  const ANSWER_IDS = ["16-25", "jamais", "aucun", "parents", "carte-vitale", "profil-age", "reseau-experience"];

  await t.test("anonymous count: on consent only, levels only, once per session", async () => {
    const page = await openHtml(h, "/compter.html",
      shell(snippet('data-contacts="%BUNDLE%/contacts.json" data-commune="93901"'), HEAD), { init: RECORD });
    let frame = await widgetFrame(page);
    await run(frame, KARIM);
    await contactsLoaded(frame);
    assert.ok(await frame.getByText(W["field-sante-a_voir"]).count() >= 1, "a health level to leave out");
    await delivered(page, frame);
    assert.deepEqual(await page.evaluate(() => window.completed), [], "nothing counted without consent");

    await choose(frame.getByRole("checkbox", { name: W["ui-consent"] }));
    await page.waitForFunction(() => window.completed.length > 0);
    await delivered(page, frame);
    const events = await page.evaluate(() => window.completed);
    assert.equal(events.length, 1);
    const detail = events[0];
    assert.deepEqual(Object.keys(detail).sort(), ["fields", "lang", "mode", "partner"]);
    assert.equal(detail.mode, "autonome");
    assert.equal(detail.lang, "fr");
    assert.equal(detail.partner, PARTNER);
    assert.ok(Object.keys(detail.fields).length >= 1);
    for (const [f, level] of Object.entries(detail.fields)) {
      assert.ok(W[`field-${f}`], `a field id: ${f}`);
      assert.ok(["ok", "a_voir", "frein", "urgent"].includes(level), `${f}: ${level}`);
    }
    assert.ok(!("sante" in detail.fields), "never health");
    for (const [f, level] of Object.entries(KARIM.expect)) assert.equal(detail.fields[f], level, f);
    const json = JSON.stringify(detail);
    for (const id of ANSWER_IDS) assert.ok(!json.includes(id), `no answer «${id}» in ${json}`);
    assert.ok(await frame.getByText(W["ui-consent-done"]).isVisible());

    // Reloaded: back at the results, already counted, nothing sent again.
    await page.reload();
    frame = await widgetFrame(page);
    await contactsLoaded(frame);
    const box = frame.getByRole("checkbox", { name: W["ui-consent"] });
    assert.ok(await box.isChecked(), "still checked");
    assert.ok(await box.isDisabled(), "cannot be given twice");
    await delivered(page, frame);
    assert.deepEqual(await page.evaluate(() => window.completed), []);
    assert.equal(await page.evaluate(() => sessionStorage.getItem("completed-total")), "1", "one count in the whole session");
    assert.deepEqual(page.errors, []);
  });

  await t.test("anonymous count: the same levels to the partner's Matomo, never health", async () => {
    const page = await openHtml(h, "/matomo.html",
      shell(snippet('data-matomo data-contacts="%BUNDLE%/contacts.json" data-commune="93901"'), HEAD),
      { init: `${RECORD}; if (window.top === window) window._paq = [];` });
    const frame = await widgetFrame(page);
    await run(frame, KARIM);
    await contactsLoaded(frame);
    await delivered(page, frame);
    assert.deepEqual(await page.evaluate(() => window._paq), [], "nothing to Matomo without consent");
    await choose(frame.getByRole("checkbox", { name: W["ui-consent"] }));
    await page.waitForFunction(() => window.completed.length > 0);
    const [detail] = await page.evaluate(() => window.completed);
    const paq = await page.evaluate(() => window._paq);
    const expected = Object.entries(detail.fields).map(([f, l]) => ["trackEvent", "Passerelle", f, l]);
    assert.ok(expected.length >= 1);
    assert.deepEqual(paq.filter((e) => e[0] === "trackEvent").sort(), expected.sort());
    assert.ok(!paq.some((e) => e.includes("sante")), JSON.stringify(paq));
    assert.deepEqual(page.errors, []);
  });
});
