// The opening-hours oracle: the reference implementation of OSM opening_hours (npm `opening_hours`,
// pinned in tests/package.json) gives its verdict on every value of tests/hours/corpus.txt at every
// local time below (Europe/Paris), into target/hours-oracle.json; then the native test
// tests/hours_oracle.rs compares the widget's reader with it. Run by `make test` (stage "hours").
process.env.TZ = "Europe/Paris";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import opening_hours from "opening_hours";

// The reference reports what it cannot evaluate (school holidays: "SH") on the console: not our verdict.
console.error = console.warn = () => {};

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const lines = (f) => readFileSync(f, "utf8").split("\n").filter((v) => v !== "");
const values = lines(join(root, "tests/hours/corpus.txt"));
// The reference's own test suite, where a developer has it (the values of test/test.js of the
// opening_hours.js repository, one a line): compared too, and its coverage counted apart.
const suite = process.env.HOURS_REFERENCE_SUITE ? lines(process.env.HOURS_REFERENCE_SUITE) : [];
for (const v of suite) if (!values.includes(v)) values.push(v);

// Local times: a whole week at many times of day, summer and winter days, every French public
// holiday of 2026 and 2027, and Alsace-Moselle's two extra ones (département 57, 67 or 68).
// On the days the clocks change, 02:00–03:00 does not exist or happens twice: no time there.
const times = [];
// Where the service is: its coordinates set sunrise and sunset (the reference uses them only when
// given as strings). Paris, and Saint-Denis de La Réunion at Paris's clock (the same computation at
// a southern latitude; the widget gives each place its own clock).
const PARIS = { lat: "48.86", lon: "2.35" };
const REUNION = { lat: "-20.88", lon: "55.45" };
const at = (y, m, d, minutes, dep = "75", place = PARIS) => times.push({ y, m, d, minutes, dep, ...place });
const dayTimes = [0, 180, 450, 510, 539, 540, 600, 719, 720, 750, 810, 840, 990, 1020, 1110, 1290, 1410];
for (let d = 7; d <= 13; d++) for (const t of dayTimes) at(2026, 12, d, t);
for (const [y, m, d] of [[2027, 1, 4], [2027, 2, 12], [2027, 7, 3], [2027, 8, 16], [2026, 6, 30], [2027, 9, 5]]) {
  for (const t of [600, 900, 1380]) at(y, m, d, t);
}
const holidays = [[1, 1], [5, 1], [5, 8], [7, 14], [8, 15], [11, 1], [11, 11], [12, 25]];
const easter = { 2026: [4, 5], 2027: [3, 28] };
for (const y of [2026, 2027]) {
  const e = new Date(y, easter[y][0] - 1, easter[y][1], 12);
  const plus = (n) => { const x = new Date(e); x.setDate(x.getDate() + n); return [x.getMonth() + 1, x.getDate()]; };
  for (const [m, d] of [...holidays, plus(1), plus(39), plus(50)]) for (const t of [600, 900]) at(y, m, d, t);
  for (const dep of ["75", "57", "67", "68"]) {
    const [m, d] = plus(-2);
    at(y, m, d, 600, dep);
    at(y, 12, 26, 600, dep);
    at(y, 12, 24, 1380, dep);
  }
}
at(2026, 12, 31, 1410);
// Overseas, each territory's own public holidays (the abolition of slavery, Good Friday and 21 July in
// Guadeloupe and Martinique), and a day that is one only elsewhere.
const overseas = { "971": [[5, 27], [7, 21]], "972": [[5, 22], [7, 21]], "973": [[6, 10]], "974": [[12, 20]], "976": [[4, 27]] };
for (const y of [2026, 2027]) {
  for (const [dep, days] of Object.entries(overseas)) {
    for (const [m, d] of [...days, [12, 26], [5, 27], [12, 20]]) at(y, m, d, 600, dep);
  }
  for (const dep of ["971", "972", "973"]) at(y, ...(y === 2026 ? [4, 3] : [3, 26]), 600, dep);
}
// A far closure (All Saints' Day seen from September), and the days the clocks change (but their
// missing or doubled hour).
for (const t of [600, 1380]) at(2027, 9, 3, t);
for (const [y, m, d] of [[2026, 3, 29], [2026, 10, 25], [2027, 3, 28], [2027, 10, 31]]) {
  for (const t of [0, 60, 200, 600, 1380]) at(y, m, d, t);
}
at(2026, 12, 24, 1410);
// Around sunrise and sunset in Paris and La Réunion, winter and summer.
for (const [y, m, d] of [[2026, 12, 8], [2026, 12, 21], [2027, 3, 20], [2027, 6, 21], [2027, 9, 22]]) {
  for (const t of [300, 330, 360, 390, 420, 450, 480, 510, 525, 540, 960, 1005, 1020, 1050, 1080, 1110, 1140, 1170, 1290, 1335]) {
    at(y, m, d, t);
    at(y, m, d, t, "75", REUNION);
  }
}

const states = {
  "75": "Île-de-France", "57": "Moselle", "67": "Bas-Rhin", "68": "Haut-Rhin",
  "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion", "976": "Mayotte",
};
// The reference's school holidays for Île-de-France end with the school year 2026–2027 (its last day
// 2027-07-03): values with `SH` are compared before that only, and only in Paris (the reference
// has no school holidays for the three Alsace-Moselle states).
const SH_END = new Date(2027, 6, 3);
// Every school-holiday boundary of zone C the reference knows, from 2026 on: the evening before,
// the first morning, the last evening, the morning after.
for (const line of readFileSync(join(root, "content/school-holidays.txt"), "utf8").split("\n")) {
  const [zone, a, b] = line.split(" ");
  if (zone !== "C" || !a || a < "2026" || new Date(b) >= SH_END) continue;
  const [ya, ma, da] = a.split("-").map(Number);
  const [yb, mb, db] = b.split("-").map(Number);
  at(ya, ma, da - 1, 1200);
  at(ya, ma, da, 600);
  at(yb, mb, db, 1200);
  at(yb, mb, db + 1, 600);
}
const HORIZON = 800; // days, as hours.rs looks ahead
const dateOf = ({ y, m, d, minutes }) => new Date(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
let shValue = false;
const limitOf = ({ y, m, d }) => {
  const limit = new Date(y, m - 1, d + HORIZON);
  return shValue && limit > SH_END ? SH_END : limit;
};
// A change as local date and minutes, and as minutes since 1970 UTC (on the days the clocks
// change, two local times can be one instant: 02:00 that does not exist is 03:00).
const local = (x) => [x.getFullYear(), x.getMonth() + 1, x.getDate(), x.getHours() * 60 + x.getMinutes(),
  Math.floor(x.getTime() / 60000)];
const stateOf = (o) => (o.getUnknown() ? "unknown" : o.getState() ? "open" : "closed");
const first = new Date(Math.min(...times.map((t) => dateOf(t).getTime())));
first.setHours(0, 0, 0, 0);
const last = new Date(Math.max(...times.map((t) => limitOf(t).getTime())));

// Every state change of `oh` over the whole window, walked once with the reference's iterator
// (getNextChange from every time would take minutes); a sample is checked against getState and
// getNextChange themselves.
function changes(oh) {
  const it = oh.getIterator(first);
  const marks = [[first.getTime(), stateOf(it)]];
  while (it.advance(shValue && last > SH_END ? SH_END : last)) {
    const s = stateOf(it);
    if (s !== marks[marks.length - 1][1]) marks.push([it.getDate().getTime(), s]);
  }
  return marks;
}
function verdict(marks, t) {
  const now = dateOf(t).getTime();
  let k = 0;
  while (k + 1 < marks.length && marks[k + 1][0] <= now) k++;
  const next = marks[k + 1] && marks[k + 1][0] < limitOf(t).getTime() ? local(new Date(marks[k + 1][0])) : null;
  return [marks[k][1], next];
}

const out = { times, values: [] };
let walkedNot = 0;
for (const value of values) {
  const objects = {};
  const make = (t) => {
    const { dep, lat, lon } = t;
    const key = `${dep} ${lat} ${lon}`;
    if (!(key in objects)) {
      const address = { country_code: "fr", state: states[dep] ?? "Île-de-France" };
      try {
        const oh = new opening_hours(value, { lat, lon, address }, { mode: 0 });
        objects[key] = { oh, marks: changes(oh) };
      } catch {
        objects[key] = null;
      }
    }
    return objects[key];
  };
  shValue = /SH/.test(value);
  if (!make(times[0])) {
    out.values.push({ value, ok: false });
    continue;
  }
  // The reference throws where a sun event falls outside the local day (La Réunion at Paris's clock):
  // no verdict there.
  // Where the state a minute later, or at a midnight of the coming week, is not the one it says now,
  // though the next change it names is later, the reference contradicts itself (an open end after a
  // range, `09:00-12:00+`: at 12:00 « unknown » until the guess's end, closed at 12:01; `13:00-17:00+`
  // at 18:00: closed until 13:00 tomorrow, « unknown » from midnight to 03:00): the verdict is marked,
  // and its next change is not compared (its state is).
  const stateAt = (oh, date) => (oh.getUnknown(date) ? "unknown" : oh.getState(date) ? "open" : "closed");
  const direct = (t) => {
    const { oh } = make(t);
    const date = dateOf(t);
    try {
      const next = oh.getNextChange(date, limitOf(t));
      const state = stateAt(oh, date);
      const later = [new Date(date.getTime() + 60000)];
      for (let k = 1; k <= 8; k++) later.push(new Date(t.y, t.m - 1, t.d + k));
      const contradicts = later.some((x) => (!next || next > x) && x < limitOf(t) && stateAt(oh, x) !== state);
      return [state, next ? local(next) : null, ...(contradicts ? ["contradicts itself"] : [])];
    } catch {
      return null;
    }
  };
  // No verdict where the reference cannot say (a state without school holidays, after SH_END).
  // Nor for school holidays overseas, where the widget has no calendar and says it cannot tell.
  const none = (t) => !make(t) || (shValue && (dateOf(t) >= SH_END || t.dep.length === 3));
  let verdicts = times.map((t) => (none(t) ? null : verdict(make(t).marks, t)));
  // Where the walk and getNextChange differ (open ends "09:00+" do), the direct calls are the verdict.
  if (times.some((t, i) => i % 41 === 0 && !none(t) && JSON.stringify(direct(t)) !== JSON.stringify(verdicts[i]))) {
    walkedNot++;
    verdicts = times.map((t) => (none(t) ? null : direct(t)));
  }
  out.values.push({ value, ok: true, verdicts, until: shValue ? Math.floor(SH_END.getTime() / 60000) : null });
}
mkdirSync(join(root, "target"), { recursive: true });
const file = join(root, "target/hours-oracle.json");
writeFileSync(file, JSON.stringify(out));
const contradictions = out.values.reduce((n, v) => n + (v.verdicts ?? []).filter((x) => x && x[2]).length, 0);
console.log(`hours oracle: ${values.length} values × ${times.length} local times, ${out.values.filter((v) => v.ok).length} accepted by the reference (${walkedNot} evaluated time by time; ${contradictions} verdicts where it contradicts itself)`);

const run = spawnSync("cargo", ["test", "--quiet", "--test", "hours_oracle", "--", "--ignored", "--nocapture"],
  { cwd: root, stdio: "inherit", env: { ...process.env, HOURS_ORACLE: file } });
process.exit(run.status ?? 1);
