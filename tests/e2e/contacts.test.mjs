// Local contacts (SPEC §5): the personas see who can help on the demo data; a contacts file
// that fails in any way leaves a working widget, a clear message and the national contacts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { setup, widgetFrame, W, run, PHONE, PERSONAS } from "./harness.mjs";

/** The contact cards under a field's result (they unfold on demand on screen). */
async function cards(frame, field) {
  const item = frame.locator(".pw-result").filter({ has: frame.getByRole("heading", { level: 3, name: W[`field-${field}`], exact: true }) });
  return item.getByRole("article", { includeHidden: true }).evaluateAll((arts) => arts.map((a) => ({
    title: a.querySelector("h4").textContent,
    first: !!a.querySelector(".pw-badge"),
    why: a.querySelector(".pw-why").textContent,
    links: [...a.querySelectorAll("a")].map((l) => l.getAttribute("href")),
    text: a.textContent,
  })));
}

// Contacts hosts that go wrong, on an origin of their own that allows the widget's (h.servers.faults);
// the bundle itself is nginx with the deployment configuration, which serves files and nothing else.
const FAULTS = {
  "/faults/404.json": (res) => res.writeHead(404).end("not here"),
  "/faults/500.json": (res) => res.writeHead(500).end("boom"),
  "/faults/garbage.json": (res) => res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" }).end("{\"services\": [ {\"id\": "),
  // Answers long after the widget's time limit (10 s; 1 s in the test bundle, see below).
  "/faults/slow.json": (res) => setTimeout(() => res.writeHead(200, { "access-control-allow-origin": "*" }).end("[]"), 4000),
  "/faults/truncated.json": (res) => {
    const full = readFileSync(new URL("../../content/contacts/demo.json", import.meta.url), "utf8");
    res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" }).end(full.slice(0, full.length / 2));
  },
  "/faults/html.json": (res) => res.writeHead(200, { "content-type": "text/html", "access-control-allow-origin": "*" })
    .end("<!doctype html><title>Erreur</title><h1>Maintenance</h1>"),
  "/faults/huge.json": (res) => res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" })
    .end(Buffer.alloc(50 * 1024 * 1024, 32)),
};

const route = async (req, res, url) => {
  const fault = FAULTS[url.pathname];
  if (fault) fault(res);
  return !!fault;
};

/** A contacts file that fails with `why`: the widget still works, says so, and shows the national contacts. */
async function failing(h, path, why) {
  const page = await h.page(null, { viewport: PHONE });
  // `demo:`: on another origin, which does not allow the widget's (no CORS header); `/faults/`: the
  // faults' origin; else the bundle's (nginx).
  h.servers.pages.set("/no-cors.json", "[]");
  const url = path.startsWith("demo:") ? h.servers.demo + path.slice(5)
    : path.startsWith("/faults/") ? h.servers.faults + path : h.servers.bundle + path;
  // On a partner's page (a link opened directly names only files the deployment lists, trust.json).
  const name = `/fault-${path.replace(/\W/g, "-")}.html`;
  h.servers.pages.set(name, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title><link rel="icon" href="data:,"></head><body><script src="${h.servers.bundle}/embed.js" data-contacts="${url}"></script></body></html>`);
  await page.goto(h.servers.demo + name);
  const frame = await widgetFrame(page);
  await run(frame, PERSONAS.awa);
  await frame.getByText(W["ui-contacts-failed"]).waitFor({ timeout: 20000 });
  const national = await cards(frame, "famille");
  assert.ok(national.length >= 1, "national contacts instead");
  assert.ok(page.errors.some((e) => e.includes("local contacts could not be loaded") && e.includes(why)), page.errors.join("\n"));
  // The diagnostic itself never waited for the file: still usable.
  assert.ok(await frame.getByRole("button", { name: W["ui-results-change"] }).isEnabled());
}

test("contacts", async (t) => {
  const h = await setup(t, { route });

  await t.test("a mother with no childcare sees up to three local contacts, why, and how to reach them", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.awa);
    const found = await cards(frame, "famille");
    assert.ok(found.length >= 1 && found.length <= 3, `${found.length} contacts`);
    assert.equal(found.filter((c) => c.first).length, 1);
    assert.ok(found[0].first);
    const why = W["ui-contact-because"].replace("{ $why }", W["why-famille-garde-aucune"]);
    assert.ok(found.some((c) => c.why === why), `${JSON.stringify(found.map((c) => c.why))} lacks «${why}»`);
    for (const c of found) {
      for (const href of c.links) assert.match(href, /^(https?:|tel:|mailto:)/);
    }
    assert.ok(found.some((c) => /Ouvert maintenant|Ouvre |Horaires/.test(c.text)), "opening hours shown");
    assert.ok(found.some((c) => c.links.some((l) => l.startsWith("tel:"))), "a number to call");
    // Professional-only services are not offered to a resident alone.
    assert.ok(!found.some((c) => c.text.includes(W["ui-contact-professional"])));
    assert.deepEqual(page.errors, []);
  });

  await t.test("a 22-year-old sees the mission locale among his contacts; a 55-year-old who skips health gets no health contact", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.karim);
    const reseau = await cards(frame, "reseau");
    assert.ok(reseau.length >= 1 && reseau[0].first);
    const all = (await frame.locator(".pw-roadmap .pw-contact").allTextContents()).join("\n");
    assert.match(all, /[Mm]ission locale/, "young people's service for a 22-year-old");
    const michel = await h.page("/", { viewport: PHONE });
    const f2 = await widgetFrame(michel);
    await run(f2, PERSONAS.michel);
    assert.equal(await f2.locator(".pw-roadmap").getByRole("heading", { level: 3, name: W["field-sante"] }).count(), 0);
    assert.ok(!(await f2.locator(".pw-roadmap .pw-contact").allTextContents()).join().match(/[Mm]ission locale/), "no service for the young");
  });

  await t.test("choosing a commune changes distances and eligibility, and is kept", async () => {
    const page = await h.page("/", { viewport: PHONE });
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.karim);
    const select = frame.getByRole("combobox", { name: W["ui-commune-label"] });
    const options = await select.locator("option").allTextContents();
    assert.ok(options.length >= 3, options.join());
    await select.selectOption({ index: 2 });
    const chosen = await select.inputValue();
    await page.reload();
    const again = await widgetFrame(page);
    assert.equal(await again.getByRole("combobox", { name: W["ui-commune-label"] }).inputValue(), chosen);
  });

  for (const [path, why] of [["/faults/404.json", "HTTP 404"], ["/faults/500.json", "HTTP 500"], ["/faults/garbage.json", "not valid JSON"],
    ["/nowhere.json", "HTTP 404"], ["/faults/truncated.json", "not valid JSON"],
    ["/faults/html.json", "not valid JSON"], ["/faults/huge.json", "larger than 20 MB"], ["demo:/no-cors.json", "CORS"]]) {
    await t.test(`contacts file ${path}: the widget works and says so`, () => failing(h, path, why));
  }
});

// A host that never answers: the release gives up after 10 s (src/web/fetch.rs). The bundle built with
// the test hooks (target/test-dist, tools/test.sh) has the same code with a 1 s limit, so this waits 1 s.
const testDist = new URL("../../target/test-dist/", import.meta.url);

test("contacts: a host that never answers", { skip: !existsSync(testDist) && "run tools/test.sh (it builds target/test-dist)" }, async (t) => {
  const h = await setup(t, { bundleDir: testDist.pathname, route });
  await t.test("contacts file /faults/slow.json: the widget works and says so", () => failing(h, "/faults/slow.json", "no answer after 1 s"));
});
