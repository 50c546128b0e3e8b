// Panic containment (SPEC §7): a bug shows a short apology with the partner's name and a reload
// button, the details go to the console, and the host page keeps working. The bundle built
// with `--features test-hooks` (target/test-dist, a quick unoptimised build of the same code, see
// tools/test.sh) can panic on demand; the release bundle (target/dist) cannot.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { setup, openHtml, snippet, shell, W, widgetFrame } from "./harness.mjs";

const dist = new URL("../../target/test-dist/", import.meta.url);
const release = new URL("../../target/dist/", import.meta.url);

test("the release bundle has no test hook", { skip: !existsSync(release) && "run make build" }, () => {
  const files = JSON.parse(readFileSync(new URL("manifest.json", release), "utf8"));
  for (const file of [files.js, files.wasm]) {
    assert.ok(!readFileSync(new URL(file, release)).includes("panic_for_tests"), `${file} exports the panic on demand`);
  }
});

test("panic containment", { skip: !existsSync(dist) && "run tools/test.sh (it builds target/test-dist)" }, async (t) => {
  const h = await setup(t, { bundleDir: dist.pathname });
  const glue = JSON.parse(readFileSync(new URL("manifest.json", dist), "utf8")).js;
  const host = shell(`${snippet('data-partner="Centre social Les Tilleuls"')}<button id="host-button">Bouton du site</button>`);

  for (const integration of ["iframe", "inline"]) {
    await t.test(`${integration}: an apology with the partner's name, the host page unharmed`, async () => {
      const page = await openHtml(h, `/panic-${integration}.html`, host.replace("data-partner", `data-integration="${integration}" data-partner`), {
        init: () => {
          window.hostErrors = [];
          window.addEventListener("error", (e) => window.hostErrors.push(String(e.message)));
          document.addEventListener("DOMContentLoaded", () => document.getElementById("host-button")?.addEventListener("click", () => { window.hostClicked = true; }));
        },
      });
      const scope = integration === "iframe" ? await widgetFrame(page) : page;
      if (integration === "inline") await page.locator("div.passerelle .pw-app").waitFor();
      const thrown = await scope.evaluate(async (js) => {
        const m = await import(new URL(js, document.querySelector("script[src$='embed.js']")?.src ?? location.href).href);
        try { m.panic_for_tests(); return null; } catch (e) { return String(e); }
      }, glue);
      assert.ok(thrown, "the panic stops the call");
      const alert = scope.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.textContent(), /Désolé.*Centre social Les Tilleuls/s);
      assert.ok(await alert.getByRole("button", { name: W["ui-reload"] }).isVisible());
      assert.ok(page.errors.some((e) => e.includes("Passerelle: internal error")), page.errors.join("\n"));
      await page.locator("#host-button").click();
      assert.equal(await page.evaluate(() => window.hostClicked), true, "the host page still works");
      assert.deepEqual(await page.evaluate(() => window.hostErrors), []);
    });
  }
});
