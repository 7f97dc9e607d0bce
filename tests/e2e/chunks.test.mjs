// End-to-end tests of the module in parts (src/ui/on_demand.rs, scripts/build-explorer.sh): a
// first visit of the matrix fetches the main module only; each other view fetches its own chunk
// the first time it is shown, and not again; a chunk that cannot be fetched is said in place with
// a Retry button (no stopped module, the rest of the explorer still works), and Retry then shows
// the view.
//
// Run against the release build: `make build && node --test tests/e2e/chunks.test.mjs`.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';

import { APP, DESKTOP, NEEDS_BUILD, PHONE, assertClean, until, useSuite } from './harness.mjs';
import { distDir, screenshot, settle } from './support.mjs';

const TIMEOUT = { timeout: 90_000 };

/** The module's parts that the server was asked for, in order ("split_agenda.wasm", ...). */
const partsAsked = (server) =>
  server.requests.map((r) => r.replace(/^GET \//, '')).filter((p) => /^(split|chunk)_.*\.wasm$/.test(p));

const tab = (page, name) => page.locator(`${APP} nav.dx-views a.dx-tab`, { hasText: name });

describe('the module in parts: each view but the matrix loaded on first use', NEEDS_BUILD, () => {
  const suite = useSuite();
  const { openApp } = suite;
  const built = NEEDS_BUILD.skip ? [] : readdirSync(distDir);

  test('1. the build has a chunk per view but the matrix, and a first visit fetches none', TIMEOUT, async (t) => {
    for (const view of ['list', 'agenda', 'dialogue', 'theme', 'brief', 'mine']) {
      assert.ok(built.includes(`split_${view}.wasm`), `dist/ holds split_${view}.wasm (it holds: ${built.join(', ')})`);
    }
    const { page, watch } = await openApp(t, { query: '?dx-view=matrix' });
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    await settle(page);
    assert.deepEqual(partsAsked(suite.server), [], 'the matrix needs no chunk');
    await assertClean(page, watch);
  });

  test('2. a view fetches its own chunk when first shown, and only once', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-view=matrix' });
    await tab(page, 'Entries').click();
    await page.locator(`${APP} .dx-results`).waitFor();
    assert.ok(partsAsked(suite.server).includes('split_list.wasm'), `the list's chunk: ${partsAsked(suite.server)}`);
    assert.ok(!partsAsked(suite.server).includes('split_agenda.wasm'), 'not the agenda\'s yet');
    await tab(page, /^Agenda$/).click();
    await page.locator(`${APP} .dx-agenda`).waitFor();
    await tab(page, 'Entries').click();
    await page.locator(`${APP} .dx-results`).waitFor();
    await settle(page);
    const asked = partsAsked(suite.server);
    assert.equal(asked.filter((p) => p === 'split_list.wasm').length, 1, `the list's chunk once: ${asked}`);
    assert.equal(asked.filter((p) => p === 'split_agenda.wasm').length, 1, `the agenda's chunk once: ${asked}`);
    await assertClean(page, watch);
  });

  test('3. a chunk that cannot be fetched is said in place, with a Retry that works', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-view=matrix' });
    suite.server.block('split_agenda.wasm');
    await tab(page, /^Agenda$/).click();
    const unavailable = page.locator(`${APP} .dx-view-unavailable`);
    await unavailable.waitFor();
    assert.equal(await unavailable.getAttribute('role'), 'alert');
    assert.match(await unavailable.innerText(), /could not be loaded/);
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `view-unavailable-${viewport.width}`);
    }
    // The rest of the explorer still works: another tab, then back.
    await tab(page, 'Topic matrix').click();
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    await tab(page, /^Agenda$/).click();
    await unavailable.waitFor();
    suite.server.unblock('split_agenda.wasm');
    await unavailable.locator('button.dx-retry').click();
    await page.locator(`${APP} .dx-agenda article.dx-card`).first().waitFor();
    await until(() => unavailable.count(), (n) => n === 0, 'the alert is gone once the agenda shows');
    // The blocked requests were 404s, which the browser logs, and __wasm_split.js logs the
    // failed compile of each; nothing else went wrong.
    await assertClean(page, watch, {
      allowedConsole: [/Failed to load resource.*404/, /compile.*HTTP status code is not ok.*__wasm_split\.js/],
    });
  });
});
