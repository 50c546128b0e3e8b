// The coordinator's page (www/preparer.html): the import issue's test corpus (tests/fixtures/exports),
// every form, through the page gives the command line's bytes and report; the territory is searched
// in the official referential; keyboard only; axe-core finds no violation; a long run can be cancelled.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setup } from "./harness.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXPORTS = join(ROOT, "tests/fixtures/exports");
const AXE = join(ROOT, "tests/node_modules/axe-core/axe.min.js");
const TODAY = "2026-06-30";

// The command line, built as the importer's tests build it.
execFileSync("cargo", ["build", "--quiet", "--bin", "passerelle-import"], { cwd: ROOT, stdio: "inherit" });
const tmp = mkdtempSync(join(tmpdir(), "passerelle-preparer-"));

/** The command line's contacts file and report for these files (run where they are, so that the
 *  report names them as the page does). */
function cli(structures, services, extra) {
  const out = join(tmp, "contacts.json"), report = join(tmp, "report.json");
  const r = spawnSync(join(ROOT, "target/debug/passerelle-import"), ["--structures", structures, "--services", services,
    "--today", TODAY, "--out", out, "--report", report, ...extra], { cwd: EXPORTS, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return { contacts: readFileSync(out, "utf8"), report: JSON.parse(readFileSync(report, "utf8")), summary: r.stdout };
}

/** A stub of the data·inclusion API v1 on 127.0.0.1 as tests/import.rs's: the pages of
 *  tests/fixtures/exports/api-*.json; the token `good` accepted, `html` answered with a page that is not
 *  JSON, any other refused (401); the first request of `services` page 2 answered 429 (`Retry-After: 0`).
 *  CORS as an API read from a browser must answer. Returns its base address and what it saw. */
async function stubApi() {
  const seen = [];
  let busyOnce = true;
  const server = createServer((req, res) => {
    const cors = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Authorization", "Access-Control-Expose-Headers": "Retry-After" };
    if (req.method === "OPTIONS") { res.writeHead(204, cors); res.end(); return; }
    seen.push({ path: req.url, auth: req.headers.authorization });
    const table = req.url.startsWith("/api/v1/services") ? "services" : "structures";
    const page = /[?&]page=(\d+)/.exec(req.url)?.[1] ?? "1";
    const json = { ...cors, "Content-Type": "application/json" };
    if (req.headers.authorization === "Bearer html") { res.writeHead(200, { ...cors, "Content-Type": "text/html" }); res.end("<html>maintenance</html>"); return; }
    if (req.headers.authorization !== "Bearer good") { res.writeHead(401, json); res.end('{"detail":"Not authenticated"}'); return; }
    if (table === "services" && page === "2" && busyOnce) { busyOnce = false; res.writeHead(429, { ...json, "Retry-After": "0" }); res.end("{}"); return; }
    let body;
    try { body = readFileSync(join(EXPORTS, `api-${table}-${page}.json`)); } catch { body = '{"items":[],"pages":0}'; }
    res.writeHead(200, json);
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { base: `http://127.0.0.1:${server.address().port}`, seen, close: () => new Promise((ok) => server.close(ok)) };
}

/** What may differ between two runs: the time taken and where the output was written. */
const same = (report) => ({ ...report, millis: 0, out: "" });

async function prepare(page, structures, services) {
  if (structures) {
    await page.locator("#structures").setInputFiles(join(EXPORTS, structures));
    await page.locator("#services").setInputFiles(join(EXPORTS, services));
  }
  await page.locator("#preparer").click();
  // Done when the button is back and the result drawn (in several tasks, `aria-busy` until the last).
  await page.waitForFunction(() => {
    const r = document.getElementById("resultat");
    return !document.getElementById("preparer").disabled && (r.hidden || !r.hasAttribute("aria-busy"));
  });
  // The .br and .gz come after the result (made meanwhile in the worker).
  await page.waitForFunction(() => !document.getElementById("compression"));
  return page.evaluate(async () => {
    const link = document.querySelector('a[download="contacts.json"]');
    const report = document.querySelector('a[download="rapport.json"]');
    const bytes = async (name) => {
      const a = document.querySelector(`a[download="${name}"]`);
      return a && [...new Uint8Array(await (await fetch(a.href)).arrayBuffer())];
    };
    return { contacts: link && await (await fetch(link.href)).text(), report: report && JSON.parse(await (await fetch(report.href)).text()),
      br: await bytes("contacts.json.br"), gz: await bytes("contacts.json.gz") };
  });
}

async function chooseTerritory(page, query, name) {
  await page.getByRole("searchbox", { name: /Commune, intercommunalité/ }).fill(query);
  await page.getByRole("button", { name: new RegExp(`^Ajouter ${name}`) }).first().click();
}

test("coordinator's page", async (t) => {
  const h = await setup(t);
  const open = () => h.page(`/preparer.html?today=${TODAY}`, { origin: h.servers.bundle });

  await t.test("every form of the corpus gives the command line's file and report", async () => {
    const page = await open();
    await chooseTerritory(page, "974", "La Réunion");
    for (const [st, sv] of [
      ["structures.json", "services.json"], ["structures.jsonl", "services.jsonl"], ["structures.csv", "services.csv"],
      ["structures.geojson", "services.geojson"], ["structures.json", "services-pg.csv"], ["structures.xlsx", "services.xlsx"],
      ["structures.parquet", "services.parquet"], ["template.xlsx", "template.xlsx"],
    ]) {
      const mine = await prepare(page, st, sv);
      const theirs = cli(st, sv, ["--departement", "974"]);
      assert.ok(mine.contacts, `${sv}: no file`);
      assert.equal(mine.contacts, theirs.contacts, `${sv}: other bytes`);
      assert.deepEqual(same(mine.report), same(theirs.report), `${sv}: another report`);
      // Its .br (made by the wasm) and .gz (by the browser) are the same bytes, compressed.
      assert.equal(brotliDecompressSync(Buffer.from(mine.br)).toString(), mine.contacts, `${sv}: .br`);
      assert.equal(gunzipSync(Buffer.from(mine.gz)).toString(), mine.contacts, `${sv}: .gz`);
      assert.ok(mine.br.length < mine.contacts.length / 4);
    }
    // The report, readable: the reasons, the coverage for each commune, the gaps.
    await page.getByRole("table", { name: /Entrées écartées/ }).waitFor();
    const coverage = page.getByRole("table", { name: /Contacts proposés par commune et par domaine, mode autonome/ });
    await coverage.scrollIntoViewIfNeeded();
    await coverage.waitFor();
    assert.equal(await coverage.getByRole("columnheader").count(), 9);
    // The overview says, field by field, what the table's columns hold: communes without a contact,
    // with fewer than a full list, with a full list.
    const full = Number(/\((\d+) au plus\)/.exec(await coverage.locator("caption").textContent())[1]);
    const columns = await coverage.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => parseInt(td.textContent.replace(/\D+/, ""), 10))));
    const fields = (await coverage.locator("thead th").allTextContents()).slice(1);
    const lines = await page.locator("figure.vue-ensemble li .domaine").allTextContents();
    assert.equal(lines.length, 8);
    fields.forEach((f, i) => {
      const n = columns.map((row) => row[i]);
      const count = (ok) => n.filter(ok).length;
      assert.equal(lines[i], `${f} : ${count((v) => v === 0)} sans contact, ${count((v) => v > 0 && v < full)} avec une liste incomplète, ${count((v) => v >= full)} avec une liste complète`);
    });
    assert.ok(lines.some((l) => !l.includes(" 0 sans contact")), "the corpus has a gap the overview shows");
    await page.getByRole("heading", { name: "Où une personne lira « pas de contact »" }).waitFor();
    await page.getByRole("radio", { name: /Accompagné \(avec/ }).check();
    await page.getByRole("table", { name: /mode accompagné/ }).waitFor();
    assert.deepEqual(page.errors, []);
  });

  await t.test("an EPCI is its member communes; a commune by name", async () => {
    const page = await open();
    await page.getByRole("searchbox", { name: /Commune, intercommunalité/ }).fill("saint-pierre");
    const proposals = page.getByRole("button", { name: /^Ajouter Saint-Pierre \(commune 97416/ });
    await proposals.click();
    await page.getByRole("searchbox", { name: /Commune, intercommunalité/ }).fill("cinor");
    await page.getByRole("button", { name: /^Ajouter CA Intercommunale du Nord de la Réunion \(CINOR\) \(intercommunalité 249740119, 3 communes\)$/ }).click();
    assert.equal(await page.getByRole("button", { name: /^Retirer/ }).count(), 2);
    const mine = await prepare(page, "structures.json", "services.json");
    const members = ["97411", "97418", "97420"];
    const theirs = cli("structures.json", "services.json", ["97416", ...members].flatMap((c) => ["--commune", c]));
    assert.equal(mine.contacts, theirs.contacts);
    assert.deepEqual(same(mine.report), same(theirs.report));
  });

  await t.test("keyboard only: files, territory, run, result", async () => {
    const page = await open();
    const tabTo = async (selector, max = 30) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
      }
      throw new Error(`${selector} never focused`);
    };
    for (const [id, file] of [["#structures", "structures.csv"], ["#services", "services.csv"]]) {
      await tabTo(id);
      // Space opens the chooser; on a loaded machine a press can go unseen: pressed again after 5 s.
      let chooser = null;
      for (let k = 0; k < 3 && !chooser; k++) {
        const wait = page.waitForEvent("filechooser", { timeout: 5000 }).catch(() => null);
        await page.keyboard.press("Space");
        chooser = await wait;
      }
      assert.ok(chooser, `${id}: Space opened no file chooser`);
      await chooser.setFiles(join(EXPORTS, file));
    }
    await tabTo("#recherche");
    await page.keyboard.type("974");
    await page.getByRole("button", { name: /^Ajouter La Réunion/ }).waitFor();
    await page.keyboard.press("Enter");
    assert.equal(await page.getByRole("button", { name: /^Retirer La Réunion/ }).count(), 1);
    await tabTo("#preparer");
    await page.keyboard.press("Enter");
    await page.locator("#statut").filter({ hasText: "Fichier préparé" }).waitFor();
    // The result's heading takes the focus; the downloads follow by Tab.
    await page.waitForFunction(() => document.activeElement.id === "titre-bilan");
    await tabTo('a[download="contacts.json"]', 80);
  });

  await t.test("axe-core: no WCAG 2.0/2.1 A or AA violation, at 1024 px and 320 px", async () => {
    const page = await open();
    await chooseTerritory(page, "974", "La Réunion");
    await prepare(page, "structures.json", "services.json");
    for (const width of [1024, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() => window.axe.run({ exclude: [["#apercu"]] }, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), [], `${width} px`);
    }
  });

  await t.test("a foreign file, a territory with nothing, a damaged file: said, and the page works on", async () => {
    const page = await open();
    await chooseTerritory(page, "974", "La Réunion");
    await prepare(page, "structures.json", "foreign.csv");
    assert.match(await page.locator("#statut").textContent(), /Le fichier n’a pas été fabriqué/);
    assert.ok(await page.getByText(/passerelle-import: foreign\.csv: not in the data·inclusion v1 shape/).isVisible());
    await page.getByRole("button", { name: /^Retirer La Réunion/ }).click();
    await chooseTerritory(page, "2A", "Corse-du-Sud");
    const nothing = await prepare(page, "structures.json", "services.json");
    assert.equal(nothing.contacts, null);
    assert.equal(nothing.report.outcome, "nothing kept: previous output left as it was");
    assert.ok(await page.getByText("passerelle-import: nothing kept: contacts.json left as it was").isVisible());
    // The parquet crate panics on its pages, which wasm cannot catch: the command line's message all the same.
    await prepare(page, "structures.json", "damaged.parquet");
    assert.equal(await page.locator("#statut").textContent(), "Le fichier n’a pas été fabriqué.");
    assert.equal(await page.locator("#bilan").textContent(), "passerelle-import: damaged.parquet is not a readable Parquet file: its pages are damaged");
    await page.getByRole("button", { name: /^Retirer Corse-du-Sud/ }).click();
    await chooseTerritory(page, "974", "La Réunion");
    const ok = await prepare(page, "structures.json", "services.json");
    assert.equal(ok.contacts, cli("structures.json", "services.json", ["--departement", "974"]).contacts);
  });

  await t.test("in English and Arabic (right to left): every text translated, the same run, axe at 320 px", async () => {
    const fr = await open();
    const french = await fr.evaluate(() => [...document.querySelectorAll("[data-t]")].map((e) => e.innerHTML.replace(/\s+/g, " ").trim()));
    for (const [lang, read] of [["en", /^Structures: “structures\.json” read as/], ["ar", /^الهياكل: قُرئ «structures\.json»/]]) {
      const page = await h.page(`/preparer.html?today=${TODAY}&lang=${lang}`, { origin: h.servers.bundle });
      const missing = await page.evaluate(([keys, l]) => keys.filter((k) => !(k in window.PREPARER_TEXTS[l])), [french, lang]);
      assert.deepEqual(missing, [], lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.evaluate(() => document.documentElement.dir), lang === "ar" ? "rtl" : "");
      await page.getByRole("searchbox").fill("974");
      await page.locator("#propositions button").first().click();
      const mine = await prepare(page, "structures.json", "services.json");
      assert.equal(mine.contacts, cli("structures.json", "services.json", ["--departement", "974"]).contacts);
      assert.match(await page.locator("#bilan li").first().textContent(), read);
      assert.match(await page.locator("#code").textContent(), new RegExp(`data-lang="${lang}"`));
      await page.setViewportSize({ width: 320, height: 800 });
      // Nothing wider than the screen (a right-to-left page scrolls to what lies left of it).
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${lang}: wider than 320 px`);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() => window.axe.run({ exclude: [["#apercu"]] }, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), [], lang);
      assert.deepEqual(page.errors, []);
    }
  });

  await t.test("a long run shows its progress and can be cancelled", async () => {
    const page = await open();
    // 40 000 services (about 25 MB): long enough to be stopped on the way.
    const one = readFileSync(join(EXPORTS, "services.jsonl"), "utf8").split("\n").find(Boolean);
    const big = join(tmp, "big.jsonl");
    writeFileSync(big, Array.from({ length: 40_000 }, (_, i) => one.replace(/"id":\s*"[^"]*"/, `"id":"big-${i}"`)).join("\n"));
    await page.locator("#structures").setInputFiles(join(EXPORTS, "structures.jsonl"));
    await page.locator("#services").setInputFiles(big);
    await page.getByRole("button", { name: "Préparer le fichier" }).click();
    await page.locator("#etape").filter({ hasText: /Lecture des services : \d+ %/ }).waitFor();
    await page.getByRole("button", { name: "Annuler" }).click();
    await page.locator("#statut").filter({ hasText: "Préparation annulée." }).waitFor();
    assert.ok(await page.getByRole("button", { name: "Préparer le fichier" }).isEnabled());
    assert.ok(await page.locator("#resultat").isHidden());
  });
});

test("an API token: the command line's `--api` bytes and report, no other request, the token kept nowhere", async (t) => {
  const h = await setup(t);
  const api = await stubApi();
  t.after(api.close);
  const requests = [];
  const page = await h.page(null, { origin: h.servers.bundle });
  page.context().on("request", (r) => requests.push({ url: r.url(), auth: r.headers().authorization }));
  await page.goto(`${h.servers.bundle}/preparer.html?today=${TODAY}&api=${encodeURIComponent(api.base)}`);
  await chooseTerritory(page, "974", "La Réunion");
  await page.getByRole("radio", { name: "L’API de data·inclusion, avec un jeton" }).check();
  assert.ok(await page.locator("#structures").isHidden());
  assert.equal(await page.locator("#api-base").textContent(), api.base);
  // No token: said at the field.
  await page.locator("#preparer").click();
  assert.equal(await page.locator("#jeton-erreur").textContent(), "Saisissez votre jeton d’API.");
  const run = async (token) => {
    await page.getByLabel("Jeton d’API data·inclusion").fill(token);
    return prepare(page);
  };
  const mine = await run("good");
  // The command line against the same stub (its 429 on services page 2 has been answered once).
  const out = join(tmp, "api.json"), report = join(tmp, "api-report.json");
  const cliApi = await stubApi();
  t.after(cliApi.close);
  // (Not spawnSync: the stub answers from this process.)
  await promisify(execFile)(join(ROOT, "target/debug/passerelle-import"), ["--api", cliApi.base, "--token", "good",
    "--departement", "974", "--today", TODAY, "--out", out, "--report", report], { encoding: "utf8" });
  assert.equal(mine.contacts, readFileSync(out, "utf8"), "other bytes");
  // The report names the API's address (each stub has its own port).
  const theirs = JSON.parse(readFileSync(report, "utf8").replaceAll(cliApi.base, api.base));
  assert.deepEqual(same(mine.report), same(theirs));
  assert.equal(mine.report.read.forms[1].path, `the API v1 at ${api.base} (6 pages)`);
  // The same pages in the same order, the 429 tried again.
  assert.deepEqual(api.seen.map((s) => s.path), cliApi.seen.map((s) => s.path));
  assert.equal(api.seen[0].path, "/api/v1/structures?page=1&size=1000&code_departement=974");
  // No request but the page's own files and the API's; the token in the API's requests only.
  const bundle = new URL(h.servers.bundle).origin;
  assert.deepEqual(requests.filter((q) => !q.url.startsWith(`${bundle}/`) && !q.url.startsWith(`${api.base}/`) && !q.url.startsWith("blob:")).map((q) => q.url), []);
  assert.ok(requests.some((q) => q.url.startsWith(`${api.base}/`)), "the API's requests are seen");
  assert.deepEqual(requests.filter((q) => q.auth && !q.url.startsWith(`${api.base}/`)), []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, ""]);

  // A refused token, an answer that is not JSON, an API that does not answer: said, and the page works on.
  await run("wrong");
  assert.equal(await page.locator("#statut").textContent(), "La préparation a échoué : l’API a refusé le jeton (401). Vérifiez-le : data·inclusion donne les jetons sur demande, pour l’API v1 avec la portée « api ».");
  await run("html");
  assert.equal(await page.locator("#statut").textContent(), `La préparation a échoué : la réponse de l’API n’est pas lisible (${api.base}/api/v1/structures?page=1&size=1000&code_departement=974) : ce ne sont pas des pages de l’API v1 de data·inclusion.`);
  const closed = await stubApi();
  await closed.close();
  await page.goto(`${h.servers.bundle}/preparer.html?today=${TODAY}&api=${encodeURIComponent(closed.base)}`);
  await chooseTerritory(page, "974", "La Réunion");
  await page.getByRole("radio", { name: "L’API de data·inclusion, avec un jeton" }).check();
  await page.getByLabel("Jeton d’API data·inclusion").fill("good");
  await page.locator("#preparer").click();
  // Cancelled while it waits to try again; then run to its end (4 tries: 1 + 2 + 4 s).
  await page.locator("#etape").filter({ hasText: "Lecture de l’API…" }).waitFor();
  await page.getByRole("button", { name: "Annuler" }).click();
  await page.locator("#statut").filter({ hasText: "Préparation annulée." }).waitFor();
  await prepare(page);
  assert.match(await page.locator("#statut").textContent(), /^La préparation a échoué : l’API n’a pas répondu \(http:\/\/127\.0\.0\.1:\d+\/api\/v1\/structures\?page=1&size=1000&code_departement=974\), après 4 essais\./);
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|127\.0\.0\.1/.test(e)), []);
});

test("integrer.html links to the page; the preview runs the widget on the prepared file", async (t) => {
  const h = await setup(t);
  const page = await h.page("/integrer.html", { origin: h.servers.bundle });
  await page.getByRole("link", { name: /Préparez-le à partir d’un export data·inclusion/ }).click();
  await page.waitForURL(/preparer\.html$/);
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Préparer les contacts de votre territoire");
  await page.goto(`${h.servers.bundle}/preparer.html?today=${TODAY}`);
  await chooseTerritory(page, "974", "La Réunion");
  await prepare(page, "structures.json", "services.json");
  // The snippet: integrer.html's tag, the address where the file will be published, the first commune.
  await page.getByRole("textbox", { name: /Adresse où vous publierez/ }).fill("https://ville.example.fr/contacts.json");
  const code = await page.locator("#code").textContent();
  assert.match(code, new RegExp(`^<script src="${h.servers.bundle}/embed\\.js" defer\\n`));
  assert.match(code, /data-contacts="https:\/\/ville\.example\.fr\/contacts\.json"/);
  assert.match(code, /data-commune="974\d\d"/);
  // The preview, in each mode and integration: the widget takes the prepared file (a blob: of this page).
  for (const [label, inline] of [["Cadre (iframe), autonome", false], ["Cadre (iframe), accompagné", false],
    ["Dans la page (inline), autonome", true], ["Dans la page (inline), accompagné", true]]) {
    await page.getByRole("radio", { name: label }).check();
    const tag = page.locator("#apercu script");
    assert.match(await tag.getAttribute("data-contacts"), /^blob:http/);
    assert.equal(await tag.getAttribute("data-mode"), label.endsWith("accompagné") ? "accompagne" : "autonome");
    // The loader starts a widget as it nears the screen.
    await page.locator("#apercu").scrollIntoViewIfNeeded();
    if (inline) await page.locator("#apercu .pw-app").first().waitFor();
    else {
      const frame = await (await page.locator("#apercu div.passerelle iframe").elementHandle()).contentFrame();
      await frame.waitForSelector(".pw-app");
    }
  }
  assert.deepEqual(page.warnings.filter((w) => /contacts/.test(w)), []);
  assert.deepEqual(page.errors, []);
});
