// The explorer at any size, and the one rule for the chosen matrix cell: a dataset of 10,000
// entries keeps the page small (years as columns, lists drawn a part at a time), and every filter
// change drops the chosen cell, which is named by its column's key rather than its position.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';

import { enlarge } from '../bench/enlarge.mjs';
import { APP, DESKTOP, NEEDS_BUILD, assertClean, params, until, useSuite } from './harness.mjs';
import { Oracle } from './oracle.mjs';
import { screenshot } from './support.mjs';

const TIMEOUT = { timeout: 120_000 };
const ELEMENT_BUDGET = 5_000;

describe('scale and the chosen cell', NEEDS_BUILD, () => {
  const suite = useSuite();
  const { openApp, goto } = suite;
  const elements = (page) => page.evaluate(() => document.getElementsByTagName('*').length);

  test('removing a filter chip drops the chosen cell, whose link names its dialogue', TIMEOUT, async (t) => {
    const year = suite.dataset.dialogues.find((d) => d.date?.startsWith('2023')).date.slice(0, 4);
    const { page, watch } = await openApp(t, { query: `?dx-year=${year}` });
    await page.locator(`${APP} button.dx-cell:not([data-count="0"])`).first().click();
    await page.locator(`${APP} section.dx-cell-detail`).waitFor();
    const cell = params(page).get('dx-cell');
    const [theme, column] = cell.split('.');
    assert.ok(suite.dataset.themes.some((th) => th.id === theme), `dx-cell=${cell} names a theme`);
    assert.ok(suite.dataset.dialogues.some((d) => d.id === column), `dx-cell=${cell} names a dialogue, not a position`);

    await page.locator(`${APP} ul.dx-chips button.dx-chip`).first().click();
    await until(() => params(page).get('dx-year'), (v) => v === null, 'the chip removes dx-year');
    assert.equal(params(page).get('dx-cell'), null, 'the chip removal drops dx-cell');
    assert.equal(await page.locator(`${APP} section.dx-cell-detail`).count(), 0, 'no detail panel is left');
    await assertClean(page, watch);
  });

  test('a link naming a cell by position is treated like an unknown id', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-cell=children.3' });
    const notice = page.locator(`${APP} p.dx-notice`);
    await notice.waitFor();
    assert.match(await notice.innerText(), /\b3\b/, 'the notice names the unknown column "3"');
    assert.equal(await page.locator(`${APP} section.dx-cell-detail`).count(), 0, 'no cell is open');
    assert.equal(await page.locator(`${APP} button.dx-cell[aria-pressed="true"]`).count(), 0, 'no cell is pressed');
    await assertClean(page, watch);
  });

  test('at 10,000 entries every view stays under 5,000 elements, with years as columns', TIMEOUT, async (t) => {
    const big = enlarge(suite.dataset, 10_000);
    suite.server.override('data/dialogues.json', JSON.stringify(big), 'application/json');
    // What the domain makes of the same dataset.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dx-scale-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'dialogues.json');
    writeFileSync(file, JSON.stringify(big));
    const oracle = new Oracle({ dataset: file });
    const [whole, list] = oracle.states(['', '?dx-view=list']);
    assert.equal(whole.matrix.shown, 'years', 'the domain shows years as the columns');
    const { page, watch } = await openApp(t);
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    const note = page.locator(`${APP} p.dx-matrix-coarse`);
    await note.waitFor();
    assert.match(await note.innerText(), new RegExp(String(whole.counts.dialogues)), 'the note gives the number of dialogues');
    const years = whole.matrix.columns;
    const headers = await page.locator(`${APP} th.dx-col-head`).allInnerTexts();
    assert.deepEqual(headers.map((h) => h.trim()), years, 'one column per year');
    const inMatrix = await elements(page);
    assert.ok(inMatrix <= ELEMENT_BUDGET, `the matrix page holds ${inMatrix} elements`);
    await screenshot(page, 'matrix-10000-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, 'matrix-10000-375');
    await page.setViewportSize(DESKTOP);

    // A year's header opens its dialogues, one column each, under the year's filter.
    const year = years.at(-1);
    await page.locator(`${APP} th.dx-col-head a`, { hasText: year }).click();
    await until(() => params(page).get('dx-year'), (v) => v === year, `dx-year=${year}`);
    // Still more dialogues than columns can hold in one year: that year is the one column.
    const inYear = oracle.state(`?dx-year=${year}`).matrix;
    assert.deepEqual([inYear.shown, inYear.columns], ['years', [year]], `the domain shows ${year} as the one column`);
    await until(
      async () => (await page.locator(`${APP} th.dx-col-head`).allInnerTexts()).map((h) => h.trim()),
      (h) => JSON.stringify(h) === JSON.stringify(inYear.columns),
      `only ${year} is left as a column`,
    );

    for (const view of ['list', 'agenda']) {
      await goto(page, `?dx-view=${view}`);
      const n = await elements(page);
      assert.ok(n <= ELEMENT_BUDGET, `the ${view} page holds ${n} elements`);
    }
    // The list draws its first entries and says how many more there are.
    await goto(page, '?dx-view=list');
    const before = await page.locator(`${APP} article.dx-entry`).count();
    const more = page.locator(`${APP} .dx-show-more button`);
    const left = list.counts.entries - before;
    assert.match(await more.innerText(), new RegExp(`\\b${left}\\b`), `the button says ${left} are not shown yet`);
    await more.click();
    await until(() => page.locator(`${APP} article.dx-entry`).count(), (n) => n > before, '"Show more" adds entries');
    await assertClean(page, watch);
  });

  test('the first screen shows the result count and the first results, at 375 and 1280 px', TIMEOUT, async (t) => {
    for (const viewport of [{ width: 375, height: 800 }, DESKTOP]) {
      const { page, watch } = await openApp(t, { viewport });
      await page.locator(`${APP} table.dx-matrix`).waitFor();
      // Without scrolling: the count whole, and the matrix's first row begun.
      const place = await page.evaluate((app) => ({
        count: document.querySelector(`${app} .dx-result-count`).getBoundingClientRect().bottom,
        firstRow: document.querySelector(`${app} table.dx-matrix tbody tr`).getBoundingClientRect().top,
        exportRows: new Set([...document.querySelectorAll(`${app} .dx-export button[data-export]`)].map((b) => Math.round(b.getBoundingClientRect().top))).size,
      }), APP);
      assert.ok(place.count <= viewport.height, `${viewport.width} px: the count ends at ${place.count} px, on the first screen`);
      assert.ok(place.firstRow < viewport.height, `${viewport.width} px: the first row starts at ${place.firstRow} px, on the first screen`);
      if (viewport.width === 375) assert.equal(place.exportRows, 1, 'on a phone the download buttons are one row');
      await screenshot(page, `first-screen-${viewport.width}`);
      await assertClean(page, watch);
    }
  });
});
