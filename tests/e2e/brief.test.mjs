// End-to-end tests of the working-group brief (dx-view=brief) and the calendar feeds the build
// writes beside the pages: the brief of each working group, the way to it from the navigation,
// the matrix, the agenda and a dialogue's page, its time line and the text that says the same,
// its Markdown download, its printout, and the subscription links with the feeds they lead to.
//
// What the brief should list is read from the dataset itself here (which dialogues belong to a
// group, which themes its dialogues were tagged with); the wording is the app's.
// Run against the release build: `make build && node --test tests/e2e/brief.test.mjs`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';

import { APP, DESKTOP, NEEDS_BUILD, PHONE, assertAccessible, assertClean, en, until, useSuite } from './harness.mjs';
import { screenshot, screenshotDir } from './support.mjs';

const TIMEOUT = { timeout: 120_000 };
/** A day after every dialogue of the bundled data: nothing is upcoming. */
const AFTER_ALL = '2026-12-02';
const textOf = async (locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('the working-group brief and the calendar feeds', NEEDS_BUILD, () => {
  const suite = useSuite({ acceptDownloads: true });
  const { openApp, goto } = suite;
  const briefOf = (id, extra = '') => `?dx-view=brief&dx-id=${id}&dx-today=${AFTER_ALL}${extra}`;
  const groupsOf = () => suite.dataset.working_groups;
  const dialoguesOf = (group) => suite.dataset.dialogues.filter((d) => d.working_groups.includes(group));
  const themesOf = (dialogues) =>
    new Set(dialogues.flatMap((d) => [...d.agenda_items, ...d.topics_raised]).flatMap((e) => e.themes));
  /** A date known to the day ("2025-10-08", not "2025-10"). */
  const hasDay = (d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date ?? '');

  test('1. every working group has a brief: its dialogues, its time line, its themes and those it never took up', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: briefOf(groupsOf()[0].id) });
    for (const group of groupsOf()) {
      await goto(page, briefOf(group.id));
      const brief = page.locator(`${APP} article.dx-brief-page[data-group="${group.id}"]`);
      await brief.waitFor();
      const why = `the brief of ${group.id}`;
      assert.ok((await textOf(brief.locator('.dx-page-title'))).endsWith(en(group.name)), `${why}: titled with the group's name`);

      // Its dialogues, each once, and only its own.
      const own = dialoguesOf(group.id);
      const listed = await brief.locator('.dx-brief-dialogues > li').evaluateAll((items) => items.map((li) => li.dataset.dialogue));
      assert.deepEqual([...listed].sort(), own.map((d) => d.id).sort(), `${why}: lists the group's dialogues`);

      // The time line: a mark per dated dialogue, named, and the same in words.
      const marks = await brief.locator('svg.dx-timeline g.dx-tl-mark').evaluateAll((gs) => gs.map((g) => g.dataset.dialogue));
      assert.deepEqual([...marks].sort(), own.filter((d) => d.date).map((d) => d.id).sort(), `${why}: one mark per dated dialogue`);
      if (marks.length > 0) {
        const svg = brief.locator('svg.dx-timeline');
        assert.equal(await svg.getAttribute('role'), 'img');
        const label = await svg.getAttribute('aria-label');
        const words = await textOf(brief.locator('.dx-timeline-text'));
        assert.ok(label && words.startsWith(label.trim()), `${why}: the picture's name is the text under it (${label} / ${words})`);
        assert.match(words, new RegExp(`^${marks.length === 1 ? 'One dialogue' : `${marks.length} dialogues`}`), `${why}: the text counts the marks`);
        for (const title of await svg.locator('g.dx-tl-mark title').allTextContents()) assert.ok(title.trim(), `${why}: each mark is named`);
      }

      // Themes raised here: exactly those the group's dialogues were tagged with, recurring first.
      const here = await brief.locator('.dx-brief-themes .dx-fact').evaluateAll((fs) =>
        fs.map((f) => ({ theme: f.dataset.theme, recurring: f.dataset.recurring === 'true' })),
      );
      assert.deepEqual(here.map((h) => h.theme).sort(), [...themesOf(own)].sort(), `${why}: the themes raised at its dialogues`);
      const firstOnce = here.findIndex((h) => !h.recurring);
      assert.ok(firstOnce < 0 || here.slice(firstOnce).every((h) => !h.recurring), `${why}: recurring themes first`);

      // Raised elsewhere, never here: the other groups' themes less this group's.
      const others = themesOf(suite.dataset.dialogues.filter((d) => !d.working_groups.includes(group.id)));
      const expected = [...others].filter((id) => !themesOf(own).has(id)).sort();
      const elsewhere = await brief.locator('.dx-brief-elsewhere .dx-fact').evaluateAll((fs) => fs.map((f) => f.dataset.theme));
      assert.deepEqual([...elsewhere].sort(), expected, `${why}: the themes raised only at other groups' dialogues`);

      // Nothing is upcoming after the last dialogue: said plainly, with the months of the past.
      const next = await textOf(brief.locator('.dx-brief-next'));
      assert.match(next, /No upcoming dialogue of this working group is announced/, `${why}: no next dialogue announced`);
      if (own.some((d) => d.date)) assert.match(next, /not a forecast: earlier dialogues of this working group took place in /, `${why}: the months, as a fact`);
    }
    await assertAccessible(page, 'on a brief');
    await assertClean(page, watch);
  });

  test('2. the way to a brief: Prepare in the navigation, the matrix\'s group headers, a dialogue\'s card and page', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: `?dx-today=${AFTER_ALL}` });
    // Prepare opens the brief of the group that met last, nothing being announced.
    // (The app's own date order, where a month-only date takes its month's first day.)
    const inOrder = suite.oracle.state('').dialogues.map((id) => suite.dataset.dialogues.find((d) => d.id === id));
    const latest = inOrder.filter((d) => d.date).at(-1);
    await page.locator(`${APP} nav.dx-views a.dx-tab`, { hasText: 'Prepare' }).click();
    await page.locator(`${APP} article.dx-brief-page[data-group="${latest.working_groups[0]}"]`).waitFor();
    assert.equal(await page.locator(`${APP} a.dx-tab[aria-current="page"]`).count(), 1, 'one current tab');
    assert.equal(await textOf(page.locator(`${APP} a.dx-tab[aria-current="page"]`)), 'Prepare');
    // The chooser moves to another group's brief, and Back returns.
    const other = groupsOf().find((g) => g.id !== latest.working_groups[0]).id;
    await page.locator(`${APP} .dx-brief-chooser select`).selectOption(other);
    await page.locator(`${APP} article.dx-brief-page[data-group="${other}"]`).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('dx-id'), other);
    await page.goBack();
    await page.locator(`${APP} article.dx-brief-page[data-group="${latest.working_groups[0]}"]`).waitFor();

    // The matrix's header of a working group.
    await goto(page, `?dx-today=${AFTER_ALL}`);
    await page.locator(`${APP} table.dx-matrix th.dx-group-head a`).first().click();
    await page.locator(`${APP} article.dx-brief-page`).waitFor();

    // An agenda card, and a dialogue's page.
    await goto(page, `?dx-view=agenda&dx-today=${AFTER_ALL}`);
    await page.locator(`${APP} .dx-card[data-dialogue="tip-2024"] a.dx-brief-link`).click();
    await page.locator(`${APP} article.dx-brief-page[data-group="tip"]`).waitFor();
    await goto(page, `?dx-view=dialogue&dx-id=ic-ta-2022&dx-today=${AFTER_ALL}`);
    assert.equal(await page.locator(`${APP} .dx-dialogue-page a.dx-brief-link`).count(), 2, 'a joint dialogue links to both groups\' briefs');
    await page.locator(`${APP} .dx-dialogue-page a.dx-brief-link`).nth(1).click();
    await page.locator(`${APP} article.dx-brief-page[data-group="technical-assistance"]`).waitFor();
    await assertClean(page, watch);
  });

  test('3. subscribing: webcal links and addresses to copy, to feeds the build wrote beside the page', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: briefOf('som') });
    const feeds = page.locator(`${APP} .dx-brief-subscribe .dx-feeds > li`);
    assert.deepEqual(await feeds.evaluateAll((ls) => ls.map((l) => l.dataset.feed)), ['calendar-som.ics', 'calendar.ics']);
    const origin = new URL(suite.server.url);
    for (const [file, dialogues] of [
      ['calendar-som.ics', dialoguesOf('som')],
      ['calendar.ics', suite.dataset.dialogues],
    ]) {
      const row = page.locator(`${APP} .dx-feeds > li[data-feed="${file}"]`);
      const webcal = await row.locator('a.dx-subscribe').getAttribute('href');
      const address = await row.locator('input.dx-feed-address').inputValue();
      assert.equal(address, new URL(file, origin).href, `${file}: the address beside the page`);
      assert.equal(webcal, address.replace(/^https?:/, 'webcal:'), `${file}: the webcal link to it`);
      // The field's label names it, and focusing it selects the address for copying.
      const field = row.locator('input.dx-feed-address');
      await field.focus();
      const selected = await field.evaluate((el) => el.selectionEnd - el.selectionStart);
      assert.equal(selected, address.length, `${file}: focused, the address is selected`);

      const response = await page.request.get(address);
      assert.equal(response.status(), 200, `${file} is served`);
      assert.match(response.headers()['content-type'] ?? '', /^text\/calendar/, `${file}: as a calendar`);
      const text = (await response.text()).replace(/\r\n[ \t]/g, '');
      const uids = [...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
      assert.deepEqual(uids.sort(), dialogues.filter(hasDay).map((d) => `${d.id}@dialogue-explorer`).sort(), `${file}: one event per dialogue known to the day, by a stable UID`);
      assert.match(text, /^X-WR-CALNAME:.+\r$/m, `${file}: named`);
    }
    await assertClean(page, watch);
  });

  test('4. the brief downloads as Markdown with the same sections as the page', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: briefOf('tip') });
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.locator(`${APP} button.dx-brief-download`).click()]);
    assert.equal(file.suggestedFilename(), 'brief-tip.md');
    const text = readFileSync(await file.path(), 'utf8');
    const tip = suite.dataset.working_groups.find((w) => w.id === 'tip');
    assert.ok(text.startsWith(`# Working-group brief: ${en(tip.name)}\n`), `the file's title (${text.slice(0, 80)})`);
    assert.ok(text.endsWith('\n'), 'a final newline');
    const headings = (await page.locator(`${APP} .dx-brief-page h3.dx-subtitle`).allTextContents()).map((h) => h.trim());
    const inFile = [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1].trim());
    // The page's sections but the subscription, which is the page's own.
    assert.deepEqual(inFile, headings.filter((h) => h !== 'Subscribe in your calendar'), 'the same sections in the same order');
    // Each of the group's dialogues by its date, as the page lists them.
    for (const d of dialoguesOf('tip')) {
      const [y, m, day] = d.date.split('-').map(Number);
      const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, day, 12)));
      assert.ok(text.includes(`- **${date}**`), `the file lists ${d.id} (${date})`);
    }
    await until(() => textOf(page.locator(`${APP} p.dx-announcer`)), (s) => s === 'Downloaded brief-tip.md.', 'the download is announced');
    await assertClean(page, watch);
  });

  const havePoppler = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');

  test('5. the brief prints on A4 in a few pages, without its buttons and feeds', { ...TIMEOUT, skip: havePoppler ? false : 'pdftoppm missing: run `make setup`' }, async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dx-brief-print-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const { page, watch } = await openApp(t, { query: briefOf('tip') });
    await page.locator(`${APP} .dx-brief-page`).waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(`${APP} .dx-brief-actions`).isVisible(), false, 'no chooser or button on paper');
    assert.equal(await page.locator(`${APP} .dx-brief-subscribe`).isVisible(), false, 'no feeds on paper');
    await page.locator(`${APP} .dx-print-header p`).first().waitFor();
    assert.ok(await page.locator(`${APP} .dx-print-header`).isVisible(), 'the print header shows');
    const pdf = path.join(dir, 'brief.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
    assert.ok(pages >= 1 && pages <= 6, `a few pages (${pages})`);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const part of ['Working-group brief', 'Themes raised here', 'Next dialogue', 'Data as of']) {
      assert.ok(text.includes(part), `the printout has "${part}"`);
    }
    assert.ok(!text.includes('Subscribe in your calendar'), 'the printout leaves out the feeds');
    // The first page, as the documentation shows it.
    const png = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(screenshotDir, 'brief-print')]);
    assert.equal(png.status, 0, `pdftoppm: ${png.stderr}`);
    await assertClean(page, watch);
  });

  test('6. in Arabic, right to left, and on a phone; screenshots', TIMEOUT, async (t) => {
    for (const [lang, viewport, name] of [
      ['en', DESKTOP, 'brief-1280'],
      ['en', PHONE, 'brief-375'],
      ['ar', DESKTOP, 'brief-ar-1280'],
      ['ar', PHONE, 'brief-ar-375'],
    ]) {
      const { page, watch } = await openApp(t, { viewport, query: briefOf('tip', lang === 'en' ? '' : `&dx-lang=${lang}`) });
      const brief = page.locator(`${APP} .dx-brief-page`);
      await brief.waitFor();
      const why = `${name}`;
      if (lang === 'ar') {
        assert.equal(await page.locator(APP).getAttribute('dir'), 'rtl', `${why}: right to left`);
        assert.match(await textOf(brief.locator('.dx-page-title')), /^موجز الفريق العامل/, `${why}: the title in Arabic`);
        // Time runs in the reading direction: the first dialogue's mark on the right.
        const xs = await brief.locator('svg.dx-timeline g.dx-tl-mark circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
        assert.ok(xs.length > 1 && xs[0] > xs.at(-1), `${why}: the time line runs right to left (${xs})`);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `${why}: nothing wider than the screen (${width})`);
      await page.evaluate(() => scrollTo(0, 0));
      await screenshot(page, name);
      await assertAccessible(page, why);
      await assertClean(page, watch);
    }
  });
});
