// The coordinator's page's worker: the importer compiled to wasm (crates/preparer), run off the page's
// thread. One run per worker: the page ends it to cancel. Nothing is sent anywhere; the only requests
// are for the importer and the referential, from this bundle.
import init, { put, take, prepare } from "./__GLUE__";

const bytes = async (name) => {
  const r = await fetch(name);
  if (!r.ok) throw new Error(`${name}: ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
};

// A panic's message (crates/preparer/src/worker.rs), said instead of wasm's « unreachable ».
let panicked = null;
self.passerellePanic = (message) => { panicked = message; };

onmessage = async ({ data }) => {
  try {
    postMessage({ step: "start" });
    const [, communes, epci] = await Promise.all([init({ module_or_path: "__WASM__" }),
      bytes("preparer-communes.json"), bytes("preparer-epci.json")]);
    put("referentiel/communes.json", communes);
    put("referentiel/epci.json", epci);
    // The coordinator's own file names: the report names them, and a validator's spreadsheet
    // without `source` takes its name from it, as on the command line.
    // The files are read here, off the page's thread.
    const { structures, services } = data;
    put(structures.name, new Uint8Array(await structures.arrayBuffer()));
    let servicesName = services.name;
    if (services === structures) servicesName = structures.name;
    else {
      if (servicesName === structures.name) servicesName = `services/${servicesName}`;
      put(servicesName, new Uint8Array(await services.arrayBuffer()));
    }
    const json = prepare(structures.name, servicesName, data.communes, data.departements, data.today, undefined,
      (path, read, size) => postMessage({ step: "read", path, read, size }));
    const result = JSON.parse(json);
    const contacts = take("contacts.json");
    // The names of the services the report lists by id, read here: the page's thread stays free.
    const listed = new Set(result.report ? [...result.report.unreachable.ids, ...result.report.orphans.ids] : []);
    result.names = {};
    if (contacts && listed.size) {
      for (const s of JSON.parse(new TextDecoder().decode(contacts)).services) if (listed.has(s.id)) result.names[s.id] = s.nom;
    }
    // The gzip sibling is made here too (CompressionStream); brotli has no browser encoder.
    const gz = contacts && typeof CompressionStream === "function"
      ? new Uint8Array(await new Response(new Blob([contacts]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer())
      : null;
    postMessage({ step: "done", result, contacts, gz }, [contacts, gz].filter(Boolean).map((b) => b.buffer));
  } catch (e) {
    // A panic of a reader on a damaged file ends here (wasm has no unwinding).
    postMessage({ step: "failed", message: panicked || String(e && e.message || e) });
  }
};
