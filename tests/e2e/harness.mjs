// Shared by the end-to-end tests: Debian's Chromium driven by playwright-core, the built bundle
// and the demo partner site served on two origins of 127.0.0.1.
import { chromium } from "playwright-core";
import { readdirSync, readFileSync } from "node:fs";
import { serve } from "../../tools/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** Starts the servers and a browser; `t.after` cleans up. Returns helpers for one test file. */
export async function setup(t, options = {}) {
  const servers = await serve(options);
  const browser = await launch();
  t.after(async () => { await browser.close(); await servers.close(); });
  return {
    servers,
    browser,
    /** A fresh page in a fresh context that records console errors and page errors. */
    async page(path, { viewport = { width: 1024, height: 800 }, origin = servers.demo, ...ctx } = {}) {
      const context = await browser.newContext({ viewport, ...ctx });
      const page = await context.newPage();
      page.errors = [];
      page.warnings = [];
      page.on("console", (m) => {
        if (m.type() === "error") page.errors.push(m.text());
        if (m.type() === "warning") page.warnings.push(m.text());
      });
      page.on("pageerror", (e) => page.errors.push(String(e)));
      if (path !== null) await page.goto(origin + path);
      return page;
    },
  };
}

/** The widget frame of the n-th widget on the page (iframe integration), once loaded. */
export async function widgetFrame(page, n = 0) {
  const handle = await page.locator("div.passerelle iframe").nth(n).elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForSelector(".pw-app");
  return frame;
}

/** Serves `html` at `path` on the demo origin (%BUNDLE% replaced), then opens it. */
export async function openHtml(h, path, html, { init, ...options } = {}) {
  const page = await h.page(null, options);
  if (init) await page.addInitScript(init);
  h.servers.pages.set(path, html);
  await page.goto(h.servers.demo + path);
  return page;
}

/** The snippet of the README, with extra attributes. */
export function snippet(attrs = "") {
  return `<script src="%BUNDLE%/embed.js" defer data-partner="Centre social Les Tilleuls" ${attrs}></script>`;
}

export function shell(body, head = "") {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Test</title>${head}</head><body><main><h1>Page d'un partenaire</h1>${body}</main></body></html>`;
}

/** The French wording, by message id, as the widget shows it (content/locales/fr/*.ftl). */
export function wording(lang = "fr") {
  const dir = new URL(`../../content/locales/${lang}/`, import.meta.url);
  const messages = {};
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".ftl")) continue;
    for (const line of readFileSync(new URL(name, dir), "utf8").split("\n")) {
      const m = /^([a-z][\w.-]*) = (.*)$/.exec(line);
      if (m) messages[m[1]] = m[2].replaceAll("{ -marque }", "Passerelle");
    }
  }
  return messages;
}
