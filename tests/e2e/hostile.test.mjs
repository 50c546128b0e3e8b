// Pages we never saw (SPEC §7): hostile CSS, broken globals, throwing scripts, a narrow
// container, a right-to-left page, a widget removed; and the privacy proofs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setup, widgetFrame, openHtml, snippet, shell, W, NUMBERS, run, PERSONAS, PHONE, delivered, frames } from "./harness.mjs";

const HOSTILE_CSS = `<style>* { all: revert; font-size: 40px !important; color: red !important }
button { display: none } iframe { height: 0 } div { padding: 30px !important }</style>`;
// Run before the loader: a page whose scripts break what they can.
const BROKEN_GLOBALS = () => {
  window.fetch = () => { throw new Error("host fetch"); };
  const P = window.Promise;
  window.Promise = function () { throw new Error("host Promise"); };
  window.Promise.resolve = P.resolve.bind(P);
  Array.prototype.map = function () { throw new Error("host map"); };
  // Not a wait: a host script that throws later, on its own.
  setTimeout(() => { throw new Error("host script error"); }, 0);
};

/** Errors that reach the host page's window.onerror, and where they come from. */
const RECORD_ERRORS = () => {
  window.hostErrors = [];
  window.addEventListener("error", (e) => window.hostErrors.push({ message: String(e.message), file: String(e.filename || "") }));
};

async function widgetWorks(page, integration) {
  if (integration === "iframe") {
    const frame = await widgetFrame(page);
    const start = frame.getByRole("button", { name: W["ui-start"] });
    assert.ok(await start.isVisible());
    const size = await frame.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".pw")).fontSize));
    assert.ok(size >= 14 && size <= 20, `font size ${size}px`);
    const box = await page.locator("div.passerelle iframe").boundingBox();
    assert.ok(box.height > 200, `iframe ${box.height}px high`);
    await start.click();
    await frame.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
    return frame;
  }
  const root = page.locator("div.passerelle .pw-app:not([data-pw-first])");
  await root.waitFor();
  const start = page.locator("div.passerelle").getByRole("button", { name: W["ui-start"] });
  assert.ok(await start.isVisible());
  const style = await page.evaluate(() => {
    const r = document.querySelector("div.passerelle").shadowRoot;
    const s = getComputedStyle(r.querySelector(".pw-title"));
    return { size: parseFloat(s.fontSize), color: s.color };
  });
  assert.ok(style.size >= 18 && style.size <= 30, `title ${style.size}px`);
  assert.notEqual(style.color, "rgb(255, 0, 0)");
  await start.click();
  await page.locator("div.passerelle").getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
  return page;
}

test("hostile host pages", async (t) => {
  const h = await setup(t);
  const ours = (e) => e.file.startsWith(h.servers.bundle);

  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: CSS that restyles everything`, async () => {
      const page = await openHtml(h, `/css-${integration}.html`, shell(`<p id="own">Texte du site</p>${snippet(`data-integration="${integration}"`)}`, HOSTILE_CSS), { init: RECORD_ERRORS });
      await widgetWorks(page, integration);
      assert.equal(await page.locator("#own").textContent(), "Texte du site");
      assert.deepEqual((await page.evaluate(() => window.hostErrors)).filter(ours), []);
    });

    await t.test(`${integration}: scripts that throw and break fetch, Promise, Array.prototype.map`, async () => {
      const page = await openHtml(h, `/globals-${integration}.html`, shell(snippet(`data-integration="${integration}"`)), {
        // The partner page only: its scripts cannot reach the widget's own iframe.
        init: `if (window === window.top) { (${RECORD_ERRORS})(); (${BROKEN_GLOBALS})(); }`,
      });
      await widgetWorks(page, "iframe");
      const errors = await page.evaluate(() => window.hostErrors);
      assert.ok(errors.some((e) => e.message.includes("host script error")), "the host's own error is the host's");
      assert.deepEqual(errors.filter(ours), []);
      if (integration === "inline") assert.ok(page.warnings.some((w) => w.includes("replaced") && w.includes("iframe")), page.warnings.join("\n"));
    });

    await t.test(`${integration}: a 280 px container`, async () => {
      const page = await openHtml(h, `/narrow-${integration}.html`,
        shell(`<div id="box" style="width: 280px">${snippet(`data-integration="${integration}" data-target="#box"`)}</div>`), { viewport: PHONE });
      const scope = await widgetWorks(page, integration);
      const fits = await (integration === "iframe"
        ? scope.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)
        : page.evaluate(() => { const b = document.querySelector("div.passerelle"); return b.scrollWidth <= 280; }));
      assert.ok(fits, "no horizontal scrolling in 280 px");
    });

    await t.test(`${integration}: a right-to-left page keeps a left-to-right French widget`, async () => {
      const page = await openHtml(h, `/rtl-${integration}.html`,
        shell(snippet(`data-integration="${integration}" data-lang="fr"`)).replace('<html lang="fr">', '<html lang="ar" dir="rtl">'));
      const scope = await widgetWorks(page, integration);
      const dir = await (integration === "iframe" ? scope : page).evaluate(() => {
        const root = document.querySelector("div.passerelle")?.shadowRoot?.querySelector(".pw-app") ?? document.querySelector(".pw-app");
        return getComputedStyle(root).direction;
      });
      assert.equal(dir, "ltr");
    });
  }

  await t.test("a tag in <head> mounts the widget at the start of <body>, with defer or without", async () => {
    for (const defer of ["defer", ""]) {
      const tag = snippet().replace(" defer ", ` ${defer} `);
      const page = await openHtml(h, `/head-${defer || "sync"}.html`, shell('<p id="own">Texte du site</p>', tag), { viewport: PHONE });
      const frame = await widgetFrame(page);
      assert.ok(await frame.getByRole("button", { name: W["ui-start"] }).isVisible());
      const where = await page.evaluate(() => {
        const box = document.querySelector("div.passerelle");
        return { parent: box.parentElement.tagName, first: document.body.firstElementChild === box, height: box.getBoundingClientRect().height };
      });
      assert.deepEqual({ parent: where.parent, first: where.first }, { parent: "BODY", first: true }, `${defer || "no defer"}`);
      assert.ok(where.height > 200, `box ${where.height}px high`);
    }
    // data-target still wins, even for an element parsed after the tag.
    const page = await openHtml(h, "/head-target.html", shell('<div id="ici"></div>', snippet('data-target="#ici"').replace(" defer ", " ")));
    await widgetFrame(page);
    assert.equal(await page.evaluate(() => document.querySelector("div.passerelle").parentElement.id), "ici");
  });

  await t.test("a page's own window.__passerelle cannot poison the loader", async () => {
    const poisons = {
      object: "window.__passerelle = { count: 'x' }",
      getter: "Object.defineProperty(window, '__passerelle', { get() { throw new Error('host getter'); }, configurable: false })",
      element: "document.write('<div id=\"__passerelle\"></div>')",
      frozen: "Object.defineProperty(window, '__passerelle', { value: Object.create(null), writable: false, configurable: false, enumerable: false }); window.__passerelle.x = 1",
    };
    for (const [name, poison] of Object.entries(poisons)) {
      const page = await openHtml(h, `/poison-${name}.html`,
        shell(`<div id="a">${snippet()}</div><div id="b">${snippet('data-integration="inline"')}</div><div id="c">${snippet('data-integration="inline"')}</div>`, `<script>${poison}</script>`),
        { init: RECORD_ERRORS });
      await widgetFrame(page, 0);
      const boxes = page.locator("div.passerelle");
      await boxes.nth(1).locator(".pw-app:not([data-pw-first])").waitFor();
      await boxes.nth(2).locator(".pw-app:not([data-pw-first])").waitFor();
      const src = await page.evaluate(() => document.querySelector("div.passerelle").shadowRoot.querySelector("iframe").src);
      assert.equal(new URL(src).searchParams.get("instance"), "0", name);
      // Each widget keeps its own answers: the second inline one starts, the third does not follow.
      await boxes.nth(1).getByRole("button", { name: W["ui-start"] }).click();
      await boxes.nth(1).getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
      assert.ok(await boxes.nth(2).getByRole("button", { name: W["ui-start"] }).isVisible(), name);
      const keys = await page.evaluate(() => Object.keys(sessionStorage));
      assert.deepEqual(keys.filter((k) => k.startsWith("passerelle:")).map((k) => k.split(":").pop()), ["1"], `${name}: ${keys}`);
      assert.deepEqual((await page.evaluate(() => window.hostErrors)).filter(ours), [], name);
    }
  });

  await t.test("inline: a page that replaced JSON, Reflect or Object.entries gets the iframe", async () => {
    const breaks = {
      "JSON.parse": "JSON.parse = (t) => ({ services: [] })",
      "Reflect.get": "Reflect.get = () => undefined",
      "Object.entries": "Object.entries = () => []",
    };
    for (const [name, breaker] of Object.entries(breaks)) {
      const page = await openHtml(h, `/broken-${name}.html`, shell(snippet('data-integration="inline"')), {
        init: `if (window === window.top) { ${breaker}; }`,
      });
      await widgetWorks(page, "iframe");
      assert.ok(page.warnings.some((w) => w.includes("replaced") && w.includes("iframe")), `${name}: ${page.warnings.join("\n")}`);
    }
  });

  await t.test("inline: the contacts reader reads a file's own properties, never Object.prototype's", async () => {
    const demo = JSON.parse(readFileSync(new URL("../../content/contacts/demo.json", import.meta.url), "utf8"));
    const service = demo.services.find((s) => s.id === "demo-tilleuls-accueil-emploi");
    delete service.nom;
    delete service.telephone;
    h.servers.pages.set("/polluted-contacts.json", JSON.stringify(demo));
    const page = await openHtml(h, "/polluted.html",
      shell(snippet('data-integration="inline" data-contacts="/polluted-contacts.json" data-commune="93901"')),
      { init: () => { Object.prototype.nom = "Service emprunté"; Object.prototype.telephone = "08 99 99 99 99"; } });
    const box = page.locator("div.passerelle");
    await box.locator(".pw-app:not([data-pw-first])").waitFor();
    // The file is fetched and read once the diagnostic has started (src/ui/boot.rs).
    await run(page.locator("div.passerelle"), PERSONAS.karim);
    await box.locator(".pw-contact").first().waitFor({ state: "attached" });
    assert.ok(page.warnings.some((w) => w.includes('"demo-tilleuls-accueil-emploi" left out: `nom`')), page.warnings.join("\n"));
    const shown = await page.evaluate(() => document.querySelector("div.passerelle").shadowRoot.textContent);
    assert.ok(shown.includes("Centre social") || shown.length > 200, "the roadmap is shown");
    assert.ok(!shown.includes("Service emprunté"));
    assert.ok(!shown.includes("08 99 99 99 99"));
  });

  await t.test("the loader's message handler shrugs off 2 000 random messages", async () => {
    const page = await openHtml(h, "/messages.html", shell(snippet()), {
      init: () => {
        if (window !== window.top) return;
        window.events = 0;
        window.hostErrors = [];
        window.addEventListener("error", (e) => window.hostErrors.push({ message: String(e.message), file: String(e.filename || "") }));
        document.addEventListener("passerelle:completed", () => window.events++);
      },
    });
    const frame = await widgetFrame(page);
    const iframe = page.locator("div.passerelle iframe");
    const before = (await iframe.boundingBox()).height;
    // From the widget's own frame (the trusted source) and from the page itself (untrusted).
    const fuzz = () => {
      let seed = 42;
      const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
      const values = [null, undefined, 0, -1, 1e9, NaN, Infinity, "", "x".repeat(10000), [], {}, true, "passerelle", "resize", "event",
        "passerelle:completed", "passerelle:ready", "__proto__", { toString: null }];
      const pick = () => values[rnd(values.length)];
      const out = [];
      for (let i = 0; i < 1000; i++) {
        const m = rnd(3) === 0 ? pick() : { source: rnd(2) ? "passerelle" : pick(), type: rnd(2) ? "resize" : pick(), height: pick(), name: pick(), detail: pick() };
        out.push(m);
      }
      return out;
    };
    await frame.evaluate((msgs) => msgs.forEach((m) => { try { parent.postMessage(m, "*"); } catch { /* not clonable */ } }), await page.evaluate(`(${fuzz})()`));
    await page.evaluate(`(${fuzz})().forEach((m) => { try { window.postMessage(m, "*"); } catch {} })`);
    // Every message handled: a marker from each sender arrives after that sender's messages.
    await delivered(page, frame);
    await delivered(page, page.mainFrame());
    const after = (await iframe.boundingBox()).height;
    assert.ok(after > 0 && after < 1e5, `iframe height ${after} (was ${before})`);
    assert.deepEqual((await page.evaluate(() => window.hostErrors)).filter(ours), []);
    // The widget still answers: a real resize still works.
    await frame.getByRole("button", { name: W["ui-start"] }).click();
    await frame.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
  });

  await t.test("the snippet twice, one widget removed: the other still works", async () => {
    const page = await openHtml(h, "/twice.html", shell(`<div id="a">${snippet()}</div><div id="b">${snippet('data-integration="inline"')}</div>`), { init: RECORD_ERRORS });
    await page.locator("div.passerelle").nth(1).locator(".pw-app:not([data-pw-first])").waitFor();
    await widgetFrame(page, 0);
    await page.evaluate(() => document.querySelector("#a").remove());
    const inline = page.locator("div.passerelle");
    await inline.getByRole("button", { name: W["ui-start"] }).click();
    await inline.getByRole("heading", { level: 2, name: W["profile-title"] }).waitFor();
    await page.evaluate(() => document.querySelector("#b").remove());
    // What the removal sets off (observers, layout) runs by the second frame after it.
    await frames(page);
    assert.deepEqual((await page.evaluate(() => window.hostErrors)).filter(ours), []);
    assert.deepEqual(page.errors, []);
  });
});

test("privacy", async (t) => {
  const h = await setup(t);

  await t.test("a full run asks for the bundle's files and the contacts file only, sets no cookie, and the host cannot read it", async () => {
    const page = await h.page(null, { viewport: PHONE });
    const requested = [];
    page.context().on("request", (r) => requested.push(r.url()));
    await page.goto(h.servers.demo + "/");
    const frame = await widgetFrame(page);
    await run(frame, PERSONAS.awa);
    await frame.locator(".pw-contact").first().waitFor({ state: "attached" });
    const allowed = /^\/(embed\.js|widget\.html|contacts\.json|national\.json|trust\.json|passerelle-(split-)?[0-9a-f]{10}\.(js|wasm|css)|messages-[a-z]+-[0-9a-f]{10}\.txt)$/;
    for (const u of requested) {
      const url = new URL(u);
      if (url.origin === h.servers.demo) continue; // the partner's own page and files
      assert.equal(url.origin, h.servers.bundle, `request to ${u}`);
      assert.match(url.pathname, allowed, `unexpected request ${u}`);
      assert.equal(url.hash, "");
    }
    assert.ok(requested.some((u) => u.endsWith("/contacts.json")));
    // One download of each wasm file — the first module and the chunks — (no preload fetched beside it).
    const wasm = requested.filter((u) => u.endsWith(".wasm"));
    assert.equal(new Set(wasm).size, wasm.length, `a wasm file downloaded twice: ${wasm.join(", ")}`);
    const chunks = JSON.parse(readFileSync(join(process.env.PASSERELLE_DIST || fileURLToPath(new URL("../../target/dist", import.meta.url)), "manifest.json"), "utf8")).chunks || [];
    assert.ok(wasm.length >= 1 && wasm.length <= 1 + chunks.length, `downloads of the wasm: ${wasm.join(", ")}`);
    assert.deepEqual(await page.context().cookies(), []);
    // Cross-origin: the partner page's scripts cannot reach the answers.
    const peek = await page.evaluate(() => {
      const f = document.querySelector("div.passerelle").shadowRoot.querySelector("iframe");
      try { return f.contentDocument === null ? "null" : "readable"; } catch { return "blocked"; }
    });
    assert.notEqual(peek, "readable");
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, "nothing in the partner's storage");
  });
});

test("a crafted link does not borrow the bundle's origin", async (t) => {
  const stranger = JSON.parse(readFileSync(new URL("../../content/contacts/demo.json", import.meta.url), "utf8"));
  for (const s of stranger.services) s.nom = "Service de l'inconnu";
  const h = await setup(t, {
    route: (req, res, url) => {
      if (url.pathname !== "/c.json") return false;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(stranger));
      return true;
    },
  });

  await t.test("widget.html?partner=Caisse Test&contacts=stranger: neither the name nor the stranger's services", async () => {
    const page = await h.page(null, { viewport: PHONE });
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${h.servers.bundle}/widget.html?partner=Caisse%20Test&contacts=${h.servers.faults}/c.json&commune=93901`);
    await page.locator(".pw-app").waitFor();
    await page.getByText(W["ui-unvouched"]).waitFor();
    assert.ok(!(await page.locator(".pw-app").textContent()).includes("Caisse Test"));
    await run(page, PERSONAS.awa);
    const text = await page.locator(".pw-app").textContent();
    assert.ok(!text.includes("Caisse Test") && !text.includes("Service de l'inconnu"), "borrowed trust");
    await page.locator(".pw-contact").first().waitFor({ state: "attached" });
    // The roadmap says why its contacts are national: the link, not a failed download.
    await page.getByText(W["ui-contacts-unvouched"]).waitFor();
    assert.equal(await page.getByText(W["ui-contacts-failed"]).count(), 0);
    assert.ok(!requested.some((u) => new URL(u).pathname === "/c.json"), "the stranger's file was fetched");
    assert.ok(page.warnings.some((w) => w.includes("trust.json") && w.includes("Caisse Test")), page.warnings.join("\n"));
  });

  await t.test("a listed partner's link, and the same stranger file on a partner's own page, still work", async () => {
    const page = await h.page(null, { viewport: PHONE });
    await page.goto(`${h.servers.bundle}/widget.html?partner=${encodeURIComponent("Centre social Les Tilleuls")}&contacts=${encodeURIComponent(h.servers.bundle + "/contacts.json")}`);
    await page.locator(".pw-app").waitFor();
    assert.ok((await page.locator(".pw-app").textContent()).includes("Centre social Les Tilleuls"));
    assert.equal(await page.getByText(W["ui-unvouched"]).count(), 0);
    const partner = await openHtml(h, "/caisse.html", shell(`<script src="%BUNDLE%/embed.js" defer data-partner="Caisse Test" data-contacts="${h.servers.faults}/c.json" data-commune="93901"></script>`), { viewport: PHONE });
    const frame = await widgetFrame(partner);
    assert.ok((await frame.locator(".pw-app").textContent()).includes("Caisse Test"));
    assert.equal(await frame.getByText(W["ui-unvouched"]).count(), 0);
  });
});

/** The call and text links in `scope`, in order. */
const links = (scope) => scope.locator("a[href^='tel:'], a[href^='sms:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));

test("older browsers", async (t) => {
  const h = await setup(t);
  const OLD = () => { WebAssembly.validate = () => false; };

  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: no WebAssembly reference types: the national numbers in the partner's colour, and why on the console`, async () => {
      const page = await openHtml(h, `/old-${integration}.html`, shell(snippet(`data-integration="${integration}" data-color="#7c3a12"`), `<link rel="icon" href="data:,">`), { init: OLD });
      const box = page.locator("div.passerelle");
      await box.getByRole("heading", { name: "Votre navigateur est trop ancien pour ce questionnaire." }).waitFor();
      assert.deepEqual(await links(box), NUMBERS.map(([n, how]) => `${how}:${n}`));
      await box.getByText("Pour être aidé près de chez vous, adressez-vous à : Centre social Les Tilleuls.", { exact: true }).waitFor();
      assert.equal(await box.locator("a", { hasText: "Retour au site" }).getAttribute("href"), h.servers.demo + "/");
      assert.equal(await box.locator("h2").evaluate((e) => getComputedStyle(e).color), "rgb(124, 58, 18)");
      assert.equal(await page.evaluate(() => document.querySelector("div.passerelle").shadowRoot.querySelector("iframe")), null);
      assert.ok(page.warnings.some((w) => w.includes("reference types") && w.includes("Safari/iOS 15")), page.warnings.join("\n"));
      assert.deepEqual(page.errors, []);
    });
  }

  await t.test("the widget page opened directly in such a browser shows the first screen, then the numbers, and downloads no wasm", async () => {
    const page = await h.page(null);
    const wasm = [];
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url()); });
    await page.addInitScript(OLD);
    await page.goto(`${h.servers.bundle}/widget.html`);
    // The welcome as the bundle draws it (www/first.js); « Commencer » leads to the numbers.
    await page.getByRole("button", { name: W["ui-start"] }).click();
    await page.getByRole("heading", { name: "Votre navigateur est trop ancien pour ce questionnaire." }).waitFor();
    assert.deepEqual(await links(page.locator("#pw-old")), NUMBERS.map(([n, how]) => `${how}:${n}`));
    assert.deepEqual(wasm, []);
    assert.ok(page.warnings.some((w) => w.includes("reference types")), page.warnings.join("\n"));
  });

  await t.test("inline without constructable stylesheets: the iframe, and why", async () => {
    const page = await openHtml(h, "/no-replacesync.html", shell(snippet('data-integration="inline"')), {
      init: `if (window === window.top) delete CSSStyleSheet.prototype.replaceSync;`,
    });
    await widgetWorks(page, "iframe");
    assert.ok(page.warnings.some((w) => w.includes("constructable stylesheets") && w.includes("iframe")), page.warnings.join("\n"));
  });
});
