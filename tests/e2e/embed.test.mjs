// The embedding contract (SPEC §3): one script tag gives a titled, self-sizing, lazy iframe on
// the bundle's origin, or an inline widget in a shadow root; several widgets stay independent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, widgetFrame, openHtml, snippet, shell, PHONE } from "./harness.mjs";

test("embedding", async (t) => {
  const h = await setup(t);

  await t.test("iframe: titled, on the bundle's origin, sized to its content, no inner scrollbar", async () => {
    const page = await h.page("/");
    const iframe = page.locator("div.passerelle iframe");
    assert.match(await iframe.getAttribute("title"), /Passerelle/);
    const frame = await widgetFrame(page);
    assert.equal(new URL(frame.url()).origin, h.servers.bundle);
    assert.notEqual(h.servers.bundle, h.servers.demo);
    const fits = () => frame.evaluate(() => {
      const d = document.documentElement;
      return { scroll: d.scrollHeight, client: d.clientHeight, over: getComputedStyle(d).overflowY };
    });
    await page.waitForFunction(() => {
      const f = document.querySelector("div.passerelle").shadowRoot.querySelector("iframe");
      return f.contentWindow && Math.abs(f.getBoundingClientRect().height - 420) > 1;
    });
    let m = await fits();
    assert.ok(m.scroll <= m.client, `content ${m.scroll}px overflows the iframe ${m.client}px`);
    assert.equal(m.over, "hidden");

    // Content grows: the iframe follows, and shrinks back.
    const before = (await iframe.boundingBox()).height;
    await frame.evaluate(() => {
      const extra = document.createElement("div");
      extra.id = "extra";
      extra.style.height = "900px";
      document.querySelector(".pw-app").append(extra);
    });
    await page.waitForFunction((b) => {
      const f = document.querySelector("div.passerelle").shadowRoot.querySelector("iframe");
      return f.getBoundingClientRect().height >= b + 899;
    }, before);
    m = await fits();
    assert.ok(m.scroll <= m.client, "no inner scrollbar after growing");
    await frame.evaluate(() => document.getElementById("extra").remove());
    await page.waitForFunction((b) => {
      const f = document.querySelector("div.passerelle").shadowRoot.querySelector("iframe");
      return Math.abs(f.getBoundingClientRect().height - b) <= 1;
    }, before);
    // Stable: no resize loop. This wait is the point of the check: a loop shows only over time
    // (each turn is a frame or two), so the height must stay put for half a second.
    const h1 = (await iframe.boundingBox()).height;
    await page.waitForTimeout(500);
    assert.equal((await iframe.boundingBox()).height, h1);
    assert.deepEqual(page.errors, []);
  });

  await t.test("iframe: loads only when near the viewport", async () => {
    const requested = [];
    const page = await h.page(null, { viewport: { width: 1024, height: 700 } });
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(h.servers.demo + "/lazy.html");
    // The loader has run (its iframe is there) and its IntersectionObserver has had its first look:
    // an observer made after it gets its first callback after it, in the same task.
    const iframe = page.locator("div.passerelle iframe");
    await iframe.waitFor({ state: "attached" });
    const src = await iframe.evaluate((f) => new Promise((ok) => {
      const io = new IntersectionObserver(() => { io.disconnect(); ok(f.getAttribute("src")); });
      io.observe(f);
    }));
    assert.ok(requested.includes("/embed.js"));
    assert.equal(src, null, "the widget page was asked for before it was needed");
    assert.ok(!requested.includes("/widget.html"), "the widget page loaded before it was needed");
    await page.locator("div.passerelle").scrollIntoViewIfNeeded();
    await widgetFrame(page);
    assert.ok(requested.includes("/widget.html"));
  });

  await t.test("iframe: near the viewport, asked for at once, not after the page's next rendering", async () => {
    const page = await h.page(null, { viewport: PHONE });
    // A deferred script runs right after the loader, in the same parse: where the frame stands then.
    const after = `data:text/javascript,window.pwSrc=document.querySelector("div.passerelle").shadowRoot.querySelector("iframe").getAttribute("src")`;
    h.servers.pages.set("/near.html", shell(snippet() + `<script defer src='${after}'></script>`));
    await page.goto(h.servers.demo + "/near.html");
    await page.waitForFunction(() => "pwSrc" in window);
    assert.match(await page.evaluate(() => window.pwSrc) || "", /widget\.html\?/);
    await widgetFrame(page);
  });

  await t.test("two widgets on one page work independently, one in data-target", async () => {
    const page = await h.page("/deux.html");
    assert.equal(await page.locator("div.passerelle").count(), 2);
    assert.equal(await page.locator("#espace-conseiller div.passerelle").count(), 1);
    const [a, b] = [await widgetFrame(page, 0), await widgetFrame(page, 1)];
    assert.notEqual(a, b);
    const hb = (await page.locator("div.passerelle iframe").nth(1).boundingBox()).height;
    await a.evaluate(() => {
      const x = document.createElement("div");
      x.style.height = "600px";
      document.querySelector(".pw-app").append(x);
    });
    await page.waitForFunction(() => document.querySelectorAll("div.passerelle")[0].shadowRoot
      .querySelector("iframe").getBoundingClientRect().height > 900);
    assert.equal((await page.locator("div.passerelle iframe").nth(1).boundingBox()).height, hb);
    assert.deepEqual(page.errors, []);
  });

  await t.test("inline: renders inside a shadow root, styled, immune to the host's CSS", async () => {
    const page = await h.page("/inline.html");
    await page.locator("div.passerelle .pw-app:not([data-pw-first])").waitFor();
    assert.equal(await page.locator("div.passerelle iframe").count(), 0);
    const style = await page.evaluate(() => {
      const root = document.querySelector("div.passerelle").shadowRoot;
      const button = root.querySelector("button");
      const s = getComputedStyle(button);
      return { inShadow: !!root.querySelector(".pw-app"), transform: s.textTransform, radius: s.borderTopLeftRadius,
        size: parseFloat(getComputedStyle(root.querySelector(".pw")).fontSize), sheets: root.adoptedStyleSheets.length };
    });
    assert.ok(style.inShadow);
    assert.equal(style.sheets, 1);
    assert.equal(style.transform, "none", "the host's `button { text-transform: uppercase }` leaked in");
    assert.notEqual(style.radius, "0px");
    assert.ok(style.size >= 16, `text is ${style.size}px: the host's root font size leaked in`);
    assert.deepEqual(page.errors, []);
  });

  await t.test("a CSP without 'wasm-unsafe-eval' makes inline fall back to the iframe, and says why", async () => {
    const page = await h.page("/csp.html");
    const frame = await widgetFrame(page);
    assert.ok(await frame.locator("h2").isVisible());
    assert.ok(page.warnings.some((w) => /Content-Security-Policy/.test(w) && /iframe/.test(w)), page.warnings.join("\n"));
  });

  await t.test("passerelle:ready fires on the script element, in both integrations", async () => {
    for (const integration of ["iframe", "inline"]) {
      const page = await openHtml(h, `/ready-${integration}.html`,
        shell(snippet(`data-integration="${integration}" data-mode="accompagne" data-lang="fr"`)), {
          init: () => {
            window.seen = [];
            document.addEventListener("passerelle:ready", (e) => window.seen.push({ tag: e.target.tagName, detail: e.detail }));
          },
        });
      await page.waitForFunction(() => window.seen.length > 0);
      const seen = await page.evaluate(() => window.seen);
      assert.equal(seen.length, 1, integration);
      assert.equal(seen[0].tag, "SCRIPT");
      assert.deepEqual(seen[0].detail, { mode: "accompagne", lang: "fr", partner: "Centre social Les Tilleuls" });
    }
  });

  await t.test("a bad attribute gets one warning naming it and its value; the widget still works", async () => {
    for (const integration of ["iframe", "inline"]) {
      const page = await openHtml(h, `/bad-${integration}.html`, shell(snippet(
        `data-integration="${integration}" data-mode="expert" data-color="vert" data-lang="xx" data-target="#nowhere" data-colour="red"`)));
      const title = page.locator("div.passerelle").getByRole("heading", { level: 2 });
      if (integration === "iframe") await widgetFrame(page);
      else await page.locator("div.passerelle .pw-app:not([data-pw-first])").waitFor();
      for (const needle of ['data-mode="expert"', 'data-color="vert"', 'data-lang="xx"', 'data-target="#nowhere"', 'data-colour="red"']) {
        const hits = page.warnings.filter((w) => w.includes(needle));
        assert.equal(hits.length, 1, `${integration}: ${needle} in ${JSON.stringify(page.warnings)}`);
      }
      if (integration === "inline") assert.ok(await title.isVisible());
      assert.deepEqual(page.errors, []);
    }
  });

  await t.test("no console error on any demo page", async () => {
    for (const path of ["/", "/inline.html", "/deux.html", "/lazy.html", "/csp.html"]) {
      const page = await h.page(path);
      await page.locator("div.passerelle").last().scrollIntoViewIfNeeded();
      const boxes = page.locator("div.passerelle");
      for (let i = 0; i < await boxes.count(); i++) {
        if (await boxes.nth(i).locator("iframe").count()) {
          const f = await (await boxes.nth(i).locator("iframe").elementHandle()).contentFrame();
          await f.waitForSelector(".pw-app:not([data-pw-first])");
        }
        else await boxes.nth(i).locator(".pw-app:not([data-pw-first])").waitFor();
      }
      assert.deepEqual(page.errors, [], path);
    }
  });
});
