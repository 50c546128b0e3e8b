// Screens and taps to the roadmap on a 360 px phone (issue 15): a resident with nothing to
// report, the three demo personas and issue 21's newcomer (tests/e2e/harness.mjs), driven as the
// e2e tests drive them, and how tall the roadmap's top is (each wanted field's next step and its
// call button, before what unfolds on demand), in phone screens. `node tools/flow.mjs` after `node tools/build.mjs`;
// `make bench` prints it too.
import { serve } from "./serve.mjs";
import { launch, run, lastRun, PERSONAS, PLAIN, NEWCOMER, PHONE, W } from "../tests/e2e/harness.mjs";

export async function flow() {
  const servers = await serve();
  const browser = await launch();
  const out = [];
  try {
    // Issue 21's newcomer, without and with her two marks « le plus important pour moi ».
    const newcomer = [["newcomer", { answers: NEWCOMER.answers }], ["newcomer, 2 marks", NEWCOMER]];
    for (const [name, persona] of [["nothing to report", PLAIN], ...Object.entries(PERSONAS), ...newcomer]) {
      const context = await browser.newContext({ viewport: PHONE, locale: "fr-FR" });
      const page = await context.newPage();
      await page.goto(`${servers.bundle}/widget.html?contacts=${encodeURIComponent(servers.bundle + "/contacts.json")}&lang=fr`);
      await run(page, persona);
      const { screens, taps } = lastRun;
      // The steps come with the contacts: measured once they are in.
      await page.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
      // The roadmap's top, as drawn (nothing unfolded): from its heading to the end of the last
      // wanted field's next step or of its first call button shown, wherever that stands.
      // `calls`: the fields whose top shows a call button.
      const top = await page.evaluate(() => {
        const start = document.querySelector(".pw-results h2")?.getBoundingClientRect().top ?? 0;
        const shown = (e) => e && e.getClientRects().length > 0;
        let end = start, calls = 0;
        const fields = [...document.querySelectorAll(".pw-roadmap > li")];
        for (const li of fields) {
          const call = [...li.querySelectorAll('a[href^="tel:"]')].find(shown);
          calls += call ? 1 : 0;
          for (const e of [li.querySelector(".pw-next"), call].filter(shown)) end = Math.max(end, e.getBoundingClientRect().bottom);
        }
        return { top: end - start, calls, fields: fields.length, whole: document.documentElement.scrollHeight };
      });
      out.push({ name, screens, taps, top: top.top / PHONE.height, calls: top.calls, fields: top.fields, whole: top.whole });
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
    console.log(`${r.name.padEnd(20)} ${String(r.screens).padStart(3)} screens ${String(r.taps).padStart(3)} taps; roadmap top ${r.top.toFixed(1)} phone screens (${r.calls} of ${r.fields} fields with a call button), whole page ${r.whole} px`);
  }
}
