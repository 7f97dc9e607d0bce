// End-to-end tests of the explorer: filters and their counts, the topic matrix and its keyboard
// grid, search, the agenda, the dialogue and theme pages, URL state (reload, Back, shared links,
// the host page's own parameters), accessibility, narrow screens and screenshots.
//
// Every expected value is what the app's own domain computes for the dataset of the build
// (dist/data/dialogues.json), asked of examples/oracle.rs through `suite.oracle`, so that a
// dataset edit does not break them and the tests hold no copy of the app's rules.
// Run against the release build: `make build && node --test tests/e2e/`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { APP, DESKTOP, NARROW, NEEDS_BUILD, PHONE, activeCell, assertClean, axeReport } from './harness.mjs';
import { en, escapeRe, facetInput, facetLabel, params, ready, showAll, statusText, until, useSuite } from './harness.mjs';
import { screenshot } from './support.mjs';

const TIMEOUT = { timeout: 90_000 };
// The page sizes of src/ui/views/results.rs and agenda.rs: lists are drawn a part at a time.
const ENTRIES_PER_STEP = 30;
const DIALOGUES_PER_STEP = 10;

/**
 * The query string of the screen with these filters (`{ theme: ['children'], wg: ['tip'] }`),
 * search text and day, as the address writes them.
 */
function screen(filters = {}, text = '', today) {
  const parts = Object.entries(filters)
    .filter(([, values]) => values.length > 0)
    .map(([facet, values]) => `dx-${facet}=${[...values].sort().join(',')}`);
  if (text) parts.push(`dx-q=${encodeURIComponent(text)}`);
  if (today) parts.push(`dx-today=${today}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

// ---------------------------------------------------------------------------------------------

describe('explorer', NEEDS_BUILD, () => {
  const suite = useSuite();
  const { openApp, goto, dialogueById } = suite;
  /** What the domain shows on the screen with these filters, search and day (see oracle.mjs). */
  const domain = (filters, text, today) => suite.oracle.state(screen(filters, text, today));
  const statusSentence = (answer) => answer.status.en;
  const themeLabel = (id) => en(suite.dataset.themes.find((th) => th.id === id).label);
  /** The entry of the dataset with this id. */
  const entryById = (id) =>
    suite.dataset.dialogues.flatMap((d) => [...d.agenda_items, ...d.topics_raised]).find((e) => e.id === id);

  async function expectStatus(page, expected, why) {
    await until(() => statusText(page), (s) => s === expected, `status reads "${expected}" ${why}`);
  }

  /** Every facet value as shown: count, checked, disabled, and the li's dx-empty class. */
  function readFacets(page) {
    return page.$$eval(`${APP} li.dx-facet-value`, (lis) =>
      lis.map((li) => {
        const input = li.querySelector('input[type="checkbox"]');
        return {
          facet: input.dataset.facet,
          value: input.dataset.value,
          count: Number(li.querySelector('.dx-count').textContent.trim()),
          checked: input.checked,
          disabled: input.disabled,
          empty: li.classList.contains('dx-empty'),
        };
      }),
    );
  }

  /** Checks every facet count (and disabled state) against the domain's. */
  async function assertFacetCounts(page, filters, text, today, why) {
    const { facets } = domain(filters, text, today);
    const shown = await readFacets(page);
    const mismatches = [];
    for (const { facet: f, key: v, count: want } of facets) {
      const s = shown.find((x) => x.facet === f && x.value === v);
      if (!s) {
        mismatches.push(`${f}=${v}: not shown`);
        continue;
      }
      const selected = (filters[f] ?? []).includes(v);
      if (s.count !== want) mismatches.push(`${f}=${v}: count ${s.count}, expected ${want}`);
      if (s.checked !== selected) mismatches.push(`${f}=${v}: checked ${s.checked}, expected ${selected}`);
      const off = want === 0 && !selected;
      if (s.disabled !== off) mismatches.push(`${f}=${v}: disabled ${s.disabled}, expected ${off}`);
      if (s.empty !== off) mismatches.push(`${f}=${v}: li.dx-empty ${s.empty}, expected ${off}`);
    }
    assert.deepEqual(mismatches, [], `facet counts ${why}`);
  }

  /** Count of every matrix cell, as rows of numbers (rows in theme order). */
  function readMatrix(page) {
    return page.$$eval(`${APP} table.dx-matrix tbody tr`, (rows) =>
      rows.map((tr) => ({
        theme: tr.querySelector('th[scope="row"]').textContent.trim(),
        cells: [...tr.querySelectorAll('button.dx-cell')].map((b) => Number(b.dataset.count)),
        total: Number(tr.querySelector('td.dx-total').textContent.trim()),
      })),
    );
  }

  /** Checks the matrix (dialogue columns) against the domain's: every cell and every total. */
  async function assertMatrix(page, filters, today, why) {
    const { matrix } = domain(filters, '', today);
    const rows = await readMatrix(page);
    assert.equal(rows.length, suite.dataset.themes.length, `one matrix row per theme ${why}`);
    const wrong = [];
    matrix.rows.forEach((want, r) => {
      const row = rows[r];
      const label = themeLabel(want.theme);
      if (row.theme !== label) wrong.push(`row ${r}: header "${row.theme}", expected "${label}"`);
      if (JSON.stringify(row.cells) !== JSON.stringify(want.counts))
        wrong.push(`${want.theme}: cells ${JSON.stringify(row.cells)}, expected ${JSON.stringify(want.counts)}`);
      if (row.total !== want.total) wrong.push(`${want.theme}: total ${row.total}, expected ${want.total}`);
    });
    assert.deepEqual(wrong, [], `matrix cells ${why}`);
    return rows;
  }

  const cellLocator = (page, r, c) => page.locator(`${APP} table.dx-matrix button.dx-cell[data-cell="${r}-${c}"]`);

  /** Checks the detail of cell r-c of the matrix without filters: its address and its entries. */
  async function assertCellDetail(page, r, c, why) {
    const button = cellLocator(page, r, c);
    const count = Number(await button.getAttribute('data-count'));
    const { matrix } = domain();
    const theme = matrix.rows[r].theme;
    const column = matrix.columns[c];
    await until(() => params(page).get('dx-cell'), (v) => v === `${theme}.${column}`, `dx-cell=${theme}.${column} ${why}`);
    const detail = page.locator(`${APP} section.dx-cell-detail`);
    await detail.waitFor();
    // The detail's heading comes at once; its entries when their part has come (on first use).
    await until(
      () => detail.locator('article.dx-entry').count(),
      (n) => n === count,
      `the detail lists data-count=${count} entries ${why}`,
    );
    const ids = await detail.locator('article.dx-entry').evaluateAll((els) => els.map((e) => e.dataset.entry));
    const { cell } = suite.oracle.state(`?dx-cell=${theme}.${column}`);
    assert.deepEqual(ids, cell.entries, `the detail lists the cell's entries ${why}`);
    assert.equal(await button.getAttribute('aria-pressed'), 'true', `the chosen cell is aria-pressed ${why}`);
    assert.equal(
      await page.locator(`${APP} button.dx-cell[aria-pressed="true"]`).count(),
      1,
      `only one cell is aria-pressed ${why}`,
    );
  }

  async function currentTab(page) {
    const current = page.locator(`${APP} nav.dx-views a.dx-tab[aria-current="page"]`);
    await until(() => current.count(), (n) => n === 1, 'exactly one tab is aria-current="page"');
    return (await current.textContent()).trim();
  }

  // -------------------------------------------------------------------------------------------

  test('1. theme and working-group facets filter with OR within, AND across, and count right', TIMEOUT, async (t) => {
    const today = '2024-01-01';
    const { page, watch } = await openApp(t, { query: `?dx-today=${today}` });
    const chips = page.locator(`${APP} ul.dx-chips button.dx-chip`);

    await expectStatus(page, statusSentence(domain({}, '', today)), 'with no filter');
    await assertFacetCounts(page, {}, '', today, 'with no filter');
    assert.equal(await chips.count(), 0, 'no chip without filters');
    assert.equal(await page.locator(`${APP} button.dx-reset`).count(), 0, 'no "Reset all" without filters');

    // One theme.
    let filters = { theme: ['corruption'] };
    await facetLabel(page, 'theme', 'corruption').click();
    await until(() => params(page).get('dx-theme'), (v) => v === 'corruption', 'the URL gains dx-theme=corruption');
    const corruption = domain(filters, '', today);
    assert.ok(corruption.hits.length > 0, 'the dataset has entries tagged corruption');
    await expectStatus(page, statusSentence(corruption), 'after picking corruption');
    assert.ok(await facetInput(page, 'theme', 'corruption').isChecked(), 'the corruption checkbox is checked');
    await assertFacetCounts(page, filters, '', today, 'with theme=corruption');
    const coTagged = new Set(corruption.hits.flatMap((h) => entryById(h.entry).themes));
    const rows = await assertMatrix(page, filters, today, 'with theme=corruption');
    const stray = suite.dataset.themes
      .map((th, r) => ({ id: th.id, nonZero: rows[r].cells.some((n) => n > 0) }))
      .filter((x) => x.nonZero && !coTagged.has(x.id))
      .map((x) => x.id);
    assert.deepEqual(stray, [], 'only themes co-tagged with corruption entries have non-zero cells');
    assert.equal(await chips.count(), 1, 'one chip for one filter');
    assert.ok((await chips.first().textContent()).includes(themeLabel('corruption')), 'the chip names the theme');
    const clear = page.locator(`${APP} fieldset.dx-facet:has(input[data-facet="theme"]) button.dx-clear`);
    assert.ok(await clear.isVisible(), 'the theme facet shows its "clear" button');

    // A second theme: OR within the facet.
    filters = { theme: ['children', 'corruption'] };
    await facetLabel(page, 'theme', 'children').click();
    await until(() => params(page).get('dx-theme'), (v) => v === 'children,corruption', 'dx-theme=children,corruption (sorted)');
    const either = domain(filters, '', today);
    assert.ok(either.hits.length > corruption.hits.length, 'the dataset tags more entries children or corruption');
    await expectStatus(page, statusSentence(either), 'with children OR corruption');
    await assertFacetCounts(page, filters, '', today, 'with theme=children,corruption');
    await assertMatrix(page, filters, today, 'with theme=children,corruption');
    assert.equal(await chips.count(), 2, 'two chips');

    // A working group: AND across facets.
    filters = { theme: ['children', 'corruption'], wg: ['tip'] };
    await facetLabel(page, 'wg', 'tip').click();
    await until(() => params(page).get('dx-wg'), (v) => v === 'tip', 'the URL gains dx-wg=tip');
    const both = domain(filters, '', today);
    assert.ok(
      both.hits.every((h) => dialogueById(h.dialogue).working_groups.includes('tip')),
      'sanity: every hit is of the tip working group',
    );
    await expectStatus(page, statusSentence(both), 'with (children OR corruption) AND tip');
    await assertFacetCounts(page, filters, '', today, 'with theme=children,corruption and wg=tip');
    await assertMatrix(page, filters, today, 'with theme=children,corruption and wg=tip');
    assert.equal(await chips.count(), 3, 'three chips');

    // Removing a chip removes its filter.
    await page.locator(`${APP} ul.dx-chips button.dx-chip`, { hasText: themeLabel('children') }).click();
    filters = { theme: ['corruption'], wg: ['tip'] };
    await until(() => params(page).get('dx-theme'), (v) => v === 'corruption', 'removing the children chip drops it from the URL');
    await expectStatus(page, statusSentence(domain(filters, '', today)), 'after removing the children chip');
    await assertFacetCounts(page, filters, '', today, 'after removing the children chip');

    // "Reset all" clears everything.
    await page.locator(`${APP} button.dx-reset`).click();
    await until(() => [...params(page).keys()].filter((k) => k !== 'dx-today'), (k) => k.length === 0, 'Reset all leaves only dx-today');
    await expectStatus(page, statusSentence(domain({}, '', today)), 'after Reset all');
    await assertClean(page, watch);
  });

  test('1b. "only" keeps one value, by keyboard and by mouse', TIMEOUT, async (t) => {
    const today = '2024-01-01';
    const { page, watch } = await openApp(t, { query: `?dx-today=${today}&dx-theme=children,corruption` });
    await assertFacetCounts(page, { theme: ['children', 'corruption'] }, '', today, 'from the link');
    const only = (value) =>
      page.locator(`${APP} li.dx-facet-value:has(input[data-facet="theme"][data-value="${value}"]) button.dx-only`);

    // Keyboard: Tab from the checkbox reaches its "only" button.
    await facetInput(page, 'theme', 'children').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.equal(focused, `Only ${themeLabel('children')}`, 'Tab from the checkbox focuses its "only" button');
    await page.keyboard.press('Enter');
    await until(() => params(page).get('dx-theme'), (v) => v === 'children', '"only" leaves dx-theme=children');
    await expectStatus(page, statusSentence(domain({ theme: ['children'] }, '', today)), 'after "only" children');
    await assertFacetCounts(page, { theme: ['children'] }, '', today, 'after "only" children');

    // Mouse: the button shows on hover.
    await page.locator(`${APP} li.dx-facet-value:has(input[data-facet="theme"][data-value="corruption"])`).hover();
    await only('corruption').click();
    await until(() => params(page).get('dx-theme'), (v) => v === 'corruption', '"only" leaves dx-theme=corruption');
    await assertFacetCounts(page, { theme: ['corruption'] }, '', today, 'after "only" corruption');
    await assertClean(page, watch);
  });

  test('2. a matrix cell is reached and opened with the keyboard alone, and by a click', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t);
    const table = page.locator(`${APP} table.dx-matrix`);
    await table.waitFor();
    assert.equal(await table.locator('caption').count(), 1, 'the table has a caption');
    assert.ok((await table.locator('th[scope="colgroup"]').count()) >= 1, 'a working-group header row (th[scope=colgroup])');
    const { columns } = domain().matrix;
    assert.equal(await table.locator('thead th[scope="col"] a').count(), columns.length, 'one linked header per dialogue column');
    assert.equal(await table.locator('tbody th[scope="row"] a').count(), suite.dataset.themes.length, 'one linked row header per theme');
    await assertMatrix(page, {}, undefined, 'with no filter');

    const rows = suite.dataset.themes.length;
    const cols = columns.length;
    assert.ok(cols >= 2 && rows >= 2, 'the matrix has at least 2×2 cells');
    assert.equal(await table.locator('button.dx-cell[tabindex="0"]').count(), 1, 'exactly one cell is in the tab order');

    // Tab into the grid: from the first row header link, Tab lands on the roving cell.
    await table.locator('tbody th[scope="row"] a').first().focus();
    await page.keyboard.press('Tab');
    assert.equal(await activeCell(page), '0-0', 'Tab from the first row header reaches cell 0-0 (the tab stop)');
    await page.keyboard.press('Tab');
    assert.doesNotMatch(await activeCell(page), /^\d+-\d+$/, 'a second Tab leaves the grid (one tab stop)');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await activeCell(page), '0-0', 'Shift+Tab returns to the cell');

    const steps = [
      ['ArrowRight', '0-1'],
      ['ArrowDown', '1-1'],
      ['ArrowLeft', '1-0'],
      ['ArrowUp', '0-0'],
      ['ArrowUp', '0-0'],
      ['ArrowLeft', '0-0'],
      ['End', `0-${cols - 1}`],
      ['ArrowRight', `0-${cols - 1}`],
      ['Home', '0-0'],
      ['Control+End', `${rows - 1}-${cols - 1}`],
      ['ArrowDown', `${rows - 1}-${cols - 1}`],
      ['Control+Home', '0-0'],
    ];
    for (const [key, expected] of steps) {
      const from = await activeCell(page);
      await page.keyboard.press(key);
      assert.equal(await activeCell(page), expected, `${key} from ${from} focuses cell ${expected}`);
    }
    assert.equal(await table.locator('button.dx-cell[tabindex="0"]').count(), 1, 'still exactly one tab stop');
    assert.equal(await cellLocator(page, 0, 0).getAttribute('tabindex'), '0', 'the tab stop follows the focus');

    // Walk to the first non-empty cell (row by row) with arrow keys, checking every step.
    const counts = (await readMatrix(page)).map((r) => r.cells);
    let target = null;
    for (let r = 0; r < rows && !target; r++) {
      for (let c = 0; c < cols && !target; c++) if (counts[r][c] > 0) target = [r, c];
    }
    assert.ok(target, 'some cell has entries');
    const [tr, tc] = target;
    for (let c = 1; c <= tc; c++) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await activeCell(page), `0-${c}`, 'ArrowRight: same row, next column');
    }
    for (let r = 1; r <= tr; r++) {
      await page.keyboard.press('ArrowDown');
      assert.equal(await activeCell(page), `${r}-${tc}`, 'ArrowDown: next row, same column');
    }
    await page.keyboard.press('Enter');
    await assertCellDetail(page, tr, tc, 'after Enter');
    assert.match(
      await cellLocator(page, tr, tc).getAttribute('aria-label'),
      new RegExp(`^${escapeRe(themeLabel(suite.dataset.themes[tr].id))} — .+: ${counts[tr][tc]} entr(y|ies)`),
      'the cell is labelled "Theme — Column: N entries"',
    );

    // Space on another non-empty cell (keyboard still).
    const others = [];
    counts.forEach((row, r) => row.forEach((n, c) => n > 0 && (r !== tr || c !== tc) && others.push([r, c])));
    assert.ok(others.length >= 2, 'at least three non-empty cells');
    const [sr, sc] = others[0];
    await cellLocator(page, sr, sc).focus();
    await page.keyboard.press('Space');
    await assertCellDetail(page, sr, sc, 'after Space');

    // A mouse click on yet another one.
    const [mr, mc] = others[others.length - 1];
    await cellLocator(page, mr, mc).click();
    await assertCellDetail(page, mr, mc, 'after a click');

    // A reload (or a shared link) opens the same cell.
    await page.reload();
    await ready(page);
    await assertCellDetail(page, mr, mc, 'after a reload');

    // Close removes the detail and the URL parameter.
    await page.locator(`${APP} .dx-cell-detail button`, { hasText: 'Close' }).click();
    await until(() => page.locator(`${APP} section.dx-cell-detail`).count(), (n) => n === 0, 'Close removes the detail');
    assert.equal(params(page).get('dx-cell'), null, 'Close removes dx-cell from the URL');
    await assertClean(page, watch);
  });

  test('3. a reload keeps the view, the filters and the search', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t);
    // A search word that entries of tip in the latest year with tip entries contain.
    const tipHits = domain().hits.filter((h) => dialogueById(h.dialogue).working_groups.includes('tip') && dialogueById(h.dialogue).date);
    const year = dialogueById(tipHits.at(-1).dialogue).date.slice(0, 4);
    const word = en(entryById(tipHits.at(-1).entry).text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5)[0];
    assert.ok(word, 'a word of five letters or more in a tip entry');

    await page.locator(`${APP} nav.dx-views a.dx-tab`, { hasText: 'Entries' }).click();
    await page.locator(`${APP} .dx-results, ${APP} .dx-empty-note`).first().waitFor();
    await facetLabel(page, 'wg', 'tip').click();
    await facetLabel(page, 'year', year).click();
    await page.locator(`${APP} .dx-search input[type="search"]`).fill(word);
    const filters = { wg: ['tip'], year: [year] };
    const expected = statusSentence(domain(filters, word));
    await expectStatus(page, expected, `with wg=tip, year=${year}, search "${word}"`);
    const url = page.url();
    const before = { tab: await currentTab(page), checked: await readFacets(page) };

    await page.reload();
    await ready(page);
    assert.equal(page.url(), url, 'the reload keeps the URL');
    await expectStatus(page, expected, 'after the reload');
    assert.equal(await currentTab(page), before.tab, 'the same view tab is current');
    assert.equal(await page.locator(`${APP} .dx-search input[type="search"]`).inputValue(), word, 'the search box keeps its text');
    const checked = (list) => list.filter((x) => x.checked).map((x) => `${x.facet}=${x.value}`);
    assert.deepEqual(checked(await readFacets(page)), checked(before.checked), 'the same checkboxes are checked');
    assert.deepEqual(checked(before.checked), ['wg=tip', `year=${year}`], 'the checked boxes are those picked');
    assert.ok((await page.locator(`${APP} .dx-results article.dx-entry`).count()) > 0, 'the entries list shows results');
    await assertClean(page, watch);
  });

  test('4. Back and Forward restore the previous screens', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-today=2026-11-28' });
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    assert.equal(await currentTab(page), 'Topic matrix');

    await page.locator(`${APP} nav.dx-views a.dx-tab`, { hasText: /^Agenda$/ }).click();
    await page.locator(`${APP} .dx-agenda`).waitFor();
    assert.equal(params(page).get('dx-view'), 'agenda', 'the URL says dx-view=agenda');
    assert.equal(await currentTab(page), 'Agenda');

    const card = page.locator(`${APP} .dx-agenda article.dx-card`).first();
    const id = await card.getAttribute('data-dialogue');
    await card.locator('h3 a').click();
    await page.locator(`${APP} article.dx-dialogue-page[data-dialogue="${id}"]`).waitFor();
    assert.equal(params(page).get('dx-view'), 'dialogue');
    assert.equal(params(page).get('dx-id'), id);

    await page.goBack();
    await page.locator(`${APP} .dx-agenda`).waitFor();
    assert.equal(await page.locator(`${APP} article.dx-dialogue-page`).count(), 0, 'Back leaves the dialogue page');
    assert.equal(await currentTab(page), 'Agenda', 'Back shows the agenda again');

    await page.goBack();
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    assert.equal(await page.locator(`${APP} .dx-agenda`).count(), 0, 'a second Back leaves the agenda');
    assert.equal(await currentTab(page), 'Topic matrix', 'a second Back shows the matrix');

    await page.goForward();
    await page.locator(`${APP} .dx-agenda`).waitFor();
    assert.equal(await currentTab(page), 'Agenda', 'Forward shows the agenda again');
    await assertClean(page, watch);
  });

  test('5. search ignores case and accents, highlights matches and adds no history entry', TIMEOUT, async (t) => {
    // A word of some entry's own text, not in every entry, spelled in capitals with an accent
    // added on its first vowel (an accented word is typed as-is, in capitals).
    const all = domain().hits;
    const candidates = [];
    for (const hit of all) {
      for (const w of en(entryById(hit.entry).text).split(/[^\p{L}]+/u)) if (w.length >= 6) candidates.push(w);
    }
    const folded = suite.oracle.fold(candidates);
    const accented = candidates.find((w, i) => folded[i] !== w.toLowerCase());
    const total = all.length;
    let word = accented;
    if (!word) {
      const counts = new Map(candidates.map((w) => [w, domain({}, w).hits.length]));
      word = candidates
        .filter((w) => counts.get(w) > 1 && counts.get(w) < total / 2)
        .sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b))[0];
    }
    assert.ok(word, 'a word to search for');
    const typed = accented
      ? word.toUpperCase()
      : word.toUpperCase().replace(/[AEIOU]/, (v) => ({ A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' })[v]);
    assert.notEqual(typed.toLowerCase(), word.toLowerCase(), 'the typed word differs from the text beyond case');
    const expected = domain({}, typed);
    assert.ok(expected.hits.length > 0 && expected.hits.length < total, `"${typed}" narrows the results`);
    t.diagnostic(`typing "${typed}" for "${word}": ${expected.hits.length} of ${total} entries`);

    const { page, watch } = await openApp(t, { query: '?dx-view=list' });
    await page.locator(`${APP} .dx-results`).waitFor();
    assert.equal(
      await page.locator(`${APP} .dx-results article.dx-entry`).count(),
      Math.min(total, ENTRIES_PER_STEP),
      'the list starts with the first entries',
    );
    const historyBefore = await page.evaluate(() => history.length);

    const box = page.getByLabel('Search titles, summaries, themes, working groups and chairs');
    await box.click();
    await box.pressSequentially(typed, { delay: 20 });
    await expectStatus(page, statusSentence(expected), `after typing "${typed}"`);
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'typing adds no history entry');
    assert.equal(params(page).get('dx-q'), typed, 'the search text is in the URL (dx-q)');

    const ids = await page.locator(`${APP} .dx-results article.dx-entry`).evaluateAll((els) => els.map((e) => e.dataset.entry));
    const first = expected.hits.slice(0, ENTRIES_PER_STEP);
    assert.deepEqual(ids, first.map((h) => h.entry), 'the list shows the first matching entries, in order');
    const groups = await page.locator(`${APP} .dx-results section.dx-result-group h3 a`).count();
    assert.equal(groups, new Set(first.map((h) => h.dialogue)).size, 'one group per dialogue with matches shown');

    const marks = await page.locator(`${APP} .dx-results mark.dx-mark`).allTextContents();
    assert.ok(marks.length > 0, 'matches are marked');
    const [wanted, ...markedAs] = suite.oracle.fold([typed, ...marks]);
    assert.deepEqual(
      marks.filter((m, i) => markedAs[i] !== wanted),
      [],
      `every mark reads "${word}" up to case and accents`,
    );
    const textHits = expected.hits.filter((h) => h.marks.length > 0).length;
    const marked = await page.locator(`${APP} .dx-results article.dx-entry:has(mark.dx-mark)`).count();
    assert.equal(marked, textHits, 'every entry whose text holds the word has a mark');
    const marksByEntry = await page.locator(`${APP} .dx-results article.dx-entry`).evaluateAll((els) =>
      els.map((e) => ({ entry: e.dataset.entry, marks: [...e.querySelectorAll('mark.dx-mark')].map((m) => m.textContent) })),
    );
    assert.deepEqual(
      marksByEntry,
      first.map((h) => ({ entry: h.entry, marks: h.marks })),
      'each entry marks what the search matched in its text',
    );

    // Nothing found: a note, and no list.
    await box.fill('zzqxj-nothing');
    await page.locator(`${APP} p.dx-empty-note`).waitFor();
    await expectStatus(page, '0 entries in 0 dialogues', 'when nothing matches');
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'still no history entry');
    await assertClean(page, watch);
  });

  test('6. the agenda splits upcoming and past on the injected day, in the right order', TIMEOUT, async (t) => {
    const today = '2024-01-01';
    const query = `?dx-view=agenda&dx-today=${today}`;
    const { agenda: split, distances } = suite.oracle.state(query);
    const { upcoming, past } = split;
    assert.ok(upcoming.length > 0 && past.length > 0, `the dataset has dialogues before and after ${today}`);
    const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

    const { page, watch } = await openApp(t, { query });
    const agenda = page.locator(`${APP} .dx-agenda`);
    await agenda.waitFor();
    const cards = (section) =>
      agenda.locator(`section.${section} article.dx-card`).evaluateAll((els) => els.map((e) => e.dataset.dialogue));
    assert.deepEqual(await cards('dx-agenda-upcoming'), upcoming, 'upcoming: the dialogues after today, soonest first');
    assert.deepEqual(await cards('dx-agenda-past'), past, 'past: the others, most recent first');
    assert.equal(await agenda.locator('.dx-nothing-upcoming').count(), 0, 'no "nothing upcoming" note');

    // Every card: its date as <time datetime> and the relative phrase.
    const lines = await agenda.locator('article.dx-card').evaluateAll((els) =>
      els.map((card) => {
        const time = card.querySelector('p.dx-date time');
        return {
          id: card.dataset.dialogue,
          datetime: time?.getAttribute('datetime'),
          relative: card.querySelector('p.dx-date .dx-muted')?.textContent.replace(/^\s*·\s*/, '').trim(),
        };
      }),
    );
    const wrong = [];
    for (const line of lines) {
      const d = dialogueById(line.id);
      if (line.datetime !== d.date) wrong.push(`${line.id}: datetime ${line.datetime}, expected ${d.date}`);
      const phrase = relative.format(...distances[line.id]);
      if (line.relative !== phrase) wrong.push(`${line.id}: "${line.relative}", expected "${phrase}"`);
    }
    assert.deepEqual(wrong, [], 'date lines');

    // Every card: the facts of its dialogue.
    const facts = await agenda.locator('article.dx-card').evaluateAll((els) =>
      els.map((card) => ({
        id: card.dataset.dialogue,
        unknown: [...card.querySelectorAll('.dx-facts .dx-unknown')].length,
        attendance: [...card.querySelectorAll('ul.dx-attendance > li')].map((li) => li.textContent),
        attendanceUnknown: card.querySelectorAll('.dx-attendance .dx-unknown').length,
        sources: card.querySelectorAll('ul.dx-sources > li').length,
      })),
    );
    const wrongFacts = [];
    for (const f of facts) {
      const d = dialogueById(f.id);
      const missing = [!d.venue, !d.format, d.chairs.length === 0].filter(Boolean).length;
      if (f.unknown !== missing) wrongFacts.push(`${f.id}: ${f.unknown} facts "not known", expected ${missing}`);
      if (f.attendance.length !== d.attendance.length)
        wrongFacts.push(`${f.id}: ${f.attendance.length} attendance figures, expected ${d.attendance.length}`);
      if (f.attendance.some((text) => !text.includes('reported by')))
        wrongFacts.push(`${f.id}: an attendance figure does not say "reported by"`);
      if (d.attendance.length === 0 && f.attendanceUnknown !== 1)
        wrongFacts.push(`${f.id}: attendance does not say "not known"`);
      if (f.sources !== d.sources.length) wrongFacts.push(`${f.id}: ${f.sources} sources, expected ${d.sources.length}`);
    }
    assert.deepEqual(wrongFacts, [], 'the facts on the cards');
    await assertClean(page, watch);
  });

  test('6b. a dialogue known by its month is upcoming until the month ends', TIMEOUT, async (t) => {
    const monthOnly = suite.dataset.dialogues.find((d) => suite.oracle.dialogue(d.id).precision === 'month');
    if (!monthOnly) return t.skip('no dialogue dated by month only in the dataset');
    // The last day of its month and the first of the next, as the calendar has them.
    const [y, m] = monthOnly.date.split('-').map(Number);
    const day = (date) => date.toISOString().slice(0, 10);
    const lastDay = day(new Date(Date.UTC(y, m, 0)));
    const nextMonth = day(new Date(Date.UTC(y, m, 1)));
    const [onLastDay, afterIt] = suite.oracle.states([lastDay, nextMonth].map((d) => `?dx-view=agenda&dx-today=${d}`));
    assert.ok(onLastDay.agenda.upcoming.includes(monthOnly.id), `the domain has ${monthOnly.id} upcoming on ${lastDay}`);
    assert.ok(afterIt.agenda.past.includes(monthOnly.id), `the domain has ${monthOnly.id} past on ${nextMonth}`);

    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-today=${lastDay}` });
    const card = (section) => page.locator(`${APP} section.${section} article.dx-card[data-dialogue="${monthOnly.id}"]`);
    assert.equal(await card('dx-agenda-upcoming').count(), 1, `${monthOnly.id} (${monthOnly.date}) is upcoming on ${lastDay}`);
    await goto(page, `?dx-view=agenda&dx-today=${nextMonth}`);
    assert.equal(await card('dx-agenda-past').count(), 1, `${monthOnly.id} is past on ${nextMonth}`);
    await assertClean(page, watch);
  });

  test('6c. with nothing upcoming, the agenda says so and links to the latest dialogue', TIMEOUT, async (t) => {
    const today = '2026-11-28';
    const { agenda } = suite.oracle.state(`?dx-view=agenda&dx-today=${today}`);
    assert.deepEqual(agenda.upcoming, [], `every dialogue is past on ${today}`);
    // The record's latest: one, or several whose dates cannot order them.
    const named = agenda.nothing_upcoming.latest;
    const latest = dialogueById(named.at(-1));
    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-today=${today}` });
    const note = page.locator(`${APP} section.dx-agenda-upcoming p.dx-nothing-upcoming`);
    await note.waitFor();
    assert.equal(await page.locator(`${APP} section.dx-agenda-upcoming article.dx-card`).count(), 0, 'no upcoming card');
    assert.equal(await note.locator('a').count(), named.length, 'the note links each latest dialogue');
    const link = note.locator('a').last();
    const href = new URL(await link.getAttribute('href'), page.url());
    assert.equal(href.searchParams.get('dx-view'), 'dialogue');
    assert.equal(href.searchParams.get('dx-id'), latest.id, `the link goes to the latest dialogue (${latest.id})`);
    const past = page.locator(`${APP} section.dx-agenda-past article.dx-card`);
    assert.equal(await past.count(), Math.min(suite.dataset.dialogues.length, DIALOGUES_PER_STEP), 'the latest dialogues come first');
    await showAll(page, 'section.dx-agenda-past');
    assert.equal(await past.count(), suite.dataset.dialogues.length, 'every dialogue is listed as past');
    await link.click();
    await page.locator(`${APP} article.dx-dialogue-page[data-dialogue="${latest.id}"]`).waitFor();
    await assertClean(page, watch);
  });

  test('7. the dialogue page shows topics, attendance with sources, and gets the focus', TIMEOUT, async (t) => {
    const d = dialogueById('tip-2022');
    const { page, watch } = await openApp(t, { query: '?dx-view=dialogue&dx-id=tip-2022' });
    const article = page.locator(`${APP} article.dx-dialogue-page[data-dialogue="tip-2022"]`);
    await article.waitFor();
    assert.equal(await article.locator('h2.dx-page-title').count(), 1, 'one page title');
    assert.equal(await article.locator('a.dx-back').count(), 1, 'a back link');
    assert.equal(await statusText(page), '', 'the result count is silent on a page');
    assert.equal(await page.locator(`${APP} section.dx-filters`).count(), 0, 'no filter panel on a page');

    const ids = await article.locator('article.dx-entry').evaluateAll((els) => els.map((e) => e.dataset.entry));
    const expected = suite.oracle.state('?dx-view=dialogue&dx-id=tip-2022').page.entries;
    assert.deepEqual(ids, expected, `every agenda item and topic of tip-2022 (${d.topics_raised.length} topics raised)`);
    const topics = await article.locator('article.dx-entry .dx-kind-topic').count();
    assert.equal(topics, d.topics_raised.length, 'the topics raised are marked as topics');

    const attendance = article.locator('ul.dx-attendance > li');
    assert.equal(await attendance.count(), d.attendance.length, 'one line per attendance figure');
    for (let i = 0; i < d.attendance.length; i++) {
      const a = d.attendance[i];
      const li = attendance.nth(i);
      const text = await li.innerText();
      assert.match(text, new RegExp(`\\b${a.count}\\b`), `figure ${i} shows ${a.count}`);
      assert.match(text, /reported by/, `figure ${i} says "reported by"`);
      const source = suite.dataset.sources.find((s) => s.id === a.reported_by);
      if (source?.url) {
        assert.equal(await li.locator(`a.dx-source[href="${source.url}"]`).count(), 1, `figure ${i} links to ${source.url}`);
      } else {
        assert.equal(await li.locator('.dx-source').count(), 1, `figure ${i} names its source`);
      }
    }
    const sources = await article.locator('ul.dx-sources > li').count();
    assert.equal(sources, d.sources.length, 'every source of the dialogue is listed');
    if (!d.venue || !d.format || d.chairs.length === 0) {
      assert.ok((await article.locator('.dx-unknown', { hasText: 'not known' }).count()) >= 1, 'unknown facts say "not known"');
    }

    // From the agenda, a click moves the focus to the page title.
    await goto(page, '?dx-view=agenda&dx-today=2026-11-28');
    await showAll(page, 'section.dx-agenda-past');
    await page.locator(`${APP} article.dx-card[data-dialogue="tip-2022"] h3 a`).click();
    await article.waitFor();
    await until(
      () => page.evaluate(() => document.activeElement?.matches('.dx-dialogue-page h2.dx-page-title') ?? false),
      Boolean,
      'the page title has the focus after navigating to it',
    );
    await assertClean(page, watch);
  });

  test('8. the theme page lists every mention of "children" in time order', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-view=theme&dx-id=children' });
    const article = page.locator(`${APP} article.dx-theme-page[data-theme-id="children"]`);
    await article.waitFor();
    assert.equal((await article.locator('h2.dx-page-title').innerText()).trim(), themeLabel('children'));
    const ids = await article.locator('article.dx-entry').evaluateAll((els) => els.map((e) => e.dataset.entry));
    const { page: themePage } = suite.oracle.state('?dx-view=theme&dx-id=children');
    assert.deepEqual(ids, themePage.mentions, 'the mentions are the entries tagged children, in time order');
    const continuity = (await article.locator('p.dx-continuity').innerText()).trim();
    assert.match(continuity, /^First raised at /, 'the continuity starts "First raised at"');
    if (themePage.silent_since === 0) {
      // "…, whose agenda or topics are recorded" when a later dialogue records nothing.
      assert.match(continuity, themePage.unrecorded.length > 0 ? /Raised at the latest dialogue in the dataset whose agenda or topics are recorded\./ : /Raised at the latest dialogue in the dataset\./);
    } else {
      assert.match(continuity, /Not raised since /, 'children was not raised at the latest dialogue');
    }
    await assertClean(page, watch);
  });

  test('9. axe finds no violation on any screen, in dark appearance, or at 375 px', TIMEOUT, async (t) => {
    // Every screen is checked before failing, so that one run lists every violation.
    const axe = axeReport();
    const nonEmptyCell = (page) => page.locator(`${APP} button.dx-cell:not([data-count="0"])`).first();

    const { page, watch } = await openApp(t);
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    await axe.check(page, 'the matrix');

    await nonEmptyCell(page).click();
    // Checked with its entries drawn (they come with their part on first use).
    await page.locator(`${APP} section.dx-cell-detail article.dx-entry`).first().waitFor();
    await axe.check(page, 'the matrix with a selected cell');

    const screens = [
      ['?dx-view=list&dx-q=trafficking', `${APP} .dx-results, ${APP} .dx-empty-note`, 'the entries list with a search'],
      ['?dx-view=agenda&dx-today=2024-01-01', `${APP} .dx-agenda`, 'the agenda'],
      ['?dx-view=dialogue&dx-id=tip-2022', `${APP} .dx-dialogue-page`, 'the dialogue page'],
      ['?dx-view=theme&dx-id=children', `${APP} .dx-theme-page`, 'the theme page'],
    ];
    for (const [query, selector, what] of screens) {
      await goto(page, query);
      await page.locator(selector).first().waitFor();
      await axe.check(page, what);
    }

    await goto(page, '');
    await page.locator(`${APP} .dx-appearance select`).selectOption('dark');
    await until(() => page.locator(APP).getAttribute('data-theme'), (v) => v === 'dark', 'data-theme="dark" on .dx-app');
    await axe.check(page, 'the matrix in dark appearance');
    await nonEmptyCell(page).click();
    await page.locator(`${APP} section.dx-cell-detail article.dx-entry`).first().waitFor();
    await axe.check(page, 'the matrix in dark appearance with a selected cell');
    await page.locator(`${APP} .dx-appearance select`).selectOption('light');
    await until(() => page.locator(APP).getAttribute('data-theme'), (v) => v === 'light', 'data-theme="light" on .dx-app');
    await assertClean(page, watch);

    const phone = await openApp(t, { viewport: PHONE });
    await phone.page.locator(`${APP} table.dx-matrix`).waitFor();
    await axe.check(phone.page, 'the matrix at 375 px');
    await goto(phone.page, '?dx-view=agenda&dx-today=2024-01-01');
    await phone.page.locator(`${APP} .dx-agenda`).waitFor();
    await axe.check(phone.page, 'the agenda at 375 px');
    await assertClean(phone.page, phone.watch);

    axe.assertNone();
  });

  test('10. screenshots of the matrix, agenda, dialogue and theme pages', TIMEOUT, async (t) => {
    const shots = [
      ['matrix-1280', '', DESKTOP, 'table.dx-matrix'],
      ['matrix-375', '', PHONE, 'table.dx-matrix'],
      ['agenda-1280', '?dx-view=agenda&dx-today=2026-11-28', DESKTOP, '.dx-agenda'],
      ['agenda-375', '?dx-view=agenda&dx-today=2026-11-28', PHONE, '.dx-agenda'],
      ['dialogue-1280', '?dx-view=dialogue&dx-id=tip-2022&dx-today=2026-11-28', DESKTOP, '.dx-dialogue-page'],
      ['theme-1280', '?dx-view=theme&dx-id=children', DESKTOP, '.dx-theme-page'],
    ];
    for (const [name, query, viewport, selector] of shots) {
      const { page, watch } = await openApp(t, { query, viewport });
      await page.locator(`${APP} ${selector}`).waitFor();
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, name);
      await assertClean(page, watch);
    }
  });

  test('11. at 320 px the page does not scroll sideways and the filters fold', TIMEOUT, async (t) => {
    const scrollWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);
    const { page, watch } = await openApp(t, { viewport: NARROW });
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    let width = await scrollWidth(page);
    assert.ok(width <= NARROW.width, `matrix: the page is ${width} px wide, more than ${NARROW.width}`);
    const box = await page.locator(`${APP} .dx-matrix-scroll`).evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      overflow: getComputedStyle(el).overflowX,
    }));
    assert.ok(box.scroll > box.client, `the matrix is wider than its box (${box.scroll} > ${box.client})`);
    assert.match(box.overflow, /auto|scroll/, 'the matrix box scrolls');

    // The facets are folded until the toggle opens them.
    const toggle = page.locator(`${APP} button.dx-filters-toggle`);
    const facets = page.locator(`${APP} .dx-facets`);
    assert.ok(await toggle.isVisible(), 'the filters toggle is shown');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await facets.evaluate((el) => getComputedStyle(el).display), 'none', 'the facets are folded');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'aria-expanded="true" once open');
    await facets.waitFor({ state: 'visible' });
    assert.ok(await facetLabel(page, 'theme', 'children').isVisible(), 'a facet value is visible once open');
    width = await scrollWidth(page);
    assert.ok(width <= NARROW.width, `open filters: the page is ${width} px wide`);
    await toggle.click();
    await facets.waitFor({ state: 'hidden' });

    await goto(page, '?dx-view=agenda&dx-today=2024-01-01');
    await page.locator(`${APP} .dx-agenda`).waitFor();
    width = await scrollWidth(page);
    assert.ok(width <= NARROW.width, `agenda: the page is ${width} px wide, more than ${NARROW.width}`);
    await assertClean(page, watch);
  });

  test('12. a link naming an unknown theme says what it dropped and keeps the rest', TIMEOUT, async (t) => {
    assert.ok(!suite.dataset.themes.some((th) => th.id === 'nope'), 'no theme "nope" in the dataset');
    const { page, watch } = await openApp(t, { query: '?dx-theme=nope,children' });
    const notice = page.locator(`${APP} p.dx-notice`);
    await notice.waitFor();
    assert.match(await notice.innerText(), /\bnope\b/, 'the notice names "nope"');
    assert.doesNotMatch(await notice.innerText(), /\bchildren\b/, 'the notice does not name children');
    assert.ok(await facetInput(page, 'theme', 'children').isChecked(), 'children stays selected');
    const kept = suite.oracle.state('?dx-theme=nope,children');
    assert.deepEqual(kept.dropped, ['nope'], 'the domain drops "nope" and keeps children');
    await expectStatus(page, statusSentence(kept), 'with children only');
    assert.equal(await page.locator(`${APP} ul.dx-chips button.dx-chip`).count(), 1, 'one chip (children)');

    // An unknown dialogue page falls back to the matrix, with a notice too.
    await goto(page, '?dx-view=dialogue&dx-id=no-such-dialogue');
    await notice.waitFor();
    assert.match(await notice.innerText(), /no-such-dialogue/, 'the notice names the unknown dialogue');
    await assertClean(page, watch);
  });

  test('13. the host page’s own query parameters survive navigation', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?page=2' });
    const tab = page.locator(`${APP} nav.dx-views a.dx-tab`, { hasText: 'Entries' });
    const href = new URL(await tab.getAttribute('href'), page.url());
    assert.equal(href.searchParams.get('page'), '2', 'the tab link keeps page=2');
    assert.equal(href.searchParams.get('dx-view'), 'list', 'the tab link names dx-view=list');
    await tab.click();
    await page.locator(`${APP} .dx-results`).waitFor();
    assert.equal(params(page).get('page'), '2', 'page=2 stays after clicking a tab');
    assert.equal(params(page).get('dx-view'), 'list');

    await facetLabel(page, 'theme', 'children').click();
    await until(() => params(page).get('dx-theme'), (v) => v === 'children', 'dx-theme=children');
    assert.equal(params(page).get('page'), '2', 'page=2 stays after picking a filter');
    await page.locator(`${APP} .dx-search input[type="search"]`).fill('child');
    await until(() => params(page).get('dx-q'), (v) => v === 'child', 'dx-q=child');
    assert.equal(params(page).get('page'), '2', 'page=2 stays while typing a search');

    await page.goBack();
    await page.goBack();
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    assert.equal(new URL(page.url()).search, '?page=2', 'Back to the start returns to ?page=2');
    await assertClean(page, watch);
  });
});
