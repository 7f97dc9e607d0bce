#!/usr/bin/env node
// `make package`: the download for web managers, dialogue-explorer-<version>.zip (the version of
// Cargo.toml), holding the release build of dist/ and HOSTING.md (docs/HOSTING.md) in one folder,
// dialogue-explorer-<version>/. Written with Node's own zlib (a zip is deflated entries and a
// directory), so that no zip tool is needed.
//
//   node scripts/package.mjs [--dist DIR] [--out DIR]     (defaults: dist/, the repository root)
//
// Prints the path of the zip it wrote.

import { readFileSync, readdirSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : fallback;
}

/** The version of the package in Cargo.toml (`version = "0.1.0"` of `[package]`). */
export function cargoVersion(text) {
  const section = text.split(/^\[/m).find((s) => s.startsWith('package]'));
  const version = section?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('Cargo.toml names no [package] version');
  return version;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date of a Date, as zip entries carry them. */
function dosTime(date) {
  const year = Math.max(date.getFullYear(), 1980);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A zip archive of `entries` ({ name, data, modified }), deflated. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, modified } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const { time, date } = dosTime(modified);
    const crc = crc32(data);
    // The fields the local header and the central directory share, in the same order: method,
    // time, date, CRC-32, stored size, size, name length.
    const writeEntryFields = (header, at) => {
      header.writeUInt16LE(stored ? 0 : 8, at);
      header.writeUInt16LE(time, at + 2);
      header.writeUInt16LE(date, at + 4);
      header.writeUInt32LE(crc, at + 6);
      header.writeUInt32LE(body.length, at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt16LE(nameBytes.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    writeEntryFields(local, 8);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    writeEntryFields(central, 10);
    central.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // a plain file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
function filesUnder(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) return e.name.startsWith('.') ? [] : filesUnder(dir, rel);
      return e.isFile() ? [rel] : [];
    })
    .sort();
}

function main() {
  const dist = option('--dist', path.join(root, 'dist'));
  const out = option('--out', root);
  for (const file of ['index.html', 'embed.js', 'embed.html', 'dialogue-explorer_bg.wasm', 'data/dialogues.json']) {
    if (!existsSync(path.join(dist, file))) {
      console.error(`package: ${path.relative(root, dist) || dist}/ lacks ${file}: run 'make build' first`);
      process.exit(1);
    }
  }
  const version = cargoVersion(readFileSync(path.join(root, 'Cargo.toml'), 'utf8'));
  const folder = `dialogue-explorer-${version}`;
  const entries = filesUnder(dist).map((rel) => ({
    name: `${folder}/${rel}`,
    data: readFileSync(path.join(dist, rel)),
    modified: statSync(path.join(dist, rel)).mtime,
  }));
  const hosting = path.join(root, 'docs', 'HOSTING.md');
  entries.push({ name: `${folder}/HOSTING.md`, data: readFileSync(hosting), modified: statSync(hosting).mtime });
  mkdirSync(out, { recursive: true });
  const target = path.join(out, `${folder}.zip`);
  writeFileSync(target, zip(entries));
  console.log(target);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
