// `make package`: the zip for web managers (scripts/package.mjs) holds the release build of
// dist/, byte for byte, and HOSTING.md with the upload steps, both snippets and the CSP and
// CORS notes, in one folder named after the version of Cargo.toml. Read back here with Node's
// zlib, and checked by `unzip -t` too where it is installed. Run after `make build`:
// `node --test tests/e2e/package.test.mjs`.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';

import { NEEDS_BUILD } from './harness.mjs';
import { distDir, repoRoot } from './support.mjs';

/** The entries of a zip: name → contents, read from its central directory. */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the zip has its end record');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const bodyAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const body = buffer.subarray(bodyAt, bodyAt + size);
    files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

function filesUnder(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return e.name.startsWith('.') ? [] : filesUnder(dir, rel);
    return e.isFile() ? [rel] : [];
  });
}

describe('make package', NEEDS_BUILD, () => {
  test('writes dialogue-explorer-<version>.zip: the build and HOSTING.md', (t) => {
    const out = mkdtempSync(path.join(tmpdir(), 'dx-package-'));
    t.after(() => rmSync(out, { recursive: true, force: true }));
    const written = execFileSync('node', [path.join(repoRoot, 'scripts/package.mjs'), '--dist', distDir, '--out', out], { encoding: 'utf8' }).trim();
    const version = readFileSync(path.join(repoRoot, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
    const folder = `dialogue-explorer-${version}`;
    assert.equal(written, path.join(out, `${folder}.zip`), 'named after the version of Cargo.toml');

    const files = unzip(readFileSync(written));
    const expected = [...filesUnder(distDir).map((f) => `${folder}/${f}`), `${folder}/HOSTING.md`].sort();
    assert.deepEqual([...files.keys()].sort(), expected, 'every file of dist/, and HOSTING.md, in one folder');
    for (const file of filesUnder(distDir)) {
      assert.ok(files.get(`${folder}/${file}`).equals(readFileSync(path.join(distDir, file))), `${file} as built`);
    }
    for (const needed of ['index.html', 'embed.js', 'embed.html', 'embed-frame.js', 'dialogue-explorer.js', 'dialogue-explorer_bg.wasm', 'data/dialogues.json']) {
      assert.ok(files.has(`${folder}/${needed}`), `${needed} is in it`);
    }

    const hosting = files.get(`${folder}/HOSTING.md`).toString('utf8');
    for (const [what, pattern] of [
      ['upload steps for a static host', /## On a static host[\s\S]*1\. [\s\S]*2\. /],
      ['upload steps for WordPress', /## On WordPress[\s\S]*Custom HTML/],
      ['the element snippet', /<script type="module" src="[^"]*embed\.js"><\/script>\s*<dialogue-explorer /],
      ['the iframe snippet', /<iframe id="dialogue-explorer"\s+src="[^"]*embed\.html\?/],
      ['the CORS note', /Access-Control-Allow-Origin/],
      ['the CSP note', /## Content-Security-Policy[\s\S]*'wasm-unsafe-eval'/],
      ['the wasm MIME type', /application\/wasm/],
    ]) {
      assert.match(hosting, pattern, `HOSTING.md gives ${what}`);
    }
    assert.match(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'), /\]\(docs\/HOSTING\.md\)/, 'the README links HOSTING.md');

    // An independent reader, where there is one.
    const check = spawnSync('unzip', ['-tq', written], { encoding: 'utf8' });
    if (check.error) t.diagnostic('unzip is not installed: checked by the reader above only');
    else assert.equal(check.status, 0, `unzip -t finds the zip sound: ${check.stdout}${check.stderr}`);
  });
});
