// Makes wasm-bindgen's output smaller where wasm-bindgen itself cannot (docs/size.md, "The
// bindings trimmed"):
//
// 1. Takes out the JS classes that a dependency exports and the app never uses: wasm-streams'
//    IntoUnderlyingSource, IntoUnderlyingSink and IntoUnderlyingByteSource. leptos' `csr`
//    feature turns on server_fn's `browser` feature, which brings wasm-streams, and a
//    `#[wasm_bindgen]` class is an export of the module whether anything uses it or not.
// 2. Gives the module's imports from the glue short names. wasm-bindgen names each import after
//    the function it binds plus a hash (`__wbg_getElementById_7ee213db584f37b0`), once in the
//    module and once in the glue, and the hashes do not compress.
//
//   node scripts/trim-bindings.mjs DIR/NAME_bg.wasm DIR/NAME.js
//
// Run on wasm-bindgen's output, before wasm-opt (which then removes what nothing reaches). What
// the glue does not hold in the form wasm-bindgen writes is left as it is, with a line saying so.
// The result is checked before anything is written: every `wasm.name` the glue reads is an
// export of the module, and every import of the module is a function the glue gives.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { default: binaryen } = await import(path.join(here, '..', 'node_modules', 'binaryen', 'index.js'));

const UNUSED_CLASSES = ['IntoUnderlyingSource', 'IntoUnderlyingSink', 'IntoUnderlyingByteSource'];

const [wasmFile, glueFile] = process.argv.slice(2);
if (!wasmFile || !glueFile) {
  console.error('usage: node scripts/trim-bindings.mjs MODULE_bg.wasm MODULE.js');
  process.exit(2);
}
const say = (line) => console.log(`trim-bindings: ${path.basename(wasmFile)}: ${line}`);
const fail = (why) => {
  console.error(`scripts/trim-bindings.mjs: ${why}; nothing written`);
  process.exit(1);
};

let glue = readFileSync(glueFile, 'utf8');

// --- 1. the unused classes ------------------------------------------------------------------
const dropped = [];
for (const name of UNUSED_CLASSES) {
  // The class (up to the brace that closes it at the start of a line), its Symbol.dispose line
  // and its FinalizationRegistry, as wasm-bindgen writes them.
  const parts = [
    new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'),
    new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = .*\\n`, 'm'),
    new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, 'm'),
  ];
  if (!parts.every((part) => part.test(glue))) continue;
  for (const part of parts) glue = glue.replace(part, '');
  if (new RegExp(`\\b${name}\\b`).test(glue)) fail(`${glueFile} still names ${name} once its class is out`);
  dropped.push(name.toLowerCase());
}

const module = binaryen.readBinary(readFileSync(wasmFile));
// The features rustc emits for wasm32 (as wasm-opt is told in scripts/build-explorer.sh).
const F = binaryen.Features;
module.setFeatures(
  F.MVP | F.MutableGlobals | F.BulkMemory | (F.BulkMemoryOpt ?? 0) | F.NontrappingFPToInt |
    F.ReferenceTypes | F.Multivalue | F.SignExt,
);
const exports = [];
for (let i = 0; i < module.getNumExports(); i++) {
  exports.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
}
const removed = exports.filter((e) =>
  dropped.some((lower) => e.startsWith(`${lower}_`) || e === `__wbg_${lower}_free`),
);
for (const e of removed) module.removeExport(e);
const kept = new Set(exports.filter((e) => !removed.includes(e)));
const missing = [...new Set([...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]))].filter(
  (name) => !kept.has(name),
);
if (missing.length > 0) fail(`${glueFile} reads exports the module would not have: ${missing.join(', ')}`);
module.runPasses(['remove-unused-module-elements']);
if (!module.validate()) fail(`${wasmFile} does not validate once the exports are out`);
let bytes = module.emitBinary();
module.dispose();
say(dropped.length > 0 ? `${removed.length} exports of ${dropped.length} unused classes out` : 'no unused class found');

// --- 2. short import names ------------------------------------------------------------------
// wasm-bindgen writes the glue's imports as one object literal, `const import0 = { … }`, one
// `name: function(…) {` per import, then returns `{ "./NAME_bg.js": import0, … }`.
const object = /^    const (import\d+) = \{\n        __proto__: null,\n([\s\S]*?)^    \};\n/m.exec(glue);
const moduleKey = object && new RegExp(`^        "([^"]+)": ${object[1]},$`, 'm').exec(glue);
if (!object || !moduleKey) {
  say('the glue has no import object as expected: import names left as they are');
} else {
  const body = object[2];
  const keys = [...body.matchAll(/^        ([A-Za-z_$][\w$]*): function\(/gm)].map((m) => m[1]);
  // A name the glue uses anywhere else keeps its name.
  const count = (name) => glue.split(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`)).length - 1;
  const renamed = new Map();
  for (const key of keys) if (count(key) === 1) renamed.set(key, shortName(renamed.size));
  const newBody = body.replace(/^        ([A-Za-z_$][\w$]*): function\(/gm, (line, key) =>
    renamed.has(key) ? `        ${renamed.get(key)}: function(` : line,
  );
  const newModule = 'a';
  const given = new Set(keys.map((k) => renamed.get(k) ?? k));
  bytes = renameImports(bytes, (mod, field) => {
    if (mod !== moduleKey[1]) return [mod, field];
    const name = renamed.get(field) ?? field;
    if (!given.has(name)) fail(`${wasmFile} imports ${field}, which the glue's ${object[1]} does not give`);
    return [newModule, name];
  });
  glue =
    glue.slice(0, object.index) +
    object[0].replace(body, () => newBody) +
    glue.slice(object.index + object[0].length);
  glue = glue.replace(moduleKey[0], `        "${newModule}": ${object[1]},`);
  say(`${renamed.size} of ${keys.length} imports renamed`);
}

writeFileSync(wasmFile, bytes);
writeFileSync(glueFile, glue);

/** `a`…`z`, `A`…`Z`, then two characters and more: names no glue function has. */
function shortName(n) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789`;
  let name = first[n % first.length];
  for (n = Math.floor(n / first.length); n > 0; n = Math.floor((n - 1) / rest.length)) {
    name += rest[(n - 1) % rest.length];
  }
  return name;
}

function readLeb(b, i) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = b[i++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, i];
  }
}

function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}

/** The module with its import section written again, each (module, field) through `rename`. */
function renameImports(b, rename) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const out = [b.subarray(0, 8)];
  let i = 8;
  while (i < b.length) {
    const id = b[i];
    const [size, start] = readLeb(b, i + 1);
    const end = start + size;
    if (id !== 2) {
      out.push(b.subarray(i, end));
      i = end;
      continue;
    }
    let j = start;
    let n;
    [n, j] = readLeb(b, j);
    const section = [...leb(n)];
    const text = () => {
      let len;
      [len, j] = readLeb(b, j);
      const s = decoder.decode(b.subarray(j, j + len));
      j += len;
      return s;
    };
    const put = (s) => {
      const encoded = encoder.encode(s);
      section.push(...leb(encoded.length), ...encoded);
    };
    for (let k = 0; k < n; k++) {
      const [mod, field] = rename(text(), text());
      const descStart = j;
      const kind = b[j++];
      const limits = () => {
        const flags = b[j++];
        [, j] = readLeb(b, j);
        if (flags & 1) [, j] = readLeb(b, j);
      };
      if (kind === 0) [, j] = readLeb(b, j);
      else if (kind === 1) {
        j++;
        limits();
      } else if (kind === 2) limits();
      else if (kind === 3) j += 2;
      else if (kind === 4) {
        j++;
        [, j] = readLeb(b, j);
      } else fail(`${wasmFile}: an import of unknown kind ${kind}`);
      put(mod);
      put(field);
      section.push(...b.subarray(descStart, j));
    }
    if (j !== end) fail(`${wasmFile}: the import section was not read to its end`);
    out.push(Uint8Array.from([2, ...leb(section.length), ...section]));
    i = end;
  }
  const whole = new Uint8Array(out.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of out) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
