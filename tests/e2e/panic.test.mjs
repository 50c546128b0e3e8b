// Panic containment (SPEC §7): a bug shows a short apology with the partner's name and a reload
// button, the details go to the console, and the host page keeps working. The bundle built
// with `--features test-hooks` (target/test-dist, a quick unoptimised build of the same code, see
// tools/test.sh) can panic on demand; the release bundle (target/dist) cannot.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { setup, openHtml, snippet, shell, run, W, NUMBERS, PHONE, choose, widgetFrame, gainsFocus, still } from "./harness.mjs";

const dist = new URL("../../target/test-dist/", import.meta.url);
const release = new URL("../../target/dist/", import.meta.url);

/** The release bundle's chunk files, by split point (its manifest's `parts`). */
function releaseParts() {
  return JSON.parse(readFileSync(new URL("manifest.json", release), "utf8")).parts || {};
}

/** Cuts `page` off from `files`, as a lost network would, while `cut.on`; counts the refused fetches. */
async function cutOff(page, files, on) {
  const cut = { on, refused: 0 };
  await page.context().route((u) => files.some((f) => u.pathname.endsWith(f)), (route) => {
    if (!cut.on) return route.continue();
    cut.refused++;
    return route.abort("internetdisconnected");
  });
  return cut;
}

/** After the retries (1 + 3 + 9 s), the plain message that the rest did not come. */
async function saysMissing(scope) {
  const alert = scope.getByRole("alert");
  await alert.waitFor({ timeout: 30000 });
  assert.equal((await alert.textContent()).trim(), W["ui-later-failed"]);
  // A resident in danger on a bad network keeps the emergency numbers, as the welcome lists them.
  const sos = scope.getByRole("list", { name: W["ui-welcome-sos"] }).getByRole("link");
  assert.deepEqual(await sos.evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
    NUMBERS.map(([n, how]) => `${how}:${n}`));
}

test("the release bundle has no test hook", { skip: !existsSync(release) && "run make build" }, () => {
  const files = JSON.parse(readFileSync(new URL("manifest.json", release), "utf8"));
  for (const file of [files.js, files.wasm]) {
    assert.ok(!readFileSync(new URL(file, release)).includes("panic_for_tests"), `${file} exports the panic on demand`);
  }
});

/**
 * Opens the host page with a widget in `integration`, stops the wasm with `stop` (run in the
 * widget's document with the glue module), and checks the apology, the console and the host page.
 */
async function contained(h, bundle, integration, stop) {
  const glue = JSON.parse(readFileSync(new URL("manifest.json", bundle), "utf8")).js;
  const host = shell(`${snippet('data-partner="Centre social Les Tilleuls"')}<button id="host-button">Bouton du site</button>`);
  const page = await openHtml(h, `/panic-${integration}.html`, host.replace("data-partner", `data-integration="${integration}" data-partner`), {
    init: () => {
      window.hostErrors = [];
      window.addEventListener("error", (e) => window.hostErrors.push(String(e.message)));
      document.addEventListener("DOMContentLoaded", () => document.getElementById("host-button")?.addEventListener("click", () => { window.hostClicked = true; }));
    },
  });
  const scope = integration === "iframe" ? await widgetFrame(page) : page;
  // (Inline, the first screen before the wasm is a `.pw-app` too: the trap needs the wasm's.)
  if (integration === "inline") await page.locator("div.passerelle .pw-app:not([data-pw-first])").waitFor();
  else await scope.locator(".pw-app:not([data-pw-first])").waitFor();
  const thrown = await scope.evaluate(async ([js, how]) => {
    const m = await import(new URL(js, document.querySelector("script[src$='embed.js']")?.src ?? location.href).href);
    try { new Function("m", how)(m); return null; } catch (e) { return String(e); }
  }, [glue, stop]);
  assert.match(thrown ?? "", /RuntimeError/, "the trap stops the call");
  const alert = scope.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /Désolé.*Centre social Les Tilleuls/s);
  // A resident in danger keeps the emergency numbers, as the welcome lists them.
  const sos = alert.getByRole("list", { name: W["ui-welcome-sos"] }).getByRole("link");
  assert.deepEqual(await sos.evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
    NUMBERS.map(([n, how]) => `${how}:${n}`));
  assert.equal((await sos.first().textContent()).trim(), `115 ${W["emergency-short-115"]}`);
  assert.ok(await alert.getByText(W["ui-welcome-sos"]).isVisible());
  assert.ok(await alert.getByRole("button", { name: W["ui-reload"] }).isVisible());
  assert.equal(page.errors.filter((e) => e.includes("Passerelle: internal error")).length, 1, page.errors.join("\n"));
  await page.locator("#host-button").click();
  assert.equal(await page.evaluate(() => window.hostClicked), true, "the host page still works");
  assert.deepEqual(await page.evaluate(() => window.hostErrors), []);
  return page;
}

test("panic containment", { skip: !existsSync(dist) && "run tools/test.sh (it builds target/test-dist)" }, async (t) => {
  const h = await setup(t, { bundleDir: dist.pathname });
  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: an apology with the partner's name, the host page unharmed`, async () => {
      const page = await contained(h, dist, integration, "m.panic_for_tests()");
      // The test bundle keeps Rust's panic hook: the panic's own message is in the console too.
      assert.ok(page.errors.some((e) => e.includes("a panic asked for by a test")), page.errors.join("\n"));
    });
  }
});

// The release bundle aborts on a panic without any hook (tools/build.mjs, `panic=immediate-abort`):
// the apology comes from the glue's guard alone. No panic on demand there, but any trap takes the
// same road: here an allocation the wasm cannot make (`__wbindgen_malloc` aborts), called through
// the exports the glue keeps (`initSync` returns them once the wasm runs).
test("trap containment in the release bundle", { skip: !existsSync(release) && "run make build" }, async (t) => {
  const h = await setup(t, { bundleDir: release.pathname });
  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: an apology with the partner's name, the host page unharmed`, async () => {
      await contained(h, release, integration, "m.initSync().__wbindgen_malloc(0xfffffff0, 1)");
    });
  }
});

// The later chunk (tools/build.mjs, "The split") is fetched while the resident answers. If it
// never comes, the results screen says so plainly, the answers are kept, and « Réessayer » works
// once the network is back; the host page is not touched.
test("the later chunk never arrives", async (t) => {
  const parts = releaseParts();
  const chunks = parts["split_later.wasm"] ? [parts["split_later.wasm"]] : [];
  if (!chunks.length) return t.skip("no later chunk in this bundle");
  const h = await setup(t);
  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: a clear message, answers kept, « Réessayer » brings the roadmap`, async () => {
      const page = await h.page(null);
      const cut = await cutOff(page, chunks, true);
      h.servers.pages.set(`/chunk-${integration}.html`, shell(snippet(`data-integration="${integration}" data-fields="mobilite"`)));
      await page.goto(`${h.servers.demo}/chunk-${integration}.html`);
      const scope = integration === "iframe" ? await widgetFrame(page) : page;
      await run(scope, {});
      await saysMissing(scope);
      assert.ok(cut.refused >= 2, `retried: ${cut.refused} attempts`);
      assert.ok(page.errors.some((e) => e.includes("the rest of the widget could not be loaded")), page.errors.join("\n"));
      cut.on = false;
      await scope.getByRole("button", { name: W["ui-retry"] }).click();
      await scope.locator(".pw-keep").waitFor();
      assert.ok(await scope.locator(".pw-roadmap > li, .pw-others > li").count() >= 1, "the roadmap, from the kept answers");
      await page.context().close();
    });
  }
});

// The diagnostic's chunk (src/ui/boot.rs) is fetched while the welcome is read. If it never
// comes, « Commencer » says so plainly after the retries, and « Réessayer » opens the questions
// once the network is back.
test("the diagnostic's chunk never arrives", async (t) => {
  const parts = releaseParts();
  // Its own part and the parts it shares with the results' chunk.
  const chunks = Object.entries(parts).filter(([name]) => name !== "split_later.wasm").map(([, file]) => file);
  if (!parts["split_diagnostic.wasm"]) return t.skip("no diagnostic chunk in this bundle");
  const h = await setup(t);
  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: a clear message, « Réessayer » opens the questions`, async () => {
      const page = await h.page(null);
      const cut = await cutOff(page, chunks, true);
      h.servers.pages.set(`/boot-${integration}.html`, shell(snippet(`data-integration="${integration}" data-fields="mobilite"`)));
      await page.goto(`${h.servers.demo}/boot-${integration}.html`);
      const scope = integration === "iframe" ? await widgetFrame(page) : page;
      await scope.getByRole("button", { name: W["ui-start"] }).click();
      await saysMissing(scope);
      assert.ok(cut.refused >= 2, `retried: ${cut.refused} attempts`);
      assert.ok(page.errors.some((e) => e.includes("the diagnostic could not be loaded")), page.errors.join("\n"));
      cut.on = false;
      await scope.getByRole("button", { name: W["ui-retry"] }).click();
      await scope.locator(".pw-profile").waitFor();
      await page.context().close();
    });
  }
  const AGE = W["a-profil-age-16-25"];
  /** Reloads with the chunks cut off: the widget's frame, once the plain message is on screen and the
   *  partner's page stands still (see `still`). */
  const reloadMissing = async (page) => {
    await page.reload();
    const scope = await widgetFrame(page);
    await saysMissing(scope);
    await still(page);
    return scope;
  };
  /** Starts the diagnostic, answers « De 16 à 25 ans », then reloads with the chunks cut off: the
   *  plain message is on screen. */
  const reloadedWithoutChunk = async (name) => {
    const page = await h.page(null);
    const cut = await cutOff(page, chunks, false);
    h.servers.pages.set(`/${name}.html`, shell(snippet('data-integration="iframe" data-fields="mobilite"')));
    await page.goto(`${h.servers.demo}/${name}.html`);
    const scope = await widgetFrame(page);
    await scope.getByRole("button", { name: W["ui-start"] }).click();
    await scope.getByRole("radio", { name: AGE }).check();
    cut.on = true;
    return { page, cut, scope: await reloadMissing(page) };
  };

  await t.test("a reload mid-diagnostic without the chunk: the same message, then the same screen, answers kept", async () => {
    const { page, cut, scope } = await reloadedWithoutChunk("boot-reload");
    cut.on = false;
    await scope.getByRole("button", { name: W["ui-retry"] }).click();
    await scope.locator(".pw-profile").waitFor();
    assert.equal(await scope.getByRole("radio", { name: AGE }).isChecked(), true);
    await page.context().close();
  });

  // « Quitter vite » stays for the visit once a safety answer is given, even changed back: after a
  // reload it is on the screen of a chunk that never came (the first module cannot read the
  // answers: the flag kept beside them, src/web/storage.rs), then on the diagnostic's own screens.
  await t.test("a reload after « J'ai peur à la maison » without the chunk: « Quitter vite » is there, wipes and leaves", async () => {
    const NEUTRAL = "https://www.google.fr/";
    const page = await h.page(null, { viewport: PHONE });
    await page.route(`${NEUTRAL}**`, (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>Google</title>" }));
    const cut = await cutOff(page, chunks, false);
    h.servers.pages.set("/boot-quit.html", shell(snippet('data-integration="iframe" data-fields="famille"')));
    await page.goto(`${h.servers.demo}/boot-quit.html`);
    let scope = await widgetFrame(page);
    await scope.getByRole("button", { name: W["ui-start"] }).click();
    const safety = scope.getByRole("group", { name: W["q-famille-securite"], exact: true });
    while (!(await safety.count())) await scope.getByRole("button", { name: W["ui-next"] }).click();
    await choose(safety.getByRole("radio", { name: W["a-famille-securite-non"], exact: true }));
    await scope.getByRole("button", { name: W["ui-quit"] }).waitFor();
    await choose(safety.getByRole("radio", { name: W["a-famille-securite-oui"], exact: true }));
    cut.on = true;
    scope = await reloadMissing(page);
    const quit = scope.getByRole("button", { name: W["ui-quit"] });
    assert.ok(await quit.isVisible(), "« Quitter vite » while the chunk does not come");
    // The network back: the diagnostic keeps it, the answer changed back all the same.
    cut.on = false;
    await scope.getByRole("button", { name: W["ui-retry"] }).click();
    const again = scope.getByRole("group", { name: W["q-famille-securite"], exact: true });
    await again.waitFor();
    assert.ok(await again.getByRole("radio", { name: W["a-famille-securite-oui"], exact: true }).isChecked());
    assert.ok(await quit.isVisible(), "kept by the diagnostic after the reload");
    cut.on = true;
    scope = await reloadMissing(page);
    await Promise.all([page.waitForURL(NEUTRAL), scope.getByRole("button", { name: W["ui-quit"] }).click()]);
    // Nothing left on the device: back on the partner's page, the widget starts afresh.
    cut.on = false;
    await page.goto(`${h.servers.demo}/boot-quit.html`);
    scope = await widgetFrame(page);
    await scope.locator(".pw-app:not([data-pw-first])").waitFor();
    assert.ok(await scope.getByRole("button", { name: W["ui-start"] }).isVisible(), "a fresh start");
    assert.equal(await scope.getByRole("button", { name: W["ui-quit"] }).count(), 0);
    assert.deepEqual(await scope.evaluate(() => Object.keys(sessionStorage).filter((k) => !k.endsWith(":lang"))), [], "wiped");
    await page.context().close();
  });

  await t.test("a reload mid-diagnostic without the chunk: « Effacer mes réponses » there wipes them, the welcome comes back", async () => {
    const { page, cut, scope } = await reloadedWithoutChunk("boot-clear");
    await scope.getByRole("button", { name: W["ui-clear"] }).click();
    await scope.getByRole("button", { name: W["ui-clear-yes"] }).click();
    // (« Un instant… » has the welcome's title: the welcome is there when « Commencer » is.)
    await scope.getByRole("button", { name: W["ui-start"] }).waitFor();
    const welcome = scope.getByRole("heading", { level: 2, name: W["ui-welcome-title"] });
    assert.ok(await gainsFocus(welcome), "focus on the welcome's heading");
    const kept = await scope.evaluate(() => Object.keys(sessionStorage).filter((k) => !k.endsWith(":lang")));
    assert.deepEqual(kept, [], "the answers are wiped from this device");
    assert.equal(await scope.locator(".pw-welcome .pw-notice").textContent(), W["ui-cleared"]);
    assert.equal(await scope.locator("[aria-live=assertive]").textContent(), W["ui-cleared"]);
    // The network back: « Commencer » opens the questions afresh, not the wiped answers.
    cut.on = false;
    await scope.getByRole("button", { name: W["ui-start"] }).click();
    await scope.getByRole("button", { name: W["ui-retry"] }).click();
    await scope.locator(".pw-profile").waitFor();
    assert.equal(await scope.getByRole("radio", { name: AGE }).isChecked(), false);
    assert.ok(!page.errors.some((e) => /panic|unwrap/i.test(e)), page.errors.join("\n"));
    await page.context().close();
  });
});
