// The partners' snippet generator (www/integrer.html, served with the bundle): the form writes the
// embedding snippet of SPEC §3, corrects a pale colour as the widget would, previews the same tag
// live, and the snippet pasted into a partner's page gives a working widget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { setup, openHtml, shell, widgetFrame, quiet, PHONE } from "./harness.mjs";

const AXE = fileURLToPath(new URL("../node_modules/axe-core/axe.min.js", import.meta.url));
const ALL_FIELDS = ["reseau", "savoirs", "numerique", "famille", "mobilite", "logement", "finances", "sante"];

/** WCAG 2.1 contrast of `#rrggbb` against white. */
function contrastWithWhite(hex) {
  const lin = [1, 3, 5].map((i) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2] + 0.05);
}

/** The attributes of a snippet, as {name: value}. */
function attrsOf(snippet) {
  return Object.fromEntries([...snippet.matchAll(/\s(data-[a-z]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

const code = (page) => page.locator("#code").textContent();

/** The preview's widget frame once the preview runs a tag with `expected` attributes. */
async function previewFrame(page, expected) {
  await page.waitForFunction((want) => {
    const s = document.querySelector("#apercu script");
    return s && Object.entries(want).every(([k, v]) => (v === null ? !s.hasAttribute(k) : s.getAttribute(k) === v));
  }, expected);
  await page.locator("#apercu").scrollIntoViewIfNeeded();
  const handle = await page.locator("#apercu div.passerelle iframe").elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForSelector(".pw-app:not([data-pw-first])");
  return frame;
}

test("snippet generator", async (t) => {
  const h = await setup(t);
  const open = (options = {}) => h.page("/integrer.html", { origin: h.servers.bundle, ...options });
  const page = await open({ permissions: ["clipboard-read", "clipboard-write"] });
  let snippet = "";

  await t.test("defaults: the README's snippet, with the bundle's own files", async () => {
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Intégrer Passerelle sur votre site");
    const text = await code(page);
    assert.match(text, new RegExp(`^<script src="${h.servers.bundle}/embed\\.js" defer\\n`));
    assert.match(text, /><\/script>$/);
    assert.deepEqual(attrsOf(text), {
      "data-contacts": `${h.servers.bundle}/contacts.json`, "data-mode": "autonome", "data-lang": "fr",
    });
    // One attribute a line.
    assert.equal(text.split("\n").length, 4);
    assert.ok(await page.getByRole("radio", { name: /iframe/ }).isChecked());
    assert.ok(await page.getByText("vos scripts ne peuvent pas lire les réponses").isVisible());
  });

  await t.test("settings give the snippet; a pale colour is darkened to 4.5:1, visibly", async () => {
    await page.getByRole("radio", { name: "Accompagné" }).check();
    await page.getByRole("checkbox", { name: "Santé et handicap" }).uncheck();
    await page.getByRole("textbox", { name: /Couleur d’accent/ }).fill("#ffcc00");
    await page.getByRole("textbox", { name: /Nom de votre structure/ }).fill("Mairie de Test");
    await page.getByRole("textbox", { name: /Code INSEE/ }).fill("93901");
    snippet = await code(page);
    const a = attrsOf(snippet);
    assert.equal(a["data-mode"], "accompagne");
    assert.deepEqual(a["data-fields"].split(/[\s,]+/), ALL_FIELDS.filter((f) => f !== "sante"));
    assert.equal(a["data-commune"], "93901");
    assert.equal(a["data-partner"], "Mairie de Test");
    assert.equal(a["data-lang"], "fr");
    assert.equal(a["data-contacts"], `${h.servers.bundle}/contacts.json`);
    assert.equal(a["data-integration"], undefined);
    assert.match(a["data-color"], /^#[0-9a-f]{6}$/);
    assert.notEqual(a["data-color"], "#ffcc00");
    const c = contrastWithWhite(a["data-color"]);
    assert.ok(c >= 4.5 && c < 5.1, `${a["data-color"]}: contrast ${c}`);
    const note = page.getByText(`Couleur ajustée pour rester lisible : ${a["data-color"]}`);
    assert.ok(await note.isVisible());
    const shown = (await note.textContent()).match(/contraste (\d+,\d):1 au lieu de (\d+,\d):1/);
    assert.ok(shown, await note.textContent());
    assert.equal(shown[2], "1,5");
    assert.ok(parseFloat(shown[1].replace(",", ".")) >= 4.5);
    // The picker follows the text field.
    assert.equal(await page.locator('input[type="color"]').inputValue(), "#ffcc00");
  });

  await t.test("the preview runs the same tag: one working widget, re-rendered on change", async () => {
    const a = attrsOf(snippet);
    const frame = await previewFrame(page, a);
    assert.ok(await frame.getByRole("heading", { level: 2 }).first().isVisible());
    assert.ok(await frame.getByText("Proposé par Mairie de Test").isVisible());
    const src = new URL(frame.url());
    assert.equal(src.origin, h.servers.bundle);
    assert.equal(src.searchParams.get("mode"), "accompagne");
    assert.equal(src.searchParams.get("color"), a["data-color"]);
    // The widget took the corrected colour as it is: no contrast warning of its own.
    assert.ok(!page.warnings.some((w) => w.includes("data-color")), page.warnings.join("\n"));

    // A change: the old tag and its widget go, a fresh one comes.
    await page.getByRole("textbox", { name: /Nom de votre structure/ }).fill("Mairie de Test 2");
    const again = await previewFrame(page, { "data-partner": "Mairie de Test 2" });
    assert.ok(await again.getByText("Proposé par Mairie de Test 2").isVisible());
    assert.equal(await page.locator("#apercu script").count(), 1);
    assert.equal(await page.locator("#apercu div.passerelle").count(), 1);
    await page.getByRole("textbox", { name: /Nom de votre structure/ }).fill("Mairie de Test");
    assert.equal(await code(page), snippet);
  });

  await t.test("the snippet pasted into a partner's page embeds a working widget", async () => {
    // (An icon, as a real site has: else the browser's /favicon.ico request logs a 404.)
    const partner = await openHtml(h, "/colle.html",
      shell(`<p>Avant le questionnaire.</p>\n${snippet}\n<p>Après.</p>`, '<link rel="icon" href="data:,">'));
    const frame = await widgetFrame(partner);
    assert.equal(new URL(frame.url()).origin, h.servers.bundle);
    assert.notEqual(h.servers.demo, h.servers.bundle);
    assert.ok(await frame.getByRole("heading", { level: 2 }).first().isVisible());
    assert.ok(await frame.getByText("Proposé par Mairie de Test").isVisible());
    assert.ok(!partner.warnings.some((w) => w.includes("Passerelle")), partner.warnings.join("\n"));
    assert.deepEqual(partner.errors, []);
  });

  await t.test("an invalid commune shows an error linked to the field, and is left out", async () => {
    const field = page.getByRole("textbox", { name: /Code INSEE/ });
    for (const bad of ["9390", "9A901", "2C004"]) {
      await field.fill(bad);
      await field.press("Tab");
      const error = page.locator("#commune-erreur");
      assert.ok(await error.isVisible(), bad);
      assert.match(await error.textContent(), /Code INSEE non valable/);
      assert.equal(await field.getAttribute("aria-invalid"), "true");
      assert.ok((await field.getAttribute("aria-describedby")).split(" ").includes("commune-erreur"));
      // What a screen reader says on the field: the hint, then the error.
      const description = await field.evaluate((el) => el.getAttribute("aria-describedby").split(" ")
        .map((id) => document.getElementById(id).textContent).join(" "));
      assert.match(description, /Ce n’est\s+pas le code postal.*Code INSEE non valable/s);
      const text = await code(page);
      assert.ok(!text.includes("data-commune"), text);
    }
    // Corsica, typed in lower case; the error goes as soon as the code is right.
    await field.fill("2a004");
    assert.ok(!(await page.locator("#commune-erreur").isVisible()));
    assert.equal(await field.getAttribute("aria-invalid"), null);
    assert.equal(attrsOf(await code(page))["data-commune"], "2A004");
    await field.fill("93901");
    assert.equal(await code(page), snippet);
  });

  await t.test("other settings: inline, languages, all fields unticked, highlight, copy", async () => {
    await page.getByRole("radio", { name: /inline/ }).check();
    await page.getByRole("combobox", { name: "Langue par défaut" }).selectOption("en");
    await page.getByRole("checkbox", { name: "Arabe" }).uncheck();
    // The default language stays offered.
    assert.ok(await page.getByRole("checkbox", { name: "Anglais" }).isDisabled());
    assert.ok(await page.getByRole("checkbox", { name: "Anglais" }).isChecked());
    await page.getByRole("textbox", { name: /Services à montrer/ }).fill("svc-1, svc-2 svc-1");
    for (const f of ALL_FIELDS) await page.locator(`#field-${f}`).uncheck();
    let a = attrsOf(await code(page));
    assert.equal(a["data-integration"], "inline");
    assert.equal(a["data-lang"], "en");
    assert.equal(a["data-langs"], "fr,en");
    assert.equal(a["data-highlight"], "svc-1 svc-2");
    assert.equal(a["data-fields"], undefined, "no field ticked: the snippet keeps all eight");
    assert.ok(await page.getByText("Choisissez au moins un domaine").isVisible());
    // A partner name with quotes and brackets stays one attribute.
    await page.getByRole("textbox", { name: /Nom de votre structure/ }).fill(`Asso "L'Étoile" <Nord> & Co`);
    a = attrsOf(await code(page));
    assert.equal(a["data-partner"], "Asso &quot;L'Étoile&quot; &lt;Nord&gt; &amp; Co");

    // The preview follows: the widget now mounts inline, in the page's own shadow root.
    await page.waitForFunction(() => document.querySelector("#apercu script")?.getAttribute("data-integration") === "inline");
    await page.locator("#apercu div.passerelle .pw-app:not([data-pw-first])").waitFor();
    assert.equal(await page.locator("#apercu div.passerelle iframe").count(), 0);
    assert.equal(await page.locator("#apercu div.passerelle").count(), 1);

    // A colour right at the edge, where the exact curve and the widget's 16-bit table disagree:
    // the generator darkens until both agree, so the widget keeps it and warns of nothing.
    await page.getByRole("textbox", { name: /Couleur d’accent/ }).fill("#1f8afa");
    const edge = attrsOf(await code(page))["data-color"];
    assert.ok(contrastWithWhite(edge) >= 4.5, edge);
    await page.waitForFunction((c) => document.querySelector("#apercu script")?.getAttribute("data-color") === c, edge);
    // The preview's old widget is removed before the new tag runs, so this is the new one; the
    // widget writes its configuration's warnings before it draws anything (src/web/mod.rs, start).
    await page.locator("#apercu div.passerelle .pw-app:not([data-pw-first])").waitFor();
    assert.ok(!page.warnings.some((w) => w.includes("data-color")), page.warnings.join("\n"));

    await page.getByRole("button", { name: "Copier le code" }).click();
    await page.getByRole("status").filter({ hasText: "Code copié" }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code(page));
  });

  await t.test("no console error on the generator page", async () => {
    // Everything the page asked for has been answered (a failed load logs its error by then).
    await quiet(page);
    assert.deepEqual(page.errors, []);
  });

  await t.test("axe-core: no WCAG 2.0/2.1 A or AA violation, at 1024 px and 320 px", async () => {
    for (const viewport of [{ width: 1024, height: 800 }, { width: 320, height: 640 }]) {
      const p = await open({ viewport });
      await p.getByRole("textbox", { name: /Couleur d’accent/ }).fill("#ffcc00");
      const commune = p.getByRole("textbox", { name: /Code INSEE/ });
      await commune.fill("123");
      await commune.press("Tab");
      await p.locator("#commune-erreur").waitFor();
      await p.addScriptTag({ path: AXE });
      const result = await p.evaluate(() => window.axe.run({ exclude: [["#apercu"]] }, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }));
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      assert.deepEqual(found, [], `${viewport.width} px`);
      // Reflow: nothing wider than the screen.
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `${viewport.width} px: the page is ${width} px wide`);
      assert.deepEqual(p.errors, []);
    }
  });

  await t.test("keyboard: every control is reachable, with a visible focus", async () => {
    const p = await open({ viewport: PHONE });
    const seen = new Set();
    for (let i = 0; i < 40; i++) {
      await p.keyboard.press("Tab");
      const f = await p.evaluate(() => {
        const el = document.activeElement;
        const s = getComputedStyle(el);
        return { id: el.id || el.className, outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 };
      });
      if (f.id === "copier") break;
      if (f.id) seen.add(f.id);
      assert.ok(f.outline, `no visible focus on ${f.id}`);
    }
    for (const id of ["integration-iframe", "mode-autonome", "langue", "field-sante", "commune", "couleur", "couleur-texte", "partenaire"]) {
      assert.ok(seen.has(id), `${id} not reached by Tab: ${[...seen].join(" ")}`);
    }
  });
});
