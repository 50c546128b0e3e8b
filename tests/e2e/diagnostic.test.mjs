// A resident's path (SPEC §4, §8), driven only by accessible roles and names, as a screen
// reader user would: the three personas of domain.md §2 run to their results in the demo
// page's iframe, on a phone-sized screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, widgetFrame, W, run, results, levelOf, still, delivered, gainsFocus, PHONE, PERSONAS, choose } from "./harness.mjs";

test("diagnostic", async (t) => {
  const h = await setup(t);
  const screens = {};

  for (const [name, persona] of Object.entries(PERSONAS)) {
    await t.test(`persona ${name} reaches the expected results`, async () => {
      const page = await h.page("/", { viewport: PHONE });
      const frame = await widgetFrame(page);
      screens[name] = await run(frame, persona);
      const rows = await results(frame);
      assert.equal(rows.length, 8);
      for (const [field, level] of Object.entries(persona.expect)) assert.equal(levelOf(rows, field), level, field);
      if (persona.first) assert.equal(rows[0][0], W[`field-${persona.first}`]);
      for (const f of persona.skipped ?? []) {
        assert.equal(rows.find(([title]) => title === W[`field-${f}`])[1], W["ui-results-skipped"]);
      }
      // Nothing scrolls sideways on a phone.
      assert.ok(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
      assert.deepEqual(page.errors, []);
    });
  }

  await t.test("an urgent answer shows the emergency numbers at once, and the flow goes on", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    // Straight to housing: profile and earlier fields passed with "Suivant" (twice where it asks).
    while ((await frame.getByRole("heading", { level: 2 }).last().textContent()) !== W["field-logement"]) {
      await frame.getByRole("button", { name: W["ui-next"] }).click();
    }
    // Where one sleeps and losing it, on one screen.
    await frame.getByRole("group", { name: W["q-logement-risque"] }).waitFor();
    await choose(frame.getByRole("radio", { name: W["a-logement-nuit-dehors"] }));
    const call = frame.getByRole("link", { name: W["ui-emergency-call"].replace("{ $number }", "115") });
    assert.equal(await call.getAttribute("href"), "tel:115");
    await frame.getByRole("button", { name: W["ui-next"] }).click();
    assert.equal(await frame.getByRole("heading", { level: 2 }).last().textContent(),
      W["ui-detail-title"].replace("{ $field }", W["field-logement"]), "then the field's detail");
    assert.ok(await call.isVisible(), "the numbers stay while the resident goes on");
  });

  await t.test("data-fields limits the fields asked", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.goto(`${h.servers.bundle}/widget.html?fields=mobilite,logement`);
    await run(page, {});
    const rows = await results(page);
    assert.deepEqual(rows.map(([title]) => title), [W["field-mobilite"], W["field-logement"]]);
  });

  await t.test("keyboard only: the whole diagnostic, focus on each new question", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    // Nothing is focused inside the widget on load.
    assert.equal(await frame.evaluate(() => document.activeElement === document.body), true);
    await frame.getByRole("button", { name: W["ui-start"] }).focus();
    await page.keyboard.press("Enter");
    let steps = 0;
    let before = W["ui-welcome-title"];
    for (;;) {
      // A key press renders the next screen in a later task: wait for its heading before looking at focus.
      await frame.waitForFunction((b) => {
        const hs = document.querySelectorAll(".pw-screen h2");
        return hs.length && hs[hs.length - 1].textContent.trim() !== b;
      }, before);
      await gainsFocus(frame.locator(".pw-screen h2").last());
      const focused = await frame.evaluate(() => {
        const a = document.activeElement;
        return { tag: a.tagName, text: a.textContent.trim(), outline: getComputedStyle(a).outlineStyle };
      });
      const title = (await frame.getByRole("heading", { level: 2 }).last().textContent()).trim();
      if (title === W["ui-roadmap-title"]) {
        assert.equal(focused.text, title, "focus on the results heading");
        break;
      }
      assert.equal(focused.tag, "H2", `focus on the new heading (${title}), not ${focused.tag}`);
      assert.equal(focused.text, title);
      before = title;
      const groups = () => frame.locator(".pw-question fieldset.pw-fieldset").count();
      if (await groups()) {
        // Each group of answers (one, or several on the profile and on a field's screen): Tab to
        // its first answer and choose it with Space; then Enter submits ("Suivant").
        for (let g = 0; g < await groups(); g++) {
          for (let i = 0; ; i++) {
            assert.ok(i < 30, `Tab never reaches group ${g} of « ${title} »`);
            await page.keyboard.press("Tab");
            const at = await frame.evaluate(() => {
              const a = document.activeElement;
              const set = a.closest("fieldset.pw-fieldset");
              return set ? [...document.querySelectorAll(".pw-question fieldset.pw-fieldset")].indexOf(set) : -1;
            });
            if (at === g) break;
          }
          const inField = await frame.evaluate(() => {
            const a = document.activeElement;
            return { type: a.type, ring: getComputedStyle(a.nextElementSibling || a).outlineStyle };
          });
          assert.ok(["radio", "checkbox"].includes(inField.type), `Tab reaches an answer (${inField.type})`);
          assert.notEqual(inField.ring, "none", "visible focus");
          await page.keyboard.press("Space");
        }
        await page.keyboard.press("Enter");
      } else {
        await page.keyboard.press("Tab");
        await page.keyboard.press("Enter");
      }
      steps++;
      assert.ok(steps < 80);
    }
  });

  await t.test("a reload resumes at the same question with every answer", async () => {
    const page = await h.page("/", { viewport: PHONE });
    let frame = await widgetFrame(page);
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    // The profile is one screen; then the first screening question.
    await choose(frame.getByRole("radio", { name: W["a-profil-age-26-49"] }));
    await choose(frame.getByRole("group", { name: W["q-profil-enfants"] }).getByRole("radio", { name: W["a-profil-enfants-oui"] }));
    await frame.getByRole("button", { name: W["ui-next"] }).click();
    await choose(frame.getByRole("radio", { name: W["a-reseau-experience-recent"] }));
    await page.reload();
    frame = await widgetFrame(page);
    await frame.getByRole("heading", { name: W["q-reseau-experience"] }).waitFor();
    assert.ok(await frame.getByRole("radio", { name: W["a-reseau-experience-recent"] }).isChecked());
    assert.equal(await frame.evaluate(() => document.activeElement === document.body), true, "no focus stolen on reload");
    await still(page);
    await frame.getByRole("button", { name: W["ui-back"] }).click();
    assert.ok(await frame.getByRole("radio", { name: W["a-profil-age-26-49"] }).isChecked());
    assert.ok(await frame.getByRole("group", { name: W["q-profil-enfants"] }).getByRole("radio", { name: W["a-profil-enfants-oui"] }).isChecked());
  });

  await t.test("a reload on a field's screen resumes there, with each of its answers", async () => {
    const page = await h.page("/", { viewport: PHONE });
    let frame = await widgetFrame(page);
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    while ((await frame.getByRole("heading", { level: 2 }).last().textContent()) !== W["field-logement"]) {
      await frame.getByRole("button", { name: W["ui-next"] }).click();
    }
    await choose(frame.getByRole("radio", { name: W["a-logement-nuit-parents"] }));
    await choose(frame.getByRole("group", { name: W["q-logement-risque"] }).getByRole("checkbox", { name: W["a-logement-risque-non"] }));
    await page.reload();
    frame = await widgetFrame(page);
    await frame.getByRole("heading", { level: 2, name: W["field-logement"] }).waitFor();
    assert.ok(await frame.getByRole("radio", { name: W["a-logement-nuit-parents"] }).isChecked());
    assert.ok(await frame.getByRole("group", { name: W["q-logement-risque"] }).getByRole("checkbox", { name: W["a-logement-risque-non"] }).isChecked());
    // The bar stands where it stood: the profile, then two places a field (screening, detail).
    assert.deepEqual(await frame.locator(".pw-pass-bar").evaluate((b) => [b.value, b.max]), [12, 17]);
  });

  await t.test("« Effacer mes réponses » asks, then leaves storage empty and starts again", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    await choose(frame.getByRole("radio", { name: W["a-profil-age-16-25"] }));
    assert.ok(await frame.evaluate(() => sessionStorage.length) > 0);
    // Each tap once the partner's page stands still: the frame grows and shrinks with the question.
    const tap = async (name) => { await still(page); await frame.getByRole("button", { name }).click(); };
    await tap(W["ui-clear"]);
    // Cancelling keeps everything.
    await tap(W["ui-clear-no"]);
    assert.ok(await frame.getByRole("radio", { name: W["a-profil-age-16-25"] }).isChecked());
    await tap(W["ui-clear"]);
    await tap(W["ui-clear-yes"]);
    await frame.getByRole("button", { name: W["ui-start"] }).waitFor();
    assert.equal(await frame.evaluate(() => sessionStorage.length), 0);
    assert.equal(await frame.evaluate(() => document.cookie), "");
    // Said on the welcome, and announced; gone at the next step.
    assert.equal(await frame.locator(".pw-welcome .pw-notice").textContent(), W["ui-cleared"]);
    assert.equal(await frame.locator("[aria-live=assertive]").textContent(), W["ui-cleared"]);
    await tap(W["ui-start"]);
    await frame.getByRole("radio", { name: W["a-profil-age-16-25"] }).waitFor();
    assert.equal(await frame.locator(".pw-notice").count(), 0);
    assert.notEqual(await frame.locator("[aria-live=assertive]").textContent(), W["ui-cleared"]);
  });

  await t.test("« Non » to « Effacer ? » right after a new step leaves the page under the resident's finger", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    await frame.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
    // At once, down at the foot of the new step (the loader brings a step's heading back into view
    // when the frame shrinks just after it): « Effacer mes réponses », then « Non ». The frame
    // shrinks again; that is not the step's own resize.
    const clear = frame.getByRole("button", { name: W["ui-clear"] });
    await clear.click();
    await frame.getByRole("button", { name: W["ui-clear-no"] }).click();
    await delivered(page, frame);
    await page.waitForTimeout(1000);
    const box = await clear.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `« Effacer » moved out of view, to ${JSON.stringify(box)}`);
  });

  t.after(() => {
    const counts = Object.values(screens).sort((a, b) => a - b);
    if (counts.length) console.log(`# screens per persona: ${JSON.stringify(screens)}; median ${counts[Math.floor(counts.length / 2)]}`);
  });
});
