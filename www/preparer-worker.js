// The coordinator's page's worker: the importer compiled to wasm (crates/preparer), run off the page's
// thread. One run per worker: the page ends it to cancel (which also stops a fetch under way). Nothing is
// sent anywhere: the requests are for the importer and the referential, from this bundle, and, when the
// coordinator gives an API token, for data·inclusion's API pages (the token goes there only, as a bearer,
// and is neither kept nor written anywhere).
import init, { put, take, prepare, apiClear, apiPage, brotli } from "./__GLUE__";

const bytes = async (name) => {
  const r = await fetch(name);
  if (!r.ok) throw new Error(`${name}: ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
};

// A panic's message (crates/preparer/src/worker.rs), said instead of wasm's « unreachable ».
let panicked = null;
self.passerellePanic = (message) => { panicked = message; };
// A panic the command line catches (a damaged Parquet file): its message, as its run that failed (exit 1).
let failed = null;
self.passerelleFailed = (error) => { failed = error; };

// ---- The API v1, as the command line's `--api` reads it (src/bin/passerelle-import/api.rs) ----

const SIZE = 1000; // entries a page asks for (pages.rs's SIZE)
const TRIES = 4;
const sleep = (s) => new Promise((ok) => setTimeout(ok, s * 1000));

/** What went wrong with the API, for the page to say in its language. */
class ApiError extends Error {
  constructor(kind, url, status, detail) {
    super(detail || kind);
    Object.assign(this, { kind, url, status });
  }
}

/** `{base}/api/v1`, as the command line makes it. */
const root = (base) => {
  const b = base.replace(/\/+$/, "");
  return b.endsWith("/api/v1") ? b : `${b}/api/v1`;
};

/** One page's bytes: a refused token stops at once; a busy server (429, 5xx) or a broken connection is
 *  tried again after 1, 2, 4 s (or the `Retry-After` it asks, up to 30 s), as on the command line. */
async function get(url, token) {
  let wait = 1;
  for (let attempt = 1; attempt <= TRIES; attempt++) {
    const last = attempt === TRIES;
    let r, body;
    try {
      r = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer" });
      if (r.status === 200) body = new Uint8Array(await r.arrayBuffer());
    } catch (e) {
      if (last) throw new ApiError("network", url, 0, String(e && e.message || e));
      await sleep(wait);
      wait *= 2;
      continue;
    }
    if (body) return body;
    const status = r.status;
    if (status === 401 || status === 403) throw new ApiError("token", url, status);
    if ((status === 429 || (status >= 500 && status <= 599)) && !last) {
      const asked = (r.headers.get("retry-after") || "").trim();
      await sleep(Math.min(/^\d+$/.test(asked) ? Number(asked) : wait, 30));
    } else if (status === 429) throw new ApiError("busy", url, status);
    else throw new ApiError("status", url, status);
    wait *= 2;
  }
}

/** Every page of both tables, in the command line's order, handed to the wasm as they come. */
async function fetchApi({ base, token }, communes, departements) {
  apiClear();
  let filters = communes.map((c) => ["code_commune", c]);
  if (!filters.length) filters = departements.map((d) => ["code_departement", d]);
  if (!filters.length) filters = [null];
  for (const [t, table] of ["structures", "services"].entries()) {
    for (const [f, filter] of filters.entries()) {
      for (let page = 1; ; page++) {
        let url = `${root(base)}/${table}?page=${page}&size=${SIZE}`;
        if (filter) url += `&${filter[0]}=${filter[1]}`;
        const body = await get(url, token);
        let items, pages;
        try {
          [items, pages] = apiPage(table, url, body);
        } catch (e) {
          throw new ApiError("json", url, 200, String(e));
        }
        postMessage({ step: "api", table, page, pages, part: (t + (f + Math.min(1, page / Math.max(1, pages))) / filters.length) / 2 });
        if (items === 0 || page >= pages) break;
      }
    }
  }
}

onmessage = async ({ data }) => {
  try {
    postMessage({ step: "start" });
    const [, communes, epci] = await Promise.all([init({ module_or_path: "__WASM__" }),
      bytes("preparer-communes.json"), bytes("preparer-epci.json")]);
    put("referentiel/communes.json", communes);
    put("referentiel/epci.json", epci);
    let structuresName = "", servicesName = "";
    if (data.api) await fetchApi(data.api, data.communes, data.departements);
    else {
      // The coordinator's own file names: the report names them, and a validator's spreadsheet
      // without `source` takes its name from it, as on the command line.
      // The files are read here, off the page's thread.
      const { structures, services } = data;
      structuresName = structures.name;
      put(structuresName, new Uint8Array(await structures.arrayBuffer()));
      servicesName = services.name;
      if (services === structures) servicesName = structures.name;
      else {
        if (servicesName === structures.name) servicesName = `services/${servicesName}`;
        put(servicesName, new Uint8Array(await services.arrayBuffer()));
      }
    }
    const json = prepare(structuresName, servicesName, data.communes, data.departements, data.today, undefined,
      data.api ? data.api.base : undefined,
      (path, read, size) => postMessage({ step: "read", table: data.api ? (/structures/.test(path) ? "structures" : "services") : (path === structuresName ? "structures" : "services"), path, read, size }));
    const result = JSON.parse(json);
    const contacts = take("contacts.json");
    // The names of the services the report lists by id, read here: the page's thread stays free.
    // Only those the page shows (its first 50 of each list): less to copy to the page's thread.
    const listed = new Set(result.report ? [...result.report.unreachable.ids.slice(0, 50), ...result.report.orphans.ids.slice(0, 50)] : []);
    result.names = {};
    if (contacts && listed.size) {
      for (const s of JSON.parse(new TextDecoder().decode(contacts)).services) if (listed.has(s.id)) result.names[s.id] = s.nom;
    }
    // The files are handed over as Blobs, made here: a Blob passes by reference, where bytes would be
    // copied on the page's thread (16 MB for a département: a long task). The page shows the result while
    // the compressed siblings are made here: brotli by the wasm (browsers have no encoder), gzip by the
    // browser (CompressionStream). The page ends the worker once it has them.
    const file = contacts && new Blob([contacts], { type: "application/json" });
    postMessage({ step: "done", result, contacts: file });
    if (!contacts) return;
    const br = new Blob([brotli(contacts)], { type: "application/octet-stream" });
    const gz = typeof CompressionStream === "function"
      ? await new Response(file.stream().pipeThrough(new CompressionStream("gzip"))).blob()
      : null;
    postMessage({ step: "compressed", br, gz: gz && new Blob([gz], { type: "application/gzip" }) });
  } catch (e) {
    if (failed) postMessage({ step: "done", result: { exit: 1, error: failed, summary: "", report: null, coverage: null, names: {} }, contacts: null });
    else if (e instanceof ApiError) postMessage({ step: "failed", api: { kind: e.kind, url: e.url, status: e.status, detail: e.message } });
    // A panic of a reader on a damaged file ends here (wasm has no unwinding).
    else postMessage({ step: "failed", message: panicked || String(e && e.message || e) });
  }
};
