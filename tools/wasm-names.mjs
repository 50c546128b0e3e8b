// Short names between the wasm and its glue. wasm-bindgen names each import after the browser
// function and a hash of its signature (`__wbg_removeEventListener_cc543e35b1012a27`), and each
// closure's entry point after its Rust types (200 characters): some 200 names, 11 KB in the wasm
// and again in the glue, whose hashes brotli cannot compress. Both sides are renamed alike (`_0`,
// `_1`…, `$0`…); the functions are the same. (binaryen's `--minify-imports` only renames the
// imports of an `env` module, and `--minify-imports-and-exports` every export, which the split's
// link module and the loaders call by name.)

/** The wasm with the imports of `module` and the exports `exports` matches renamed, and the maps
 *  from old to new names. */
export function shortenNames(wasm, module, exports) {
  const b = wasm;
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, x;
    do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
    return r;
  };
  const uleb = (n) => {
    const out = [];
    do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; out.push(x); } while (n);
    return Buffer.from(out);
  };
  const str = () => { const l = leb(); const s = b.subarray(p, p + l).toString(); p += l; return s; };
  const name = (s) => Buffer.concat([uleb(Buffer.byteLength(s)), Buffer.from(s)]);
  // A section's entries read again one by one: `entry()` reads one and gives its new bytes.
  const rewrite = (id, end, entry) => {
    const count = leb();
    const entries = Array.from({ length: count }, entry);
    if (p !== end) throw new Error(`section ${id}: unexpected length`);
    const section = Buffer.concat([uleb(count), ...entries]);
    return Buffer.concat([Buffer.from([id]), uleb(section.length), section]);
  };
  const renamed = new Map();
  const renamedExports = new Map();
  const parts = [b.subarray(0, 8)];
  while (p < b.length) {
    const start = p;
    const id = b[p++];
    const end = leb() + p;
    if (id === 2) {
      parts.push(rewrite(id, end, () => {
        const mod = str(), field = str();
        const desc = p;
        const kind = b[p++];
        if (kind === 0) leb();
        else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); }
        else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
        else if (kind === 3) p += 2;
        else if (kind === 4) { p++; leb(); }
        else throw new Error(`import ${mod}.${field}: unknown kind ${kind}`);
        if (mod === module && !renamed.has(field)) renamed.set(field, `_${renamed.size.toString(36)}`);
        return Buffer.concat([name(mod), name(mod === module ? renamed.get(field) : field), b.subarray(desc, p)]);
      }));
    } else if (id === 7) {
      parts.push(rewrite(id, end, () => {
        const field = str();
        const desc = p;
        p++;
        leb();
        if (exports.test(field)) renamedExports.set(field, `$${renamedExports.size.toString(36)}`);
        return Buffer.concat([name(renamedExports.get(field) ?? field), b.subarray(desc, p)]);
      }));
    } else {
      parts.push(b.subarray(start, end));
      p = end;
    }
  }
  return { wasm: Buffer.concat(parts), renamed, renamedExports };
}

/** The glue with the import object's keys and the calls of the exports renamed as in the wasm. */
export function renameInGlue(glue, renamed, renamedExports) {
  let out = glue;
  for (const [from, to] of renamedExports) {
    const call = new RegExp(`\\bwasm\\.${from}(?![\\w$])`, "g");
    if (!call.test(out)) throw new Error(`the glue never calls the export ${from}`);
    out = out.replace(call, `wasm.${to}`);
  }
  for (const [from, to] of renamed) {
    const key = new RegExp(`(?<![\\w$])${from.replace(/\$/g, "\\$")}(?=\\s*:)`, "g");
    const n = (out.match(key) || []).length;
    if (n !== 1) throw new Error(`the glue names the import ${from} ${n} times as a key (expected once)`);
    out = out.replace(key, to);
    if (new RegExp(`(?<![\\w$])${from.replace(/\$/g, "\\$")}(?![\\w$])`).test(out)) throw new Error(`the glue still names ${from}`);
  }
  return out;
}
