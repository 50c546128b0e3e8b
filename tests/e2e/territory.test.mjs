// The national contacts cut by département (README « Contacts for every territory »): `data-contacts`
// names a template with `{departement}`; the widget fetches its territory's piece only — the partner's
// `data-commune` says which, else the postcode the resident types on the roadmap, found on the device
// and never sent. A missing piece gives the national contacts and the usual message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, widgetFrame, W, run, PHONE, PERSONAS } from "./harness.mjs";

const emploi = (id, nom, commune) => ({
  source: "dora", id, structure_id: `st-${id}`, nom, description: "Une place en crèche près de chez vous.",
  date_maj: "2026-03-02", thematiques: ["famille--garde-denfants"], publics: ["tous-publics"],
  modes_accueil: ["en-presentiel"], mobilisable_par: ["usagers"], telephone: "03 20 00 00 00",
  code_insee: commune.code_insee, commune: commune.nom, latitude: commune.latitude, longitude: commune.longitude,
});
const piece = (id, nom, commune) => JSON.stringify({
  structures: [{ source: "dora", id: `st-${id}`, nom: `Structure ${nom}`, date_maj: "2026-03-02" }],
  services: [emploi(id, nom, commune)],
  communes: [commune],
});
const LILLE = { code_insee: "59350", nom: "Lille", latitude: 50.63, longitude: 3.06, epci: "200093201" };
const MARSEILLE = { code_insee: "13055", nom: "Marseille", latitude: 43.3, longitude: 5.37, epci: "200054807" };
const DUNKERQUE = { code_insee: "59183", nom: "Dunkerque", latitude: 51.03, longitude: 2.37, epci: "200068500" };
// 01200 serves the Ain (Valserhône) and the Haute-Savoie (Éloise): both départements' contacts.
const VALSERHONE = { code_insee: "01033", nom: "Valserhône", latitude: 46.11, longitude: 5.83, epci: "200070316" };
const ELOISE = { code_insee: "74109", nom: "Éloise", latitude: 46.09, longitude: 5.86, epci: "200067742" };
const SISTERON = { code_insee: "04209", nom: "Sisteron", latitude: 44.2, longitude: 5.94, epci: "200068104" };
// Départements cut finer (passerelle-import --piece-kb): `<dep>.json` is an index from commune and
// postcode to piece, read first; then the piece alone. The Gironde's index names a piece that is missing.
const index = (dep, pieces) => JSON.stringify({ departement: dep, pieces });
const PIECES = {
  "/pieces/59.json": JSON.stringify({ departement: "59", shared: "france", pieces: [
    { piece: "59-1", communes: ["59350"], postcodes: ["59000", "59800"] },
    { piece: "59-2", communes: ["59183"], postcodes: ["59140"] },
  ] }),
  // The services open to all of France, fetched with any piece of an index that names them.
  "/pieces/france.json": JSON.stringify({
    // The Nord piece's structure runs a national line too: it is in both files, read once.
    structures: [{ source: "dora", id: "st-sv-france", nom: "Structure nationale", date_maj: "2026-03-02" },
      { source: "dora", id: "st-sv-nord", nom: "Structure Crèche du Nord", date_maj: "2026-03-02" }],
    services: [{ ...emploi("sv-france", "Ligne nationale des crèches", LILLE), modes_accueil: ["a-distance"], zone_eligibilite: ["france"] }],
  }),
  "/pieces/59-1.json": piece("sv-nord", "Crèche du Nord", LILLE),
  "/pieces/59-2.json": piece("sv-dunkerque", "Crèche de Dunkerque", DUNKERQUE),
  "/pieces/13.json": index("13", [
    { piece: "13-1", communes: ["13055"], postcodes: ["13001", "13002"] },
    { piece: "13-2", communes: [], postcodes: ["13008"] },
  ]),
  "/pieces/13-1.json": piece("sv-centre", "Crèche du centre de Marseille", MARSEILLE),
  "/pieces/13-2.json": piece("sv-bdr", "Crèche des Bouches-du-Rhône", MARSEILLE),
  "/pieces/33.json": index("33", [{ piece: "33-1", communes: ["33063"], postcodes: ["33000"] }]),
  // The Ain is cut finer and names france.json; the Haute-Savoie is one file, which also holds the
  // Ain's crèche (near the border): read once.
  "/pieces/01.json": JSON.stringify({ departement: "01", shared: "france", pieces: [
    { piece: "01-1", communes: ["01033"], postcodes: ["01200"] },
  ] }),
  "/pieces/01-1.json": piece("sv-ain", "Crèche de l'Ain", VALSERHONE),
  "/pieces/74.json": JSON.stringify({
    structures: [...JSON.parse(piece("sv-savoie", "Crèche de Haute-Savoie", ELOISE)).structures,
      ...JSON.parse(piece("sv-ain", "Crèche de l'Ain", VALSERHONE)).structures],
    services: [emploi("sv-savoie", "Crèche de Haute-Savoie", ELOISE), emploi("sv-ain", "Crèche de l'Ain", VALSERHONE)],
    communes: [ELOISE, VALSERHONE],
  }),
  // 05110 serves the Hautes-Alpes (missing here) and the Alpes-de-Haute-Provence.
  "/pieces/04.json": piece("sv-provence", "Crèche de Haute-Provence", SISTERON),
};

// The pieces' host, on an origin of its own (as a deployment's contacts folder); any other piece is 404.
const route = async (req, res, url) => {
  if (!url.pathname.startsWith("/pieces/")) return false;
  const body = PIECES[url.pathname];
  if (body) res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" }).end(body);
  else res.writeHead(404, { "access-control-allow-origin": "*" }).end("not here");
  return true;
};

async function partner(h, name, attrs) {
  const page = await h.page(null, { viewport: PHONE });
  page.requested = [];
  page.on("request", (r) => page.requested.push(r.url()));
  h.servers.pages.set(name, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title><link rel="icon" href="data:,"></head><body><script src="${h.servers.bundle}/embed.js" data-contacts="${h.servers.faults}/pieces/{departement}.json" ${attrs}></script></body></html>`);
  await page.goto(h.servers.demo + name);
  return page;
}

const pieces = (page) => page.requested.filter((u) => u.includes("/pieces/")).map((u) => new URL(u).pathname);
const cardTitles = (frame) => frame.locator("article h4").allTextContents();

test("territory pieces", async (t) => {
  const h = await setup(t, { route });

  await t.test("a partner in the Nord: the Nord's index, then only its commune's piece, fetched while the resident answers", async () => {
    const page = await partner(h, "/nord.html", 'data-commune="59350"');
    const frame = await widgetFrame(page);
    const started = Date.now();
    page.on("request", (r) => { if (r.url().includes("/pieces/")) page.pieceAt = Date.now(); });
    await run(frame, PERSONAS.awa);
    const answered = Date.now();
    // Fetched while the resident answers (from « Commencer », as a single file is), not at the roadmap.
    assert.ok(page.pieceAt && page.pieceAt < answered, `piece at ${page.pieceAt - started} ms, roadmap at ${answered - started} ms`);
    await frame.locator("article h4", { hasText: "Crèche du Nord" }).first().waitFor({ state: "attached", timeout: 20000 });
    assert.deepEqual(pieces(page), ["/pieces/59.json", "/pieces/59-1.json", "/pieces/france.json"]);
    await frame.locator("article h4", { hasText: "Ligne nationale des crèches" }).first().waitFor({ state: "attached", timeout: 20000 });
    assert.ok(!(await cardTitles(frame)).includes("Crèche de Dunkerque"));
    assert.equal(await frame.locator("#pw-territory").count(), 0, "no postcode asked");
    assert.ok(!page.errors.some((e) => e.includes("could not be loaded")), page.errors.join("\n"));
    assert.ok(![...page.warnings, ...page.errors].some((e) => e.includes("used twice")), page.warnings.join("\n"));
  });

  await t.test("a national site: the resident types a Marseille postcode and gets the Bouches-du-Rhône piece", async () => {
    const page = await partner(h, "/site-national.html", "");
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.awa);
    const input = frame.getByLabel(W["ui-territory-label"]);
    await input.waitFor({ timeout: 20000 });
    assert.deepEqual(pieces(page), [], "nothing fetched before the resident says where");
    // A postcode that is none: said, nothing fetched.
    await input.fill("00000");
    await frame.getByRole("button", { name: W["ui-territory-submit"] }).click();
    await frame.getByText(W["ui-territory-wrong"]).waitFor();
    assert.deepEqual(pieces(page), []);
    await input.fill("13008");
    await frame.getByRole("button", { name: W["ui-territory-submit"] }).click();
    await frame.locator("article h4", { hasText: "Crèche des Bouches-du-Rhône" }).first().waitFor({ state: "attached", timeout: 20000 });
    assert.deepEqual(pieces(page), ["/pieces/13.json", "/pieces/13-2.json"], "the index, then the piece of 13008");
    // What the resident typed never leaves the device: no request names it.
    for (const u of page.requested) assert.ok(!u.includes("13008") && !/marseille/i.test(u), u);
    assert.ok(!(await cardTitles(frame)).includes("Crèche du Nord"));
    assert.ok(!(await cardTitles(frame)).includes("Crèche du centre de Marseille"));
  });

  await t.test("a postcode serving two départements (01200: Ain, Haute-Savoie): both files, joined", async () => {
    const page = await partner(h, "/bellegarde.html", "");
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.awa);
    const input = frame.getByLabel(W["ui-territory-label"]);
    await input.waitFor({ timeout: 20000 });
    await input.fill("01200");
    await frame.getByRole("button", { name: W["ui-territory-submit"] }).click();
    for (const name of ["Crèche de l'Ain", "Crèche de Haute-Savoie", "Ligne nationale des crèches"]) {
      await frame.locator("article h4", { hasText: name }).first().waitFor({ state: "attached", timeout: 20000 });
    }
    assert.deepEqual(pieces(page), ["/pieces/01.json", "/pieces/01-1.json", "/pieces/74.json", "/pieces/france.json"]);
    const titles = await cardTitles(frame);
    assert.equal(titles.filter((n) => n === "Crèche de l'Ain").length, 1, titles.join("\n"));
    for (const u of page.requested) assert.ok(!u.includes("01200"), u);
    assert.equal(await frame.getByText(W["ui-contacts-failed"]).count(), 0);
    assert.ok(![...page.warnings, ...page.errors].some((e) => e.includes("used twice")), page.warnings.join("\n"));
  });

  await t.test("a postcode serving two départements, one file missing: the other's contacts, a warning", async () => {
    const page = await partner(h, "/laragne.html", "");
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.awa);
    const input = frame.getByLabel(W["ui-territory-label"]);
    await input.waitFor({ timeout: 20000 });
    await input.fill("05110");
    await frame.getByRole("button", { name: W["ui-territory-submit"] }).click();
    await frame.locator("article h4", { hasText: "Crèche de Haute-Provence" }).first().waitFor({ state: "attached", timeout: 20000 });
    assert.deepEqual(pieces(page), ["/pieces/05.json", "/pieces/04.json"]);
    assert.ok(page.warnings.some((w) => w.includes("05.json: HTTP 404")), page.warnings.join("\n"));
    assert.equal(await frame.getByText(W["ui-contacts-failed"]).count(), 0);
    for (const u of page.requested) assert.ok(!u.includes("05110"), u);
  });

  await t.test("a missing piece: the national contacts and the usual message", async () => {
    const page = await partner(h, "/arras.html", 'data-commune="62041"');
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.awa);
    await frame.getByText(W["ui-contacts-failed"]).waitFor({ timeout: 20000 });
    assert.deepEqual(pieces(page), ["/pieces/62.json"]);
    assert.ok(page.errors.some((e) => e.includes("local contacts could not be loaded")), page.errors.join("\n"));
    // An index naming a piece that is missing: the same.
    const bordeaux = await partner(h, "/bordeaux.html", 'data-commune="33063"');
    const inner = await widgetFrame(bordeaux);
    await run(inner, PERSONAS.awa);
    await inner.getByText(W["ui-contacts-failed"]).waitFor({ timeout: 20000 });
    assert.deepEqual(pieces(bordeaux), ["/pieces/33.json", "/pieces/33-1.json"]);
    assert.ok(bordeaux.errors.some((e) => e.includes("33-1.json: HTTP 404")), bordeaux.errors.join("\n"));
  });

  await t.test("the demo's national page (make run): the postcode 93900 loads the demo's 93 index, then its piece", async () => {
    const page = await h.page(null, { viewport: PHONE });
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(h.servers.demo + "/national.html");
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.awa);
    await frame.getByLabel(W["ui-territory-label"]).fill("93 900");
    await frame.getByRole("button", { name: W["ui-territory-submit"] }).click();
    const fetched = () => requested.filter((u) => u.includes("/contacts")).map((u) => new URL(u).pathname);
    for (let i = 0; i < 200 && fetched().length < 2; i++) await page.waitForTimeout(100);
    assert.deepEqual(fetched(), ["/contacts-93.json", "/contacts-93-1.json"], requested.join("\n") + page.errors.join("\n") + page.warnings.join("\n"));
    // The demo's own crèche (Villeneuve-sur-Demo, 93).
    await frame.locator("article h4", { hasText: /Demo|Tilleuls/ }).first().waitFor({ state: "attached", timeout: 20000 });
    assert.equal(await frame.getByText(W["ui-contacts-failed"]).count(), 0);
  });

  await t.test("a malformed template: one clear console warning, the bundle's contacts", async () => {
    const page = await h.page(null, { viewport: PHONE });
    h.servers.pages.set("/typo.html", `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title><link rel="icon" href="data:,"></head><body><script src="${h.servers.bundle}/embed.js" data-contacts="${h.servers.faults}/pieces/{departemnt}.json"></script></body></html>`);
    await page.goto(h.servers.demo + "/typo.html");
    const frame = await widgetFrame(page);
    await frame.getByRole("button").first().waitFor();
    await page.waitForTimeout(500);
    const all = [...page.warnings, ...page.errors];
    assert.ok(all.some((w) => w.includes("data-contacts=") && w.includes("{departement}")), all.join("\n"));
  });
});
