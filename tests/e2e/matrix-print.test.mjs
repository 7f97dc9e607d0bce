// End-to-end tests of the topic matrix on screen and on paper: the table takes its height with
// its headers kept in view, a chosen cell's entries come into view with the focus on their
// heading and a way back to the cell (standalone, embedded, right to left), the caption and
// the legend follow the columns, the theme facet keeps its checked values in sight, and the
// printout (Chromium's PDF, rendered with pdftoppm) keeps the scale's intensity, shows the legend
// and states the filters and the day printed.
// Run against the release build: `make build && node --test tests/e2e/matrix-print.test.mjs`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';

import { APP, DESKTOP, NEEDS_BUILD, PHONE, assertClean, en, until, useSuite } from './harness.mjs';
import { screenshot, screenshotDir, serveHost } from './support.mjs';

const TIMEOUT = { timeout: 120_000 };

/**
 * Runs `fn(root, arg)` in the page with `root` the app's root: the standalone page's
 * `.dx-app`, or the one inside the shadow root of `<dialogue-explorer id=host>`.
 */
function inApp(page, host, fn, arg) {
  return page.evaluate(
    ({ host, source, arg }) => {
      const scope = host ? document.getElementById(host).shadowRoot : document;
      const root = scope.querySelector('.dx-app');
      // The focused element as seen from the app (a shadow root keeps its own).
      const focused = () => (host ? scope.activeElement : document.activeElement);
      return new Function('root', 'focused', 'arg', `return (${source})(root, focused, arg);`)(root, focused, arg);
    },
    { host, source: fn.toString(), arg },
  );
}

/** Where an element is against the viewport, and whether it is inside it. */
const RECT = `(el) => {
  const r = el.getBoundingClientRect();
  return { top: Math.round(r.top), bottom: Math.round(r.bottom), inView: r.top >= 0 && r.top < innerHeight && r.bottom > 0 };
}`;

describe('matrix on screen and on paper', NEEDS_BUILD, () => {
  const suite = useSuite();
  const { openApp, openPage } = suite;

  /** The first cell with entries in row `row` or below: its data-cell. */
  async function cellWithEntries(page, host, fromRow) {
    const found = await inApp(
      page,
      host,
      (root, _f, fromRow) => {
        const cells = [...root.querySelectorAll('table.dx-matrix button.dx-cell')];
        const cell = cells.find((c) => Number(c.dataset.cell.split('-')[0]) >= fromRow && Number(c.dataset.count) > 0);
        return cell?.dataset.cell ?? null;
      },
      fromRow,
    );
    assert.ok(found, `a cell with entries in row ${fromRow + 1} or below`);
    return found;
  }

  /** Chooses cell `at` (a click, or Enter on it) and checks where the focus and the screen go. */
  async function chooseAndReturn(page, host, at, how, why) {
    const cellSelector = `table.dx-matrix button.dx-cell[data-cell="${at}"]`;
    const scope = host ? page.locator(`#${host}`) : page.locator(APP);
    const cell = scope.locator(cellSelector);
    if (how === 'keyboard') {
      await cell.focus();
      await page.keyboard.press('Enter');
    } else {
      await cell.click();
    }
    const heading = await until(
      () =>
        inApp(page, host, (root, focused) => {
          const el = focused();
          if (!el?.matches('.dx-cell-detail-title')) return { focused: `<${el?.tagName} ${el?.className}>` };
          const r = el.getBoundingClientRect();
          return { focused: 'heading', text: el.textContent.trim(), top: r.top, bottom: r.bottom, height: innerHeight };
        }),
      (v) => v.focused === 'heading',
      `${why}: choosing cell ${at} (${how}) puts the focus on the entries' heading`,
    );
    assert.ok(heading.top >= 0 && heading.bottom <= heading.height, `${why}: the heading is in the viewport (${JSON.stringify(heading)})`);

    await scope.locator('.dx-cell-detail button.dx-back-to-cell').click();
    const back = await until(
      () =>
        inApp(
          page,
          host,
          (root, focused, at) => {
            const el = focused();
            const r = el?.getBoundingClientRect();
            const head = root.querySelector('table.dx-matrix thead tr:last-child th').getBoundingClientRect();
            return { cell: el?.dataset?.cell ?? null, top: r?.top, bottom: r?.bottom, height: innerHeight, headBottom: head.bottom, wanted: at };
          },
          at,
        ),
      // The headers follow the scroll a frame later: what counts is where things settle.
      (v) => v.cell === at && v.top >= v.headBottom - 1 && v.bottom <= v.height,
      `${why}: "Back to the cell" returns the focus to cell ${at}, in view below the headers`,
    );
    assert.equal(back.cell, at);
    return heading.text;
  }

  test('1. the table takes its height: no box of its own scrolls it up and down', TIMEOUT, async (t) => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, watch } = await openApp(t, { viewport });
      await page.locator(`${APP} table.dx-matrix`).waitFor();
      const box = await page.locator(`${APP} .dx-matrix-scroll`).evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          maxHeight: style.maxHeight,
          overflowX: style.overflowX,
          scrollHeight: el.scrollHeight,
          clientHeight: el.clientHeight,
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
          rows: el.querySelectorAll('tbody tr').length,
        };
      });
      const why = `at ${viewport.width} px`;
      assert.equal(box.maxHeight, 'none', `${why}: the matrix box has no fixed height`);
      assert.ok(box.scrollHeight <= box.clientHeight + 1, `${why}: the box does not scroll up and down (${box.scrollHeight} > ${box.clientHeight})`);
      assert.equal(box.rows, suite.dataset.themes.length, `${why}: one row per theme`);
      assert.match(box.overflowX, /auto|scroll/, `${why}: a wide table still scrolls sideways in its box`);
      if (viewport === PHONE) assert.ok(box.scrollWidth > box.clientWidth, `${why}: the table is wider than the phone`);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(pageWidth <= viewport.width, `${why}: the page does not scroll sideways (${pageWidth})`);
      await assertClean(page, watch);
    }
  });

  test('2. the column headers stay at the top of the screen while the page scrolls down the table', TIMEOUT, async (t) => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, watch } = await openApp(t, { viewport });
      await page.locator(`${APP} table.dx-matrix`).waitFor();
      const why = `at ${viewport.width} px`;
      const head = page.locator(`${APP} table.dx-matrix thead tr:last-child th.dx-col-head`).first();
      const row = (n) => page.locator(`${APP} table.dx-matrix tbody tr`).nth(n);
      const before = await head.evaluate((el) => el.getBoundingClientRect().top + scrollY);
      // Row 15 at the top of the screen: the table's own top is far above it.
      await row(14).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const tableTop = await page.locator(`${APP} table.dx-matrix`).evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(tableTop < 0, `${why}: the page scrolled past the table's top (${tableTop})`);
      // The header's first row (the working groups, above the dialogues' dates) at the top of
      // the screen, the dates' row right under it.
      const first = page.locator(`${APP} table.dx-matrix thead tr:first-child th`).first();
      const stuck = await until(
        () => first.evaluate((el) => Math.round(el.getBoundingClientRect().top)),
        (top) => top >= 0 && top <= 1,
        `${why}: the header's first row sits at the top of the screen`,
      );
      const [firstBottom, headTop] = await Promise.all([
        first.evaluate((el) => el.getBoundingClientRect().bottom),
        head.evaluate((el) => el.getBoundingClientRect().top),
      ]);
      assert.ok(Math.abs(firstBottom - headTop) <= 1, `${why}: the column headers right under it (${headTop} vs ${firstBottom})`);
      // And it still names its column where it stands: over the cells of row 15.
      const [headBox, cellBox] = await Promise.all([
        head.evaluate((el) => el.getBoundingClientRect().toJSON()),
        row(14).locator('button.dx-cell').first().evaluate((el) => el.getBoundingClientRect().toJSON()),
      ]);
      assert.ok(Math.abs(headBox.left - cellBox.left) < 2 || Math.abs(headBox.right - cellBox.right) < 2 || headBox.left <= cellBox.left, `${why}: header over its column`);
      t.diagnostic(`${why}: header top ${stuck} px with the table's top at ${Math.round(tableTop)} px`);
      // Back at the top, the header is where the table puts it.
      await page.evaluate(() => scrollTo(0, 0));
      await until(
        () => head.evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY)),
        (top) => Math.abs(top - before) <= 1,
        `${why}: scrolled back up, the header is in its place again`,
      );
      await assertClean(page, watch);
    }
  });

  test('3. choosing a cell in row 15 brings its entries into view, focused, with a way back to the cell', TIMEOUT, async (t) => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, watch } = await openApp(t, { viewport });
      await page.locator(`${APP} table.dx-matrix`).waitFor();
      const at = await cellWithEntries(page, null, 14);
      const why = `at ${viewport.width} px`;
      await chooseAndReturn(page, null, at, 'click', why);
      // The keyboard does the same, and Close goes back to the cell too.
      await chooseAndReturn(page, null, at, 'keyboard', `${why}, by the keyboard`);
      await page.locator(`${APP} .dx-cell-detail-title`).focus();
      await page.locator(`${APP} .dx-cell-detail button.dx-link-button:not(.dx-back-to-cell)`).click();
      await until(
        () => inApp(page, null, (root, focused) => focused()?.dataset?.cell ?? null),
        (cell) => cell === at,
        `${why}: Close returns the focus to cell ${at}`,
      );
      assert.equal(await page.locator(`${APP} .dx-cell-detail`).count(), 0, `${why}: Close closes the entries`);

      // The screenshot of the fixed cell detail: the entries in view after the choice.
      await page.locator(`${APP} table.dx-matrix button.dx-cell[data-cell="${at}"]`).click();
      await until(() => inApp(page, null, (root, focused) => focused()?.matches('.dx-cell-detail-title') ?? false), (v) => v, 'focused');
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, `matrix-cell-detail-${viewport.width}`);
      await assertClean(page, watch);
    }
  });

  test('4. embedded (in a shadow root), choosing a cell moves to its entries and back', TIMEOUT, async (t) => {
    const url = serveHost(suite.server, 'plain.html');
    const { page, watch } = await openPage(t, url);
    await page.locator('#widget table.dx-matrix').waitFor();
    const at = await cellWithEntries(page, 'widget', 14);
    await chooseAndReturn(page, 'widget', at, 'click', 'embedded');
    const box = await page.locator('#widget .dx-matrix-scroll').evaluate((el) => getComputedStyle(el).maxHeight);
    assert.equal(box, 'none', 'embedded: the matrix box has no fixed height');
    await assertClean(page, watch);
  });

  test('5. right to left (Arabic): the cell detail comes into view, focused, and goes back', TIMEOUT, async (t) => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, watch } = await openApp(t, { query: '?dx-lang=ar', viewport });
      await page.locator(`${APP} table.dx-matrix`).waitFor();
      assert.equal(await page.locator(APP).getAttribute('dir'), 'rtl', 'the app is right to left');
      const at = await cellWithEntries(page, null, 14);
      const why = `Arabic at ${viewport.width} px`;
      const heading = await chooseAndReturn(page, null, at, 'click', why);
      assert.match(heading, /[\u0600-\u06ff]/, `${why}: the heading is in Arabic (${heading})`);
      const back = (await page.locator(`${APP} button.dx-back-to-cell`).textContent()).trim();
      assert.equal(back, 'العودة إلى الخلية', `${why}: the way back speaks Arabic`);
      // The theme column stays on the right, at the start of the row.
      const [corner, table] = await Promise.all([
        page.locator(`${APP} th.dx-corner-head`).evaluate((el) => el.getBoundingClientRect().right),
        page.locator(`${APP} .dx-matrix-scroll`).evaluate((el) => el.getBoundingClientRect().right),
      ]);
      assert.ok(Math.abs(corner - table) < 3, `${why}: the theme column is on the right (${corner} vs ${table})`);
      if (viewport === DESKTOP) {
        await page.locator(`${APP} table.dx-matrix button.dx-cell[data-cell="${at}"]`).click();
        await until(() => inApp(page, null, (root, focused) => focused()?.matches('.dx-cell-detail-title') ?? false), (v) => v, 'focused');
        await page.evaluate(() => document.fonts.ready);
        await screenshot(page, 'matrix-cell-detail-ar-1280');
      }
      await assertClean(page, watch);
    }
  });

  test('6. the caption and the legend follow the columns: marks only where they are drawn', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t);
    const caption = () => page.locator(`${APP} table.dx-matrix caption`).textContent();
    const legend = page.locator(`${APP} .dx-legend`);
    const marked = () => page.locator(`${APP} table.dx-matrix button.dx-cell.dx-first, ${APP} table.dx-matrix button.dx-cell.dx-recurs`).count();
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    assert.match(await caption(), /in each dialogue/, 'dialogue columns: "in each dialogue"');
    assert.equal(await legend.locator('.dx-swatch.dx-first').count(), 1, 'dialogue columns: the legend shows "first raised here"');
    assert.ok((await marked()) > 0, 'dialogue columns: cells are marked');
    for (const [cols, words] of [
      ['groups', /of each working group/],
      ['years', /of each year/],
    ]) {
      await suite.goto(page, `?dx-cols=${cols}`);
      await page.locator(`${APP} table.dx-matrix`).waitFor();
      const text = await caption();
      assert.match(text, words, `${cols}: the caption names the columns (${text})`);
      assert.doesNotMatch(text, /each dialogue/, `${cols}: the caption does not say "in each dialogue"`);
      assert.equal(await marked(), 0, `${cols}: no cell is marked`);
      assert.equal(await legend.locator('.dx-swatch.dx-first, .dx-swatch.dx-recurs').count(), 0, `${cols}: the legend shows no mark that the cells lack`);
      assert.match(await legend.textContent(), /marked when the columns are dialogues/, `${cols}: the legend says where the marks are`);
      assert.equal(await legend.locator('.dx-scale .dx-swatch').count(), 4, `${cols}: the scale's four steps`);
    }
    await assertClean(page, watch);
  });

  test('7. the theme facet has no scroll box of its own: a checked Corruption stays in sight', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-theme=corruption' });
    const list = page.locator(`${APP} fieldset.dx-facet:has(input[data-facet="theme"]) .dx-facet-values`);
    await list.waitFor();
    const box = await list.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY }));
    assert.ok(box.scroll <= box.client + 1, `the theme values are not in a box of their own (${box.scroll} > ${box.client})`);
    assert.equal(box.overflow, 'visible', 'nothing of the list is clipped');
    const corruption = page.locator(`${APP} input[data-facet="theme"][data-value="corruption"]`);
    assert.ok(await corruption.isChecked(), 'Corruption is checked');
    // In sight: scrolling the page to it shows it, unclipped by any box in between.
    await corruption.scrollIntoViewIfNeeded();
    const hit = await corruption.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    });
    assert.ok(hit, 'the checked Corruption box is what shows at its place');
    await assertClean(page, watch);
  });

  // ---------------------------------------------------------------------------------------------
  // Printing
  // ---------------------------------------------------------------------------------------------

  const havePoppler = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');

  /** Chromium's PDF of the page as printed (backgrounds as a reader's default print dialog). */
  async function printed(page, dir, name) {
    // The print header's part comes after the first results (src/ui/on_demand.rs).
    await page.locator(`${APP} .dx-print-header p`).first().waitFor({ state: 'attached' });
    const pdf = path.join(dir, `${name}.pdf`);
    await page.pdf({ path: pdf, printBackground: false, preferCSSPageSize: true });
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, `pdftotext: ${text.stderr}`);
    const ppm = spawnSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', pdf], { maxBuffer: 64 << 20 });
    assert.equal(ppm.status, 0, `pdftoppm: ${ppm.stderr}`);
    return { pdf, text: text.stdout, image: parsePpm(ppm.stdout) };
  }

  /** A binary PPM (P6, pdftoppm's default output) as { width, height, pixel(x, y) }. */
  function parsePpm(buffer) {
    let at = 0;
    const token = () => {
      while (/\s/.test(String.fromCharCode(buffer[at]))) at++;
      let s = '';
      while (!/\s/.test(String.fromCharCode(buffer[at]))) s += String.fromCharCode(buffer[at++]);
      return s;
    };
    assert.equal(token(), 'P6', 'a binary PPM');
    const width = Number(token());
    const height = Number(token());
    token();
    at++;
    const data = buffer.subarray(at);
    return { width, height, pixel: (x, y) => [...data.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)] };
  }

  test('8. the printed matrix keeps its intensity and its legend, and states its filters and day', { ...TIMEOUT, skip: havePoppler ? false : 'pdftoppm missing: run `make setup`' }, async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dx-print-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const tip = en(suite.dataset.working_groups.find((w) => w.id === 'tip').short_name);

    // Screen media emulated as print: the print header and the legend show, the switch goes.
    const { page, watch } = await openApp(t, { query: '?dx-wg=tip' });
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    await page.emulateMedia({ media: 'print' });
    const header = page.locator(`${APP} .dx-print-header`);
    // Its part comes after the first results (src/ui/on_demand.rs).
    await header.locator('p').first().waitFor();
    assert.ok(await header.isVisible(), 'in print the header lines show');
    const lines = (await header.locator('p').allTextContents()).map((s) => s.trim());
    assert.equal(lines[0], `Filters applied: Working group: ${tip}`, 'the filters applied, in words');
    // The app writes English dates day first ("Wednesday, 2 December 2026"), as the UN does.
    const today = new Date().toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const todayLocal = await page.evaluate(() => {
      const d = new Date();
      return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    });
    assert.ok([today, todayLocal].some((d) => lines[1] === `Printed on ${d}`), `the day printed (${lines[1]})`);
    const updated = suite.dataset.updated;
    assert.ok(updated, 'the dataset says when it was last updated');
    const asOf = new Date(`${updated}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    assert.deepEqual(lines.slice(2), [`Data as of ${asOf}`], 'then the date of the data');
    assert.ok(await page.locator(`${APP} .dx-legend`).isVisible(), 'in print the legend shows');
    assert.ok(await page.locator(`${APP} .dx-legend .dx-swatch.dx-first`).isVisible(), 'with its marks');
    assert.equal(await page.locator(`${APP} .dx-segmented`).isVisible(), false, 'the columns switch does not print');
    const looks = await page.$$eval(`${APP} table.dx-matrix button.dx-cell`, (cells) => {
      // The lowest and the highest step of the scale that this matrix draws.
      const level = (c) => Number([...c.classList].find((k) => /^dx-level-\d$/.test(k))?.slice(9) ?? 0);
      const counted = cells.filter((c) => level(c) > 0).sort((a, b) => level(a) - level(b));
      const style = (c) => c && getComputedStyle(c);
      const [low, high] = [counted[0], counted[counted.length - 1]];
      return {
        adjust: style(high)?.printColorAdjust,
        levels: [level(low), level(high)],
        weight1: Number(style(low)?.fontWeight),
        weight4: Number(style(high)?.fontWeight),
        offset: getComputedStyle(document.querySelector('.dx-matrix thead th')).transform,
      };
    });
    assert.equal(looks.adjust, 'exact', 'the cells keep their colours on paper (print-color-adjust: exact)');
    assert.ok(looks.levels[1] > looks.levels[0], `the matrix draws several steps (${looks.levels})`);
    assert.ok(looks.weight4 > looks.weight1, `the highest counts print bolder than the lowest (${looks.weight4} > ${looks.weight1}, steps ${looks.levels})`);
    assert.equal(looks.offset, 'none', 'the headers are not moved on paper');

    // On the page Chromium prints: the lines and the legend are in its text, the darkest
    // step of the scale in its pixels (backgrounds that a print dialog drops would be white).
    const paper = await printed(page, dir, 'matrix');
    assert.match(paper.text, new RegExp(`Filters applied: Working group: ${tip}`), 'the PDF states the filters');
    assert.match(paper.text, /Printed on /, 'the PDF states the day printed');
    assert.match(paper.text, /first raised here/, 'the PDF holds the legend');
    assert.match(paper.text, /Darker cells hold more entries/, "the PDF holds the scale's sentence");
    const { width, height, pixel } = paper.image;
    assert.ok(width > height, `the matrix prints on a landscape page (${width}×${height})`);
    let accent = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const [r, g, b] = pixel(x, y);
        // The accent (#0b5f8a) of the darkest step, give or take the rendering.
        if (Math.abs(r - 11) < 30 && Math.abs(g - 95) < 30 && Math.abs(b - 138) < 30) accent++;
      }
    }
    assert.ok(accent > 200, `the darkest cells print dark (${accent} accent pixels on page 1)`);

    // The screenshot of the printed matrix, from the PDF.
    await mkdir(screenshotDir, { recursive: true });
    const png = spawnSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', paper.pdf, path.join(screenshotDir, 'matrix-print')]);
    assert.equal(png.status, 0, `pdftoppm -png: ${png.stderr}`);
    await assertClean(page, watch);
  });

  test('9. every printout states the filters: the agenda, and a page with the day only', { ...TIMEOUT, skip: havePoppler ? false : 'pdftoppm missing: run `make setup`' }, async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dx-print-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const { page, watch } = await openApp(t, { query: '?dx-view=agenda&dx-theme=corruption&dx-lang=fr' });
    await page.locator(`${APP} .dx-agenda`).waitFor();
    const corruption = suite.dataset.themes.find((th) => th.id === 'corruption');
    const label = typeof corruption.label === 'string' ? corruption.label : (corruption.label.fr ?? corruption.label.en);
    const agenda = await printed(page, dir, 'agenda');
    assert.match(agenda.text, new RegExp(`Filtres appliqués\\s*:\\s*Thème\\s*:\\s*${label}`), 'the printed agenda states its filter, in French');
    assert.match(agenda.text, /Imprimé le /, 'and the day printed');
    // And the date of the data, in the words of the French catalogue ("Données à jour au …").
    const asOf = suite.oracle.catalogue('fr').data_as_of;
    const [lead] = asOf.split('DATE');
    const flat = agenda.text.replace(/\s+/g, ' ');
    const words = lead.trim().replace(/\s+/g, ' ');
    assert.ok(words.length > 0 && flat.includes(words), `the printed agenda states the date of the data ("${words}"): ${flat.slice(0, 300)}`);
    // Its first page as Chromium prints it, rendered from the PDF (not a screen capture with
    // print media emulated): docs/screenshots/print-agenda.png, an A4 portrait page.
    await mkdir(screenshotDir, { recursive: true });
    const png = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', agenda.pdf, path.join(screenshotDir, 'print-agenda')]);
    assert.equal(png.status, 0, `pdftoppm -png: ${png.stderr}`);
    const { width, height } = agenda.image;
    assert.ok(height > width * 1.2, `the agenda prints on a portrait page, as Chromium's PDF gives it (${width}×${height})`);
    const head = await readFile(path.join(screenshotDir, 'print-agenda.png'));
    assert.equal(head.subarray(1, 4).toString(), 'PNG', 'print-agenda.png is a PNG');

    await suite.goto(page, '?dx-view=dialogue&dx-id=tip-2022&dx-lang=fr');
    await page.locator(`${APP} .dx-dialogue-page`).waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator(`${APP} .dx-print-header p`).first().waitFor();
    const lines = await page.locator(`${APP} .dx-print-header p`).allTextContents();
    assert.equal(lines.length, 2, `a dialogue page, which no filter narrows, prints the dates only (${JSON.stringify(lines)})`);
    assert.match(lines[0], /^Imprimé le /);
    assert.match(lines[1], /^Données à jour au /);
    await assertClean(page, watch);
  });

  test('10. the printed matrix writes its "Total" header whole, in English and in Arabic', { ...TIMEOUT, skip: havePoppler ? false : 'pdftoppm missing: run `make setup`' }, async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dx-print-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    for (const lang of ['en', 'ar']) {
      const { page, watch } = await openApp(t, { query: lang === 'en' ? '' : `?dx-lang=${lang}` });
      await page.locator(`${APP} table.dx-matrix`).waitFor();
      await page.evaluate(() => document.fonts.ready);
      const total = suite.oracle.catalogue(lang).total_header;
      // On paper the header is one line: as tall as a line of its text, and as wide as its word.
      await page.emulateMedia({ media: 'print' });
      const box = await page.locator(`${APP} table.dx-matrix th.dx-total-head`).evaluate((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { lines: lines.size, text: th.textContent.trim() };
      });
      assert.equal(box.text, total, `${lang}: the header says ${total}`);
      assert.equal(box.lines, 1, `${lang}: "${total}" is on one line in print, not cut (${box.lines} lines)`);
      // (Back to no emulation: a PDF made under emulated screen media is the screen's layout.)
      await page.emulateMedia({ media: null });
      // In Chromium's PDF of the unfiltered matrix, the word is found whole.
      const paper = await printed(page, dir, `matrix-${lang}`);
      // pdftotext wraps right-to-left runs in bidi controls (U+202B … U+202C): not letters.
      const words = paper.text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').split(/\s+/);
      assert.ok(words.includes(total), `${lang}: the PDF holds "${total}" as one word (${words.filter((w) => total.includes(w) && w.length > 1 && w !== total).join(' ') || 'not found'})`);
      await assertClean(page, watch);
    }
  });
});
