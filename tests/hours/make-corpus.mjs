// Writes tests/hours/corpus.txt, the opening_hours values the oracle stage compares (one a line):
// every `horaires_accueil` of the shipped contacts, typical French public-service hours, generated
// combinations, and odd or invalid values. Run it again after changing the lists below; the corpus
// is committed so that a run always compares the same values.
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const out = new Set();
const add = (v) => { if (!v.includes("\n")) out.add(v); };

for (const f of ["content/contacts/demo.json", "content/contacts/national.json"]) {
  const data = JSON.parse(readFileSync(join(root, f), "utf8"));
  for (const s of Array.isArray(data) ? data : data.services) if (s.horaires_accueil) add(s.horaires_accueil);
}
// The importer's real exports (tests/fixtures/export-*): JSON Lines and JSON.
for (const f of ["tests/fixtures/export-services.jsonl"]) {
  for (const line of readFileSync(join(root, f), "utf8").split("\n")) {
    const h = line.trim() && JSON.parse(line).horaires_accueil;
    if (typeof h === "string") add(h);
  }
}

// What French services write beyond weekdays and times: nth weekdays, school holidays, Easter,
// every other week, year ranges, date lists, sunrise and sunset, open ends.
[
  "Mo[1] 14:00-17:00; PH off",
  "Tu[2,4] 09:00-12:00; PH off",
  "Th[1,3] 14:00-16:30",
  "Mo[-1] 09:00-12:00",
  "We[1-2] 09:00-12:00",
  "Sa[1] 10:00-12:00; PH off",
  "Mo-Fr 09:00-12:00; Fr[-1] off",
  "Mo-Fr 09:00-12:00,14:00-17:00; SH off; PH off",
  "Mo-Fr 09:00-12:00,14:00-17:00; SH Mo-Fr 09:00-12:00; PH off",
  "We 14:00-18:00; SH Mo-Fr 10:00-18:00",
  "Mo-Fr 08:30-18:30; SH off",
  "SH Mo-Fr 09:00-17:00",
  "Mo-Fr 09:00-17:00; easter off",
  "Mo-Fr 09:00-17:00; easter +1 day off",
  "Mo-Fr 09:00-12:00; easter -2 days off",
  "week 01-52/2 Mo 14:00-17:00",
  "week 02-52/2 Tu 09:00-12:00; PH off",
  "week 01-53/2 We 14:00-17:00",
  "Mo-Fr 09:00-17:00; 2026 Dec 24-2027 Jan 02 off",
  "Mo-Fr 09:00-12:00; 2027 Jul 14-Aug 15 off; PH off",
  "2026-2027 Mo-Fr 09:00-12:00",
  "2027 Mo-Fr 09:00-12:00",
  "Mo-Fr 09:00-17:00; Dec 24,31 09:00-12:00; PH off",
  "Mo-Fr 09:00-17:00; Dec 24,31 off",
  "Mo-Fr 09:00-17:00; Jan 01,May 01,Dec 25 off",
  "Mo-Fr sunrise-sunset",
  "Mo-Su sunrise-sunset",
  "Mo-Fr 09:00-sunset",
  "Mo-Fr sunrise-18:00",
  "Mo-Su 08:00-sunset; PH off",
  "Mo-Fr 09:00+",
  "Fr 18:00+",
  "Sa 22:00+",
  "Mo-Fr 09:00-12:00+",
  "Mo-Fr 09:00-12:00,14:00+",
  "Mo-Fr: 09:00-12:00",
  "Mo-Fr: 09:00-12:00, 14:00-17:00",
  "Mo-Fr 9-12,14-17",
  "mo-fr 09:00-12:00",
  "Mo-Fr 20:00-26:00",
  "Mo-Fr",
  "Mo-Fr; PH off",
  "Mo-Sa; Su off",
  "Mo-Fr 09:00-12:00; Jul-Aug: Mo-Fr 09:00-12:00,14:00-17:00",
  "Sep-Jun Mo-Fr 08:30-12:00,13:30-17:00; Jul-Aug Mo-Fr 08:30-12:00; SH off; PH off",
].forEach(add);

// The reference's own test suite (the values of test/test.js in the opening_hours.js repository) is
// not ours to commit: oracle.mjs adds it at run time from HOURS_REFERENCE_SUITE, one value a line.

// Typical French public services (mairie, CAF, France Travail, CCAS, PMI, France services…).
[
  "Mo-Fr 08:30-12:00,13:30-17:00; PH off",
  "Mo-Fr 08:30-12:30,13:30-16:30",
  "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off",
  "Mo-Fr 08:30-17:00; Sa 09:00-12:00",
  "Mo,Tu,Th,Fr 08:30-12:00,13:30-17:00; We 08:30-12:00; PH off",
  "Mo-Th 08:30-12:00,13:30-17:30; Fr 08:30-12:00,13:30-16:30; PH off",
  "Mo-Fr 09:00-12:30,13:30-17:00; We 09:00-12:30; PH off",
  "Mo 13:30-17:00; Tu-Fr 08:30-12:00,13:30-17:00; PH off",
  "Tu-Sa 10:00-12:30,14:00-18:00; PH off",
  "Mo-Fr 09:00-17:00; Sa,Su off; PH off",
  "Mo-Fr 08:00-18:00; Sa 08:00-12:00; Su off",
  "Mo-Fr 08:45-12:00,13:30-16:45",
  "Mo-Fr 9:00-12:00,14:00-17:00",
  "Mo-Fr 9:00-12:00; PH off",
  "Mo-Fr 08:30-12:00; PH off",
  "Mo-Fr 09:00-12:00 ; 14:00-17:00",
  "Mo-Fr 09:00-17:00; Su closed; 10:00-11:00",
  "Mo-Fr 09:00-12:00; PH off; \"sur rendez-vous l'après-midi\"",
  "Mo-Fr 09:00-12:00 open \"sur rendez-vous l'après-midi\"",
  "Mo-Fr 09:00-12:00,14:00-17:00 || \"sur rendez-vous\"",
  "Mo-Fr 09:00-12:00 \"sans rendez-vous\"; Mo-Fr 14:00-17:00 \"sur rendez-vous\"",
  "\"sur rendez-vous\"",
  "\"uniquement sur rendez-vous\"",
  "Mo-Fr 09:00-12:00; Jul-Aug Mo-Fr 09:00-12:00,14:00-17:00",
  "Sep-Jun Mo-Fr 09:00-12:00,14:00-17:00; Jul-Aug Mo-Fr 09:00-12:00; PH off",
  "Jan-Jun Mo-Fr 09:00-12:00; Jul-Dec Mo-Fr 14:00-17:00",
  "Mo-Fr 09:00-17:00; Aug off; PH off",
  "Mo-Fr 09:00-17:00; Dec 24 off; Dec 31 off; PH off",
  "Mo-Fr 09:00-17:00; Dec 24-Jan 01 off",
  "Mo-Fr 09:00-17:00; Dec 24 09:00-12:00; PH off",
  "Dec 24 10:00-12:00",
  "Dec 25 10:00-12:00",
  "week 01-26 Mo-Fr 09:00-12:00; week 27-52 Mo-Fr 14:00-17:00",
  "week 01-52 Mo 10:00-12:00",
  "Mo-Fr 22:00-06:00",
  "Mo-Su 20:00-08:00; PH 00:00-24:00",
  "Fr-Sa 22:00-02:00",
  "Mo-Fr 18:00-02:00; Sa,Su 10:00-02:00",
  "24/7",
  "24/7; PH off",
  "24/7 \"écoute anonyme et gratuite\"",
  "Mo-Su 00:00-24:00",
  "Mo-Fr 00:00-24:00",
  "Mo-Fr 08:00-24:00",
  "Mo-Sa 08:00-20:00; Su,PH 09:00-13:00",
  "Mo-Fr,PH 09:00-12:00",
  "Su,PH off",
  "PH off",
  "PH 10:00-12:00",
  "PH closed",
  "off",
  "closed",
  "open",
  "unknown",
  "Mo-Fr unknown",
  "Mo-Fr 09:00-12:00 unknown \"appeler avant\"",
  "Mo-Fr 08:00-12:00, We 14:00-18:00",
  "Mo 09:00-12:00, Tu 10:00-12:00",
  "Mo-Fr 09:00-18:00; 12:00-14:00 off",
  "Mo-Fr 09:00-18:00; We 12:00-14:00 off",
  "Mo-Fr 09:00-12:00;",
  "Mo-Fr 09:00-12:00; PH off;",
  "  Mo - Fr  09:00 - 12:00 , 14:00-17:00 ;Sa 09:00-12:00 ;  PH  closed ",
  "Mo, We ,Fr 10:00-11:00",
  "Fr-Mo 10:00-12:00",
  "Su-Sa 10:00-12:00",
  "09:00-17:00",
  "00:00-24:00",
  "22:00-02:00; Th 12:00-14:00",
  "Mo 22:00-00:00",
  "Mo 20:00-24:00; Tu 00:00-03:00",
  // Odd or invalid: shown as written by the widget.
  "Mo-Fr", "Mo", "PH", "SH off", "Mo-Fr 09:00-12:00; SH off", "Mo-Fr sunrise-sunset", "Mo-Fr 09:00-sunset",
  "Mo-Fr 09:00+", "Mo-Fr 09:00-12:00+", "Mo[1] 09:00-12:00", "Mo[1,3] off", "Mo-Fr 09:00-12:00 | Sa 10:00-12:00",
  "25:00-26:00", "09:00-25:00", "09:00-24:01", "24:00-02:00", "09:60-10:00", "09h00-12h00", "9h-12h", "0900-1200",
  "09:00", "09:00-", "09:00-12:00,", "09:00-12:00,,14:00-15:00", "12:00-12:00", "Mo-Fr 09:00-12:00 off",
  "Mo-Fr 09:00-12:00;; Sa 10:00-12:00", "Mon 09:00-12:00", "Mon-Fri 09:00-12:00", "mo 09:00-12:00",
  "MO 09:00-12:00", "Mo-Fr OFF", "Mo-Fr09:00-12:00", "Mo-Froff", "Mo- 09:00-12:00", "Mo, 09:00-12:00",
  "Mo-Fr-Sa 09:00-12:00", "Lu-Ve 09:00-12:00", "Mo–Fr 09:00-12:00", "Mo-Fr 09:00–12:00",
  "Du lundi au vendredi de 9h à 12h", "lundi-vendredi 9h-12h", "sur rendez-vous", "24/7 off", "Mo 24/7",
  "24/7/365", "é", "Mo-Fr 10-12", "Mo-Fr 09:00-12:00 14:00-17:00", "Mo-Fr 09.00-12.00", "2026 Mo 10:00-12:00",
  "2026-2027 10:00-12:00", "Feb 29 off", "week 53 Mo 10:00-12:00", "Dec 24 Mo 10:00-12:00", "PH Mo-Fr 09:00-12:00",
  "Mo-Fr 09:00-12:00 \"", "Mo-Fr; Tu off", "easter off", "Mo-Fr 09:00-12:00; Jan: 10:00-11:00", "week 1-10/2 Mo 10:00-12:00",
  "Mo-Fr 08:00-12:00 open; Sa 09:00-12:00 off", "Mo-Fr 09:00-12:00 \"rdv\" open", "Mo-Fr 9:0-12:00",
  "Mo-Fr 009:00-12:00", "Mo-Fr 09:00-12:00,Sa", "Jan 32 off", "Apr 31 off", "Dec 26-24 off", "week 10-01 Mo 10:00-12:00",
].forEach(add);

// Generated combinations.
const days = ["Mo-Fr", "Mo-Sa", "Tu-Sa", "Mo,We,Fr", "Mo-Th", "Tu,Th", "Sa", "Su", "Fr-Mo", "Mo-Su", "", "Mo-Fr,PH", "We"];
const times = ["09:00-12:00", "09:00-12:00,14:00-17:00", "08:30-12:30,13:30-17:00", "9:00-12:00", "14:00-18:00",
  "22:00-06:00", "00:00-24:00", "08:00-20:00", "18:00-02:00", "07:30-18:30", "10:00-12:00,13:00-15:00,16:00-18:00"];
const tails = ["", "; PH off", "; Su off", "; We 09:00-12:00", "; PH 10:00-12:00", " || \"sur rendez-vous\"",
  "; \"sur rendez-vous\"", " open \"sur rendez-vous\"", "; Dec 24-Jan 01 off", "; Aug off", "; 12:00-13:00 off",
  "; Sa 10:00-12:00", ", Sa 10:00-12:00", "; Jul-Aug off; PH off", "; week 01-10 off", "; Dec 25 off", "; Mo off",
  "; 14:00-17:00", "; Su,PH off", " unknown"];
// A fixed pseudo-random choice, so the corpus does not change from run to run.
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
for (const d of days) for (const t of times) add(`${d ? d + " " : ""}${t}`);
for (let i = 0; i < 700; i++) {
  const d = days[rand(days.length)], t = times[rand(times.length)], tail = tails[rand(tails.length)];
  add(`${d ? d + " " : ""}${t}${tail}`);
}
for (const m of ["Jan-Jun", "Jul-Aug", "Sep-Jun", "Nov-Mar", "Dec", "Jan,Mar", "Jan 01-Jan 07", "Dec 20-Jan 05", "week 01-26", "week 27-53", "week 01,03,05"]) {
  for (const d of ["Mo-Fr ", "Sa ", ""]) add(`${m} ${d}09:00-12:00`);
  add(`Mo-Fr 09:00-17:00; ${m} off`);
}
writeFileSync(join(root, "tests/hours/corpus.txt"), [...out].join("\n") + "\n");
console.log(`${out.size} values`);
