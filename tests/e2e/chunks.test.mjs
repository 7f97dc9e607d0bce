// End-to-end tests of the module in parts (src/ui/on_demand.rs, scripts/build-explorer.sh): a
// first visit of the matrix fetches the main module only; each other view fetches its own chunk
// the first time it is shown, and not again; a chunk that cannot be fetched is said in place with
// a Retry button (no stopped module, the rest of the explorer still works), and Retry then shows
// the view. Each language but English is a part of its own too (its pack: the interface's,
// the brief's and the validator's sentences): fetched before the explorer is first drawn in it,
// or when the reader switches to it; one that cannot be fetched is said, with Retry, and the
// interface stays in the language it was in. The download writers are a part too, fetched at
// the first download, and so are a chosen matrix cell's entries (at the first choice), the
// offer of a shared agenda (when a link holds one) and the print header (after the first
// results: the screen never shows it, so a part that cannot come leaves nothing to say).
//
// The last test reads the built files: the bindings trimmed by scripts/trim-bindings.mjs.
//
// Run against the release build: `make build && node --test tests/e2e/chunks.test.mjs`.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import { APP, DESKTOP, NEEDS_BUILD, PHONE, assertClean, until, useSuite } from './harness.mjs';
import { distDir, screenshot, settle } from './support.mjs';

const TIMEOUT = { timeout: 90_000 };

/** The module's parts that the server was asked for, in order ("split_agenda.wasm", ...). */
const partsAsked = (server) =>
  server.requests.map((r) => r.replace(/^GET \//, '')).filter((p) => /^(split|chunk)_.*\.wasm$/.test(p));

/** The print header's part: the one part every first visit fetches, once its results show. */
const PRINT_PART = 'split_print_header.wasm';
/** The views' and pieces' parts asked for: all but the print header's (and the chunks it shares). */
const splitsWanted = (server) => partsAsked(server).filter((p) => p.startsWith('split_') && p !== PRINT_PART);

const tab = (page, name) => page.locator(`${APP} nav.dx-views a.dx-tab`, { hasText: name });

describe('the module in parts: each view but the matrix loaded on first use', NEEDS_BUILD, () => {
  const suite = useSuite();
  const { openApp } = suite;
  const built = NEEDS_BUILD.skip ? [] : readdirSync(distDir);

  test('1. the build has a chunk per view but the matrix, and a first visit fetches only the print header\'s, after its results', TIMEOUT, async (t) => {
    for (const view of ['list', 'agenda', 'dialogue', 'theme', 'brief', 'mine', 'print_header']) {
      assert.ok(built.includes(`split_${view}.wasm`), `dist/ holds split_${view}.wasm (it holds: ${built.join(', ')})`);
    }
    const { page, watch } = await openApp(t, { query: '?dx-view=matrix' });
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    await page.locator(`${APP} .dx-print-header p`).first().waitFor({ state: 'attached' });
    await settle(page);
    const asked = partsAsked(suite.server);
    assert.deepEqual(asked.filter((p) => p.startsWith('split_')), [PRINT_PART], `the print header's part and no view's: ${asked}`);
    // With it only the chunks it shares with other parts; all asked for once the first results
    // are in the page, after the dataset, not with the module.
    const order = suite.server.requests.map((r) => r.replace(/^GET \//, ''));
    const dataset = order.indexOf('data/dialogues.json');
    assert.ok(dataset >= 0, `the dataset was asked for: ${order}`);
    for (const part of asked) {
      assert.ok(order.indexOf(part) > dataset, `${part} after the dataset: ${order}`);
    }
    await assertClean(page, watch);
  });

  test('1b. without the print header\'s part, the screen is the same and nothing is said', TIMEOUT, async (t) => {
    suite.server.block(PRINT_PART);
    t.after(() => suite.server.unblock(PRINT_PART));
    const { page, watch } = await openApp(t, { query: '?dx-view=matrix' });
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    await settle(page);
    assert.ok(partsAsked(suite.server).includes(PRINT_PART), 'it was asked for');
    assert.equal(await page.locator(`${APP} .dx-print-header`).count(), 0, 'no print header');
    assert.equal(await page.locator(`${APP} [role=alert]`).count(), 0, 'no alert: the screen never shows it');
    await page.locator(`${APP} button.dx-cell:not([data-count="0"])`).first().click();
    await page.locator(`${APP} .dx-cell-detail-title`).waitFor();
    await assertClean(page, watch, {
      allowedConsole: [/Failed to load resource.*404/, /compile.*HTTP status code is not ok.*__wasm_split\.js/],
    });
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

  const appLang = (page) => page.locator(APP).evaluate((el) => el.lang);

  test('4. a first visit in another language fetches its pack, and the explorer is drawn in it at once', TIMEOUT, async (t) => {
    assert.ok(
      ['fr', 'es', 'ru', 'ar', 'zh'].every((l) => built.includes(`split_lang_${l}.wasm`)),
      `dist/ holds a pack for each language but English (it holds: ${built.join(', ')})`,
    );
    const fr = suite.oracle.catalogue('fr');
    const { page, watch } = await openApp(t, { query: '?dx-lang=fr&dx-view=matrix' });
    // When the first results show, they show in French: the explorer waited for the pack.
    const first = await page.waitForFunction(
      (app) => {
        const count = document.querySelector(`${app} .dx-result-count`);
        if (!count?.textContent.trim()) return null;
        const tabs = [...document.querySelectorAll(`${app} nav.dx-views a.dx-tab`)].map((a) => a.textContent.trim());
        return { lang: document.querySelector(app).lang, tabs };
      },
      APP,
      { polling: 'raf' },
    );
    const drawn = await first.jsonValue();
    assert.equal(drawn.lang, 'fr', 'the explorer is first drawn in French');
    assert.deepEqual(drawn.tabs.slice(0, 3), [fr.view_matrix, fr.view_list, fr.view_agenda], 'its first tabs read in French');
    await settle(page);
    const asked = partsAsked(suite.server);
    assert.deepEqual(asked.filter((p) => p.startsWith('split_lang_')), ['split_lang_fr.wasm'], `French's pack only: ${asked}`);
    await assertClean(page, watch);
  });

  test('5. a pack that cannot be fetched is said, the interface stays as it was, and Retry switches', TIMEOUT, async (t) => {
    const ru = suite.oracle.catalogue('ru');
    const { page, watch } = await openApp(t, { query: '?dx-view=matrix' });
    suite.server.block('split_lang_ru.wasm');
    await page.locator(`${APP} .dx-language select`).selectOption({ label: 'Русский' });
    const notice = page.locator(`${APP} .dx-language-unavailable`);
    await notice.waitFor();
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.match(await notice.innerText(), /The interface in Русский could not be loaded/);
    assert.equal(await notice.locator('span[lang="ru"]').innerText(), 'Русский', 'the name is marked as Russian');
    assert.equal(await appLang(page), 'en', 'the interface stays in English');
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `language-unavailable-${viewport.width}`);
    }
    // The explorer still works meanwhile.
    await tab(page, 'Entries').click();
    await page.locator(`${APP} .dx-results`).waitFor();
    suite.server.unblock('split_lang_ru.wasm');
    await notice.locator('button.dx-retry').click();
    await until(() => appLang(page), (l) => l === 'ru', 'Russian once the pack has come');
    await until(() => notice.count(), (n) => n === 0, 'the alert is gone');
    await until(
      async () => (await page.locator(`${APP} nav.dx-views a.dx-tab`).allInnerTexts()).map((x) => x.trim()).slice(0, 3),
      (tabs) => JSON.stringify(tabs) === JSON.stringify([ru.view_matrix, ru.view_list, ru.view_agenda]),
      'the tabs read in Russian',
    );
    await assertClean(page, watch, {
      allowedConsole: [/Failed to load resource.*404/, /compile.*HTTP status code is not ok.*__wasm_split\.js/],
    });
  });

  test('6. the download writers come at the first download; when they cannot, the bar says so', TIMEOUT, async (t) => {
    assert.ok(built.includes('split_downloads.wasm'), 'dist/ holds the writers\' part');
    const { page, watch } = await openApp(t, { query: '?dx-view=matrix' });
    await settle(page);
    assert.ok(!partsAsked(suite.server).includes('split_downloads.wasm'), 'not before a download');
    suite.server.block('split_downloads.wasm');
    const json = page.locator(`${APP} .dx-export button[data-export="json"]`);
    await json.click();
    const said = page.locator(`${APP} .dx-export .dx-said`);
    await until(() => said.innerText(), (s) => /could not be loaded/.test(s), 'the bar says the download could not be made');
    suite.server.unblock('split_downloads.wasm');
    const [download] = await Promise.all([page.waitForEvent('download'), json.click()]);
    assert.match(download.suggestedFilename(), /\.json$/, `a JSON file: ${download.suggestedFilename()}`);
    await until(() => said.innerText(), (s) => s.includes(download.suggestedFilename()), 'the bar says what was downloaded');
    await assertClean(page, watch, {
      allowedConsole: [/Failed to load resource.*404/, /compile.*HTTP status code is not ok.*__wasm_split\.js/],
    });
  });

  test('7. a matrix cell\'s entries come at the first choice, the offer of a shared agenda with a link that holds one', TIMEOUT, async (t) => {
    for (const part of ['split_cell_entries.wasm', 'split_shared_offer.wasm']) {
      assert.ok(built.includes(part), `dist/ holds ${part}`);
    }
    const { page, watch } = await openApp(t, { query: '?dx-view=matrix' });
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    await settle(page);
    assert.deepEqual(splitsWanted(suite.server), [], 'neither before it is wanted');
    const cell = page.locator(`${APP} button.dx-cell:not([data-count="0"])`).first();
    const count = Number(await cell.getAttribute('data-count'));
    const detail = page.locator(`${APP} .dx-cell-detail`);
    // While the part comes, the heading is drawn and the entries' place says so.
    const release = suite.server.hold('split_cell_entries.wasm');
    await cell.click();
    await detail.locator('.dx-cell-detail-title').waitFor();
    const loading = detail.locator('.dx-view-loading');
    await loading.waitFor();
    assert.equal(await loading.innerText(), suite.oracle.catalogue('en').part_loading);
    assert.equal(await loading.getAttribute('role'), 'status');
    release();
    await until(() => detail.locator('article.dx-entry').count(), (n) => n === count, `the cell's ${count} entries`);
    assert.equal(await loading.count(), 0, 'no longer loading');
    assert.ok(partsAsked(suite.server).includes('split_cell_entries.wasm'), 'fetched at the choice');

    // A part that cannot come: the heading, and an alert with Retry in the entries' place.
    const again = await openApp(t, { query: '?dx-view=matrix' });
    suite.server.block('split_cell_entries.wasm');
    const againDetail = again.page.locator(`${APP} .dx-cell-detail`);
    await again.page.locator(`${APP} button.dx-cell:not([data-count="0"])`).first().click();
    await againDetail.locator('.dx-cell-detail-title').waitFor();
    const unavailable = againDetail.locator('.dx-view-unavailable');
    await unavailable.waitFor();
    assert.equal(await unavailable.getAttribute('role'), 'alert');
    suite.server.unblock('split_cell_entries.wasm');
    await unavailable.locator('button.dx-retry').click();
    await until(() => againDetail.locator('article.dx-entry').count(), (n) => n === count, `the cell's ${count} entries`);
    assert.ok(!partsAsked(suite.server).includes('split_shared_offer.wasm'), 'no shared link, no offer');
    await assertClean(page, watch);
    await assertClean(again.page, again.watch, {
      allowedConsole: [/Failed to load resource.*404/, /compile.*HTTP status code is not ok.*__wasm_split\.js/],
    });

    const shared = await openApp(t, { query: '?dx-view=matrix&dx-shared=tip-2023' });
    const offer = shared.page.locator(`${APP} .dx-shared-offer`);
    await offer.waitFor();
    assert.match(await offer.innerText(), /shared an agenda with you: 1 dialogue/);
    assert.ok(partsAsked(suite.server).includes('split_shared_offer.wasm'), 'the offer\'s part, with a shared link');
    await offer.locator('button', { hasText: 'Dismiss' }).click();
    await until(() => offer.count(), (n) => n === 0, 'dismissed, the offer is gone');
    await assertClean(shared.page, shared.watch);
  });
  test('8. the bindings are trimmed: short import names, no unused class of a dependency (scripts/trim-bindings.mjs)', () => {
    for (const name of ['dialogue-explorer', 'dialogue-maintainer']) {
      const module = new WebAssembly.Module(readFileSync(path.join(distDir, `${name}_bg.wasm`)));
      const glue = readFileSync(path.join(distDir, `${name}.js`), 'utf8');
      const fromGlue = WebAssembly.Module.imports(module).filter((i) => i.module === 'a');
      assert.ok(fromGlue.length > 50, `${name}: the module imports its glue's functions from "a" (${fromGlue.length})`);
      const long = fromGlue.filter((i) => i.name.length > 2).map((i) => i.name);
      assert.deepEqual(long, [], `${name}: every import from the glue has a short name`);
      const others = WebAssembly.Module.imports(module).filter((i) => i.module !== 'a' && i.module !== './__wasm_split.js');
      assert.deepEqual(others.map((i) => `${i.module} ${i.name}`), [], `${name}: no import from elsewhere`);
      const streams = WebAssembly.Module.exports(module).filter((e) => /intounderlying/i.test(e.name));
      assert.deepEqual(streams.map((e) => e.name), [], `${name}: no export of wasm-streams' classes`);
      assert.ok(!/IntoUnderlying/.test(glue), `${name}.js holds no wasm-streams class`);
    }
  });
});
