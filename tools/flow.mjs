// Screens and taps to the roadmap on a 360 px phone (issue 15): a resident with nothing to
// report and the three demo personas (tests/e2e/harness.mjs), driven as the e2e tests drive them,
// and how tall the roadmap's top is (the next steps, before what unfolds on demand), in phone
// screens. `node tools/flow.mjs` after `node tools/build.mjs`; `make bench` prints it too.
import { serve } from "./serve.mjs";
import { launch, run, lastRun, PERSONAS, PLAIN, PHONE } from "../tests/e2e/harness.mjs";

export async function flow() {
  const servers = await serve();
  const browser = await launch();
  const out = [];
  try {
    for (const [name, persona] of [["nothing to report", PLAIN], ...Object.entries(PERSONAS)]) {
      const context = await browser.newContext({ viewport: PHONE, locale: "fr-FR" });
      const page = await context.newPage();
      await page.goto(`${servers.bundle}/widget.html?contacts=${encodeURIComponent(servers.bundle + "/contacts.json")}&lang=fr`);
      await run(page, persona);
      const { screens, taps } = lastRun;
      // The roadmap's top: from its heading to the end of the last next step shown unfolded.
      const top = await page.evaluate(() => {
        const start = document.querySelector(".pw-results h2")?.getBoundingClientRect().top ?? 0;
        const steps = [...document.querySelectorAll(".pw-results .pw-next")];
        const end = steps.length ? Math.max(...steps.map((e) => e.getBoundingClientRect().bottom)) : start;
        return { top: end - start, whole: document.documentElement.scrollHeight };
      });
      out.push({ name, screens, taps, top: top.top / PHONE.height, whole: top.whole });
      await context.close();
    }
  } finally {
    await browser.close();
    await servers.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await flow()) {
    console.log(`${r.name.padEnd(20)} ${String(r.screens).padStart(3)} screens ${String(r.taps).padStart(3)} taps; roadmap top ${r.top.toFixed(1)} phone screens, whole page ${r.whole} px`);
  }
}
