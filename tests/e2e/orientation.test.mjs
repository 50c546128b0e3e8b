// Orientation a professional would sign (issue 21), end to end: five situations of a QPV on the
// demo territory, alone on a 360 px phone in the demo page's iframe. The facts that decide the
// route are asked on the screening screens; the first contact of each field is the one the
// referential names (content/matching.toml); what does not fit the person never shows; no field
// reads « sans difficulté » against the facts; the roadmap's top fits two phone screens. The
// newcomer then marks childcare and French « le plus important pour moi »: they lead. A resident who
// marks nothing, with an eviction hearing next month, sees housing and money first. Someone with
// nothing to eat on a Saturday night gets food first, by who opens first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, widgetFrame, openHtml, snippet, shell, choose, W, run, markImportant, NEWCOMER, PHONE } from "./harness.mjs";

const demo = JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(new URL("../../content/contacts/demo.json", import.meta.url), "utf8")));
const title = (id) => demo.services.find((s) => s.id === id).nom;

const SITUATIONS = {
  "19, no diploma, no licence, wants a job fast": {
    answers: {
      "profil-age": "16-25", "profil-enfants": "non", "profil-qpv": "oui", "reseau-experience": "jamais",
      "savoirs-oral": "tout", "savoirs-lire": "seul", "savoirs-diplome": "aucun", "numerique-demarches": "seul",
      "famille-aidant": "non", "famille-securite": "oui", "mobilite-transports": "facile", "mobilite-permis": "non",
      "mobilite-vehicule": "aucun", "logement-nuit": "parents", "logement-risque": "non", "finances-essentiel": "difficile",
      "sante-gene": "non", "sante-moral": "rarement", "sante-reconnaissance": "non",
    },
    first: { reseau: "demo-mission-locale-cej", savoirs: "demo-mission-locale-accompagnement", finances: "demo-mission-locale-cej", mobilite: "demo-en-route-conseil" },
    absent: ["demo-tilleuls-mediation", "demo-en-route-location"],
    notOk: ["savoirs", "mobilite"],
  },
  "a newcomer who speaks little French and cannot read it, two children under 3": {
    answers: NEWCOMER.answers,
    first: { savoirs: "demo-parler-ensemble-asl", famille: "demo-cias-relais-petite-enfance" },
    absent: ["demo-parler-ensemble-francais-en-ligne", "demo-cms-dossier-mdph", "demo-en-route-location"],
    notOk: ["savoirs", "mobilite"],
    // Six fields: three at the top, three under « Autres sujets ».
    more: 3,
  },
  "a mother with rent arrears and an eviction hearing next month": {
    answers: {
      "profil-age": "26-49", "profil-enfants": "oui", "profil-seul": "oui", "profil-qpv": "oui",
      "famille-garde": "assez-grands", "famille-aidant": "non", "famille-securite": "oui",
      "logement-nuit": "chez-moi", "logement-risque": ["retard-loyer", "expulsion"],
    },
    first: { logement: "demo-departement-prevention-expulsions" },
    absent: ["demo-le-phare-ligne-urgence", "demo-le-phare-accueil-de-jour"],
    bring: { logement: "Venir avec le courrier reçu" },
    notOk: ["logement"],
    no115: true,
  },
  // She marks nothing: the situations with a date lead the freins that can wait (`pressing`).
  "an eviction hearing next month, the month unpaid, heavy debts, and freins that can wait": {
    answers: {
      "profil-age": "26-49", "profil-enfants": "non", "profil-suivi": "oui", "profil-qpv": "oui", "reseau-experience": "jamais",
      "savoirs-oral": "tout", "savoirs-lire": "avec-aide", "savoirs-diplome": "aucun", "numerique-demarches": "non",
      "famille-aidant": "non", "famille-securite": "oui", "mobilite-transports": "tres-difficile", "mobilite-permis": "non",
      "logement-nuit": "chez-moi", "logement-risque": ["retard-loyer", "expulsion"], "finances-essentiel": "non",
      "finances-dettes": "beaucoup", "sante-gene": "non", "sante-moral": "rarement", "sante-reconnaissance": "non",
    },
    first: { logement: "demo-departement-prevention-expulsions" },
    absent: ["demo-le-phare-ligne-urgence", "demo-le-phare-accueil-de-jour"],
    notOk: ["logement", "finances"],
    no115: true,
    lead: ["logement", "finances", "reseau"],
    // She already has a counsellor: the roadmap is hers to show them (domain.md §2.3 rule 10).
    followed: true,
  },
  // Saturday 20:00 in Paris, nothing open: food first, the place that opens first leading (Monday's
  // day centre before Wednesday's food parcels), then the CCAS; never the CPAM, a hospital's PASS or
  // a lawyers' desk, which also tick « accès aux droits ».
  "nothing to eat, on a Saturday night": {
    at: "2026-12-12T20:00:00+01:00",
    answers: { "profil-age": "26-49", "profil-enfants": "non", "profil-suivi": "non", "profil-qpv": "oui", "finances-essentiel": "manger" },
    first: { finances: "demo-le-phare-accueil-de-jour" },
    contacts: { finances: ["demo-le-phare-accueil-de-jour", "demo-cias-repas-solidaires", "demo-cias-acces-droits"] },
    absent: ["demo-cpam-droits-sante", "demo-cms-pass", "demo-point-justice-permanence"],
    nextHas: { finances: [W["ui-next-none-now"], "ouvre lundi à 8 h 30"] },
    notOk: ["finances"],
  },
};

/** The roadmap's top as drawn (nothing unfolded), in px: from its heading to the end of the last
 *  unfolded field's next step or call button. */
const topHeight = (frame) => frame.evaluate(() => {
  const start = document.querySelector(".pw-results h2").getBoundingClientRect().top;
  const shown = (e) => e && e.getClientRects().length > 0;
  let end = start;
  for (const li of document.querySelectorAll(".pw-results > .pw-roadmap:not(.pw-more-topics) > li")) {
    for (const e of [li.querySelector(".pw-next"), li.querySelector('a[href^="tel:"]')].filter(shown)) end = Math.max(end, e.getBoundingClientRect().bottom);
  }
  return end - start;
});

/** The roadmap's fields in order, unfolded then under « Autres sujets ». */
const order = async (frame) => {
  await frame.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
  const names = (sel) => frame.locator(sel).evaluateAll((lis) => lis.map((li) => li.querySelector("h3").textContent.trim()));
  return { top: await names(".pw-results > .pw-roadmap:not(.pw-more-topics) > li"), more: await names(".pw-more-topics > li") };
};

test("orientation", async (t) => {
  const h = await setup(t);
  // Issue 21, item 4: one real tap per field on the checklist, and the roadmap leads with them.
  await t.test("the newcomer marks childcare and French: they lead the roadmap", async () => {
    const s = SITUATIONS["a newcomer who speaks little French and cannot read it, two children under 3"];
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    await run(frame, s);
    const field = (f) => W[`field-${f}`];
    const before = await order(frame);
    assert.deepEqual(before.top, ["savoirs", "numerique", "famille"].map(field), "unmarked: the heavier first");
    // Back to the checklist: the list stays put as each mark is tapped.
    await frame.getByRole("button", { name: W["ui-results-change"] }).click();
    await frame.getByRole("heading", { level: 2, name: W["ui-wishes-title"] }).waitFor();
    const wishes = () => frame.locator('input[name="wish"]').evaluateAll((bs) => bs.map((b) => b.value));
    const list = await wishes();
    // Each mark: a 44 px target, under its own field.
    const heights = await frame.locator(".pw-important label").evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
    assert.equal(heights.length, list.length, "one mark per field of the checklist");
    for (const px of heights) assert.ok(px >= 44, `a ${px} px target`);
    for (const f of ["famille", "savoirs"]) {
      await markImportant(frame, f);
      assert.deepEqual(await wishes(), list, `the checklist does not move under the finger (${f})`);
    }
    await frame.getByRole("button", { name: W["ui-next"] }).click();
    const after = await order(frame);
    assert.deepEqual(after.top, ["savoirs", "famille"].map(field), "marked: French and childcare, and only they, unfolded");
    assert.deepEqual(after.more, ["numerique", "reseau", "mobilite", "finances"].map(field), "the rest under « Autres sujets »");
    const height = await topHeight(frame);
    assert.ok(height <= 2 * PHONE.height, `the roadmap's top is ${(height / PHONE.height).toFixed(2)} phone screens`);
    t.diagnostic(`newcomer: ${before.top.join(", ")} | ${before.more.join(", ")} → ${after.top.join(", ")} | ${after.more.join(", ")}; top ${(height / PHONE.height).toFixed(2)} screens`);
    assert.deepEqual(page.errors, []);
  });

  // The accompanied mode: the counsellor ticks « Le plus important pour moi » with the resident on
  // the field's wish screen; the newcomer's two fields, opened from the overview.
  await t.test("accompanied: the counsellor marks childcare with the newcomer, and it leads", async () => {
    const page = await openHtml(h, "/accompagne-21.html",
      shell(snippet('data-mode="accompagne" data-contacts="%BUNDLE%/contacts.json" data-commune="93901"'), '<link rel="icon" href="data:,">'), { viewport: PHONE });
    const frame = await widgetFrame(page);
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    const answers = NEWCOMER.answers;
    const overview = frame.getByRole("heading", { level: 2, name: W["ui-overview-title"] });
    /** Answers what the screen asks of `answers`, then « Suivant »; on the field's wish screen, marks
     *  it if asked and says « Oui ». Until the overview. */
    const field = async (id, mark) => {
      await frame.getByRole("button", { name: `${W["ui-overview-start"]} : ${W[`field-${id}`]}` }).click();
      for (let i = 0; i < 20; i++) {
        const title = (await frame.getByRole("heading", { level: 2 }).last().textContent()).trim();
        if (title === W["ui-overview-title"]) return;
        if (title === W[`field-${id}`] && await frame.getByRole("button", { name: W["ui-help-oui"], exact: true }).count()) {
          if (mark) await markImportant(frame, id);
          const oui = frame.getByRole("button", { name: W["ui-help-oui"], exact: true });
          await oui.click();
          // The interview goes on to the next field not started (issue 22); « Retour » gives the overview.
          await oui.waitFor({ state: "detached" }).catch(() => {});
          if (!(await overview.isVisible())) await frame.getByRole("button", { name: W["ui-back"] }).first().click();
          await overview.waitFor();
          return;
        }
        for (const [q, a] of Object.entries(answers).filter(([q]) => q.startsWith(`${id}-`))) {
          const group = frame.getByRole("group", { name: W[`q-${q}`], exact: true });
          if (!(await group.count())) continue;
          for (const x of [a].flat()) await choose(group.getByRole(await group.getByRole("radio").count() ? "radio" : "checkbox", { name: W[`a-${q}-${x}`], exact: true }));
        }
        await frame.getByRole("button", { name: W["ui-next"] }).click();
      }
      assert.fail(`${id}: the overview never came back`);
    };
    await frame.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
    for (const q of ["profil-age", "profil-enfants"]) {
      await choose(frame.getByRole("group", { name: W[`q-${q}`], exact: true }).getByRole("radio", { name: W[`a-${q}-${answers[q]}`], exact: true }));
    }
    await frame.getByRole("button", { name: W["ui-next"] }).click();
    // After the profile the interview opens the first field (issue 22); the counsellor goes back to choose.
    await frame.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor({ state: "detached" });
    if (!(await overview.isVisible())) await frame.getByRole("button", { name: W["ui-back"] }).first().click();
    await overview.waitFor();
    await field("savoirs", false);
    await field("famille", true);
    await frame.getByRole("button", { name: W["ui-overview-results"] }).click();
    const { top, more } = await order(frame);
    assert.deepEqual(top, [W["field-famille"]], "the marked field alone unfolded");
    assert.deepEqual(more, [W["field-savoirs"]], "the other under « Autres sujets »");
    assert.deepEqual(page.errors, []);
  });
  for (const [name, s] of Object.entries(SITUATIONS)) {
    await t.test(name, async () => {
      const page = await h.page(s.at ? null : "/", { viewport: PHONE, timezoneId: "Europe/Paris" });
      if (s.at) {
        await page.clock.setFixedTime(new Date(s.at));
        await page.goto(h.servers.demo + "/");
      }
      const frame = await widgetFrame(page);
      await run(frame, s);
      await frame.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
      const items = await frame.locator(".pw-roadmap > li").evaluateAll((lis) => lis.map((li) => ({
        field: li.querySelector("h3").textContent.trim(),
        next: li.querySelector(".pw-next")?.textContent ?? "",
        bring: li.querySelector(".pw-next-bring")?.textContent ?? "",
        level: li.querySelector(".pw-level-text")?.textContent ?? "",
        contacts: [...li.querySelectorAll(".pw-contact-title")].map((h) => h.textContent.trim()),
      })));
      const of = (f) => items.find((i) => i.field === W[`field-${f}`]);
      for (const [f, id] of Object.entries(s.first)) {
        assert.ok(of(f), `${f} on the roadmap`);
        assert.equal(of(f).contacts[0], title(id), `first contact for ${f}`);
        assert.ok(of(f).next.includes(title(id)), `the next step of ${f} names ${id}`);
      }
      for (const [f, ids] of Object.entries(s.contacts ?? {})) assert.deepEqual(of(f).contacts, ids.map(title), `the contacts for ${f}, in order`);
      for (const [f, texts] of Object.entries(s.nextHas ?? {})) {
        for (const text of texts) assert.ok(of(f).next.includes(text), `the next step of ${f} says « ${text} »: ${of(f).next}`);
      }
      const all = items.flatMap((i) => i.contacts);
      for (const id of s.absent) assert.ok(!all.includes(title(id)), `${id} must not appear`);
      // No false reassurance: never the « no difficulty » sentence of a field the facts contradict.
      const sentences = await frame.locator(".pw-result .pw-level-text").allTextContents();
      for (const f of s.notOk) assert.ok(!sentences.includes(W[`field-${f}-ok`]), `${f} is not « ${W[`field-${f}-ok`]} »`);
      for (const [f, text] of Object.entries(s.bring ?? {})) assert.ok(of(f).bring.includes(text), `${f}: the service's own conditions`);
      if (s.no115) assert.equal(await frame.locator('a[href="tel:115"]').count(), 0, "no 115 for someone still at home");
      // At most three fields unfolded; the others under « Autres sujets ».
      const top = await frame.locator(".pw-results > .pw-roadmap:not(.pw-more-topics) > li").count();
      assert.ok(top <= 3, `${top} fields at the top`);
      const followed = frame.locator(".pw-results p").filter({ hasText: W["ui-roadmap-followed"] });
      assert.equal(await followed.count(), s.followed ? 1 : 0, "« montrez-lui cette feuille de route » only to who has a counsellor");
      if (s.lead) assert.deepEqual((await order(frame)).top, s.lead.map((f) => W[`field-${f}`]), "what cannot wait leads");
      if (s.more) {
        assert.equal(await frame.locator(".pw-more-topics > li").count(), s.more);
        assert.ok(await frame.getByRole("button", { name: W["ui-roadmap-more-topics"].replace("8", String(s.more)) }).isVisible());
      }
      // The top (each leading field's next step and its call button) fits two phone screens.
      const height = await topHeight(frame);
      assert.ok(height <= 2 * PHONE.height, `the roadmap's top is ${(height / PHONE.height).toFixed(2)} phone screens`);
      t.diagnostic(`${name}: top ${(height / PHONE.height).toFixed(2)} screens, ${items.length} fields`);
      assert.deepEqual(page.errors, []);
    });
  }
});
