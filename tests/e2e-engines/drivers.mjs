// The resident's engines besides Chromium (SPEC §7): Debian's Firefox ESR driven by puppeteer-core
// (WebDriver BiDi), and WebKitGTK (Safari's engine) driven by selenium-webdriver through
// WebKitWebDriver, under xvfb-run (tools/test.sh). One small interface for both, so the same resident
// run is written once: open a page, evaluate a function in the partner's page (`top`) or in the
// widget's own context (`widget`: its iframe, or the partner's page for the inline integration).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import puppeteer from "puppeteer-core";
import { Builder } from "selenium-webdriver";

export const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
export const MINIBROWSER = process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

const call = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().on("error", fail).listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Firefox ESR: a fresh profile per browser; `viewport` in CSS pixels. */
export async function firefox({ viewport }) {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} missing: tools/setup.sh installs firefox-esr`);
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true,
    extraPrefsFirefox: { "browser.shell.checkDefaultBrowser": false, "toolkit.telemetry.reportingpolicy.firstRun": false } });
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const frame = () => page.frames().find((f) => f !== page.mainFrame() && f.url().includes("/widget.html"));
  return {
    name: "Firefox ESR",
    open: (url) => page.goto(url, { waitUntil: "load" }),
    reload: () => page.reload({ waitUntil: "load" }),
    top: (fn, ...args) => page.evaluate(call(fn, args)),
    async widget(fn, ...args) {
      const f = frame();
      return f ? f.evaluate(call(fn, args)) : page.evaluate(call(fn, args));
    },
    framed: () => Boolean(frame()),
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (started here, on a free port of 127.0.0.1). */
export async function webkit({ viewport }) {
  for (const p of [WEBKIT_DRIVER, MINIBROWSER]) if (!existsSync(p)) throw new Error(`${p} missing: tools/setup.sh installs webkit2gtk-driver`);
  if (!process.env.DISPLAY) throw new Error("WebKitGTK needs a display: run under xvfb-run (tools/test.sh does)");
  const port = await freePort();
  const server = spawn(WEBKIT_DRIVER, [`--port=${port}`, "--host=127.0.0.1"], { stdio: "ignore" });
  let driver;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
        }).build();
        break;
      } catch (e) {
        if (i === 99 || !/ECONNREFUSED/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    // The window's outer size; the viewport is what is left inside it.
    await driver.manage().window().setRect({ width: viewport.width, height: viewport.height });
  } catch (e) {
    server.kill();
    throw e;
  }
  let inFrame = false;
  const toTop = async () => { if (inFrame) { await driver.switchTo().defaultContent(); inFrame = false; } };
  const iframe = () => driver.executeScript("var b = document.querySelector('div.passerelle'); return b && b.shadowRoot && b.shadowRoot.querySelector('iframe');");
  return {
    name: "WebKitGTK",
    async open(url) { await toTop(); await driver.get(url); },
    async reload() { await toTop(); await driver.navigate().refresh(); },
    async top(fn, ...args) { await toTop(); return driver.executeScript(`return ${call(fn, args)};`); },
    async widget(fn, ...args) {
      await toTop();
      const f = await iframe();
      if (f) { await driver.switchTo().frame(f); inFrame = true; }
      return driver.executeScript(`return ${call(fn, args)};`);
    },
    async close() { try { await driver.quit(); } finally { server.kill(); } },
  };
}
