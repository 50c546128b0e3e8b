import { test } from "node:test";
import { setup, widgetFrame, openHtml, snippet, shell, W, run, PERSONAS } from "./harness.mjs";
test("p", async (t) => {
  const h = await setup(t);
  const url = `${h.servers.bundle}/widget.html?` + new URLSearchParams({ contacts: `${h.servers.bundle}/contacts.json`, commune: "93901", partner: "Centre social Les Tilleuls" });
  const all = { answers: { "profil-age": "16-25", "profil-enfants": "oui", "profil-seul": "oui", "profil-qpv": "oui",
    "reseau-experience": "jamais", "savoirs-diplome": "aucun", "mobilite-permis": "non", "mobilite-vehicule": "aucun",
    "famille-garde": "aucune", "famille-horaires": "non", "numerique-internet": "jamais", "sante-moral": "souvent", "sante-idees": "non",
    "sante-couverture": "aucune", "logement-nuit": "parents" } };
  for (const [name, p] of [["awa", PERSONAS.awa], ["karim", PERSONAS.karim], ["lots", all]]) {
    const page = await h.page(null);
    await page.goto(url);
    await run(page, p);
    await page.waitForTimeout(1000);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const n = (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
    const items = await page.locator(".pw-roadmap > li h3").allTextContents();
    console.log(name, "pages", n, items, "link", await page.getByLabel(W["ui-link-label"]).inputValue());
  }
  // accompanied, professional contacts per field
  const page = await h.page(null);
  page.on("console", (m) => console.log("console", m.type(), m.text()));
  h.servers.pages.set("/acc.html", shell(snippet('data-mode="accompagne" data-contacts="%BUNDLE%/contacts.json" data-commune="93901"'), '<link rel="icon" href="data:,">'));
  await page.goto(h.servers.demo + "/acc.html");
  const frame = await widgetFrame(page);
  await frame.getByRole("button", { name: W["ui-start"] }).click();
  for (const [q, a] of Object.entries({ "profil-age": "26-49", "profil-enfants": "oui", "profil-seul": "oui", "profil-suivi": "non", "profil-qpv": "oui" })) {
    await frame.getByRole("radio", { name: W[`a-${q}-${a}`], exact: true }).check();
    await frame.getByRole("button", { name: W["ui-next"] }).click();
  }
  await frame.getByRole("button", { name: `${W["ui-overview-start"]} : ${W["field-famille"]}` }).click();
  await frame.getByRole("radio", { name: W["a-famille-garde-aucune"], exact: true }).check();
  for (let i = 0; i < 8; i++) {
    const title = (await frame.getByRole("heading", { level: 2 }).last().textContent()).trim();
    console.log("screen", title);
    if (title === W["ui-overview-title"]) break;
    if (title === W["field-famille"]) { await frame.getByRole("button", { name: W["ui-help-oui"], exact: true }).click(); continue; }
    await frame.getByRole("button", { name: W["ui-next"] }).click();
  }
  await frame.locator("#pw-note-famille").click();
  await frame.keyboard.type("Note tapée");
  await frame.getByRole("button", { name: W["ui-overview-results"] }).click();
  await frame.getByText(W["ui-contacts-loading"]).first().waitFor({ state: "detached" });
  console.log(await frame.locator(".pw-roadmap").innerText());
  console.log("note present:", await frame.getByText("Note tapée").count());
  console.log(await frame.evaluate(() => JSON.stringify(sessionStorage)));
});
