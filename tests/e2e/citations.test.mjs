// End-to-end tests of citing, spreadsheets, stars and sharing: "Copy citation" beside each
// source and attendance figure (the clipboard, the confirmation in place and in the live
// region), the CSV in the reader's language (separator, headers) beside its machine form and
// the attendance figures' own file, the downloads and the reset of an empty result, the star's
// label, size and confirmation, the system share sheet with copy as the fallback, and shared
// links whose items are gone. In English and in Arabic (right to left), French for the
// semicolon.
//
// Expected texts come from examples/oracle.rs (the app's own core), never copied here.
// Run against the release build: `make build && node --test tests/e2e/citations.test.mjs`.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { APP, NEEDS_BUILD, PHONE, assertClean, params, until, useSuite } from './harness.mjs';
import { screenshot } from './support.mjs';

const TIMEOUT = { timeout: 120_000 };
const TODAY = '2026-11-28';

/** RFC 4180 with `separator`: the records of a text (after its byte-order mark). */
function parseCsv(text, separator) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Clicks `locator` and returns the file it downloads: name and text. */
async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), locator.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path()).toString('utf8') };
}

const textOf = async (locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('cite it, count it, keep it, share it', NEEDS_BUILD, () => {
  const suite = useSuite({ acceptDownloads: true });
  const { openApp, dialogueById } = suite;
  const catalogue = (lang) => suite.oracle.catalogue(lang);
  const announcer = (page) => page.locator(`${APP} p.dx-announcer[role="status"]`);
  const exportButton = (page, kind) => page.locator(`${APP} .dx-export button[data-export="${kind}"]`);

  /** A context that may read and write the clipboard, and a page in it at `query`. */
  async function withClipboard(t, query, options = {}) {
    const opened = await openApp(t, { query, ...options });
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    return opened;
  }

  for (const lang of ['en', 'ar']) {
    test(`1. "Copy citation" copies the citation of a source and of a figure, and says so (${lang})`, TIMEOUT, async (t) => {
      // The dialogue with the most attendance figures and sources.
      const chosen = [...suite.dataset.dialogues].sort(
        (a, b) => b.attendance.length + b.sources.length - (a.attendance.length + a.sources.length),
      )[0];
      const query = `?dx-view=dialogue&dx-id=${chosen.id}&dx-today=${TODAY}&dx-lang=${lang}`;
      const want = suite.oracle.files(query);
      const { page, watch } = await withClipboard(t, query);
      const m = catalogue(lang);
      const page_ = page.locator(`${APP} .dx-dialogue-page`);
      await page_.waitFor();
      if (lang === 'ar') assert.equal(await page.locator(`${APP}`).getAttribute('dir'), 'rtl', 'Arabic reads right to left');

      // Every source of the dialogue has its button, named for it.
      const items = page_.locator('ul.dx-sources > li');
      const sources = chosen.sources.map((id) => suite.dataset.sources.find((s) => s.id === id));
      assert.equal(await items.count(), sources.length, 'one line per source');
      for (let i = 0; i < sources.length; i += 1) {
        const button = items.nth(i).locator('button.dx-cite-button');
        assert.equal(await textOf(button), m.cite_button, `source ${sources[i].id}: a "${m.cite_button}" button`);
        assert.ok((await button.getAttribute('aria-label')).startsWith(m.cite_button), 'its name starts with its visible words');
      }

      // The first source: the clipboard holds its citation, in the reader's language.
      const first = sources[0];
      await items.nth(0).locator('button.dx-cite-button').click();
      const inPlace = items.nth(0).locator('.dx-said-inline[role="status"]');
      await until(() => textOf(inPlace), (s) => s === m.citation_copied, 'the confirmation beside the button');
      await until(() => textOf(announcer(page)), (s) => s === m.citation_copied, 'the same in the live region');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, want.citations[first.id], 'the clipboard holds the citation the domain writes');
      t.diagnostic(`${first.id} (${lang}): ${copied}`);
      assert.ok(copied.includes(first.url), 'the citation holds the address');
      if (first.title) {
        const title = typeof first.title === 'string' ? first.title : first.title.en;
        assert.ok(copied.includes(title), 'a publisher’s own title is cited as written');
      }

      // The first attendance figure.
      const figures = page_.locator('ul.dx-attendance > li');
      assert.equal(await figures.count(), chosen.attendance.length, 'one line per figure');
      await figures.nth(0).locator('button.dx-cite-button').click();
      await until(
        () => textOf(figures.nth(0).locator('.dx-said-inline[role="status"]')),
        (s) => s === m.citation_copied,
        'the figure’s confirmation beside its button',
      );
      await until(
        () => page.evaluate(() => navigator.clipboard.readText()),
        (s) => s === want.figure_citations[`${chosen.id}#0`],
        'the clipboard holds the figure’s citation, with its dialogue and source',
      );

      if (lang === 'en') {
        await figures.nth(0).scrollIntoViewIfNeeded();
        await items.nth(0).locator('button.dx-cite-button').click();
        await items.nth(0).scrollIntoViewIfNeeded();
        await screenshot(page, 'citation-copied-1280');
        await page.setViewportSize(PHONE);
        await items.nth(0).scrollIntoViewIfNeeded();
        await screenshot(page, 'citation-copied-375');
      }
      await assertClean(page, watch);
    });
  }

  test('1b. where the Clipboard API refuses, the citation is copied another way or shown to select', TIMEOUT, async (t) => {
    const chosen = suite.dataset.dialogues.find((d) => d.sources.length > 0);
    const query = `?dx-view=dialogue&dx-id=${chosen.id}&dx-today=${TODAY}`;
    const { page, watch, context } = await withClipboard(t, query);
    await context.addInitScript(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.reload();
    const item = page.locator(`${APP} ul.dx-sources > li`).first();
    await item.locator('button.dx-cite-button').click();
    const want = suite.oracle.files(query).citations[chosen.sources[0]];
    const said = await until(() => textOf(item.locator('.dx-said-inline')), (s) => s.length > 0, 'something is said');
    if (said === catalogue('en').citation_copied) {
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), want, 'the fallback copied the citation');
    } else {
      assert.equal(said, want.replace(/\s+/g, ' '), 'not copied: the citation is shown to be selected');
    }
    t.diagnostic(`with writeText refused: "${said.slice(0, 60)}…"`);
    await assertClean(page, watch);
  });

  for (const lang of ['en', 'fr', 'ar']) {
    test(`2. the CSV opens in the reader's spreadsheet, the machine form stays, the figures have their file (${lang})`, TIMEOUT, async (t) => {
      const query = `?dx-view=list&dx-theme=corruption&dx-today=${TODAY}&dx-lang=${lang}`;
      const want = suite.oracle.files(query);
      const m = catalogue(lang);
      const { page, watch } = await openApp(t, { query });
      await page.locator(`${APP} .dx-results`).waitFor();

      // The reader's form: their separator and headers, as the domain writes it.
      const reader = await download(page, exportButton(page, 'csv'));
      assert.equal(reader.name, want.names.csv);
      assert.equal(reader.text, want.csv, 'the file is the reader’s form the domain writes');
      const rows = parseCsv(reader.text, want.separator);
      assert.deepEqual(rows[0], m.csv_headers, `headers in ${lang}`);
      assert.equal(want.separator, lang === 'fr' ? ';' : ',', `${lang}: separated by ${want.separator}`);
      assert.ok(rows.slice(1).every((r) => r.length === rows[0].length), 'every row has as many fields as the header');
      // No column is mostly empty.
      rows[0].forEach((header, i) => {
        const empty = rows.slice(1).filter((r) => r[i] === '').length;
        assert.ok(empty * 2 <= rows.length - 1, `"${header}" is empty in ${empty} of ${rows.length - 1} rows`);
      });

      // The machine form: commas, snake_case headers, the same in every language.
      const machineButton = exportButton(page, 'csv-machine');
      assert.equal(await textOf(machineButton), m.download_csv_machine);
      const machine = await download(page, machineButton);
      assert.equal(machine.name, want.names['csv-machine']);
      assert.equal(machine.text, want.csv_machine);
      assert.equal(parseCsv(machine.text, ',')[0][0], 'dialogue_id', 'machine headers');

      // The attendance figures with their sources.
      const attendance = await download(page, exportButton(page, 'attendance'));
      assert.equal(attendance.name, want.names.attendance);
      assert.equal(attendance.text, want.attendance_csv, 'the figures, their sources and citations, as the domain writes them');
      const figures = parseCsv(attendance.text, want.separator).slice(1);
      t.diagnostic(`${lang}: ${rows.length - 1} entries, ${figures.length} figures; "${figures[0]?.[11]?.slice(0, 80)}…"`);
      assert.ok(figures.length > 0, 'some figures');
      await assertClean(page, watch);
    });
  }

  for (const lang of ['en', 'ar']) {
    test(`3. an empty result disables the downloads, says why, and resets with a button (${lang})`, TIMEOUT, async (t) => {
      const query = `?dx-view=list&dx-q=zzqxj-nothing&dx-lang=${lang}`;
      const m = catalogue(lang);
      const { page, watch } = await openApp(t, { query });
      await page.locator(`${APP} p.dx-empty-note`).waitFor();
      const available = suite.oracle.files(query).available;
      for (const kind of ['csv', 'csv-machine', 'attendance', 'json', 'ics']) {
        assert.equal(available[kind], false, `${kind}: nothing to write`);
        assert.ok(await exportButton(page, kind).isDisabled(), `${kind} is disabled`);
      }
      assert.equal(await textOf(page.locator(`${APP} .dx-export-why`)), m.nothing_to_download, 'the bar says why');

      const reset = page.locator(`${APP} .dx-empty-result button.dx-empty-reset`);
      assert.equal(await textOf(reset), m.reset_filters, '"reset them all" is a button');
      await reset.click();
      await until(() => params(page).has('dx-q'), (v) => v === false, 'the search is reset');
      await page.locator(`${APP} .dx-results article.dx-entry`).first().waitFor();
      assert.ok(await exportButton(page, 'csv').isEnabled(), 'the downloads are back');
      await assertClean(page, watch);
    });
  }

  for (const lang of ['en', 'ar']) {
    test(`4. the star has a word, a tooltip and a 44 px target, and confirms in the live region (${lang})`, TIMEOUT, async (t) => {
      const tip = dialogueById('tip-2023');
      const m = catalogue(lang);
      const { page, watch } = await openApp(t, { query: `?dx-view=dialogue&dx-id=${tip.id}&dx-lang=${lang}` });
      const star = page.locator(`${APP} .dx-dialogue-page .dx-card-head button.dx-star[data-star="${tip.id}"]`);
      await star.waitFor();
      assert.equal(await textOf(star), m.star_button, `the star says "${m.star_button}"`);
      const label = await star.getAttribute('aria-label');
      assert.equal(await star.getAttribute('title'), label, 'its tooltip is its full name');
      const box = await star.boundingBox();
      assert.ok(box.width >= 44 && box.height >= 44, `a 44 px target (${box.width} × ${box.height})`);

      await star.click();
      await until(() => star.getAttribute('aria-pressed'), (v) => v === 'true', 'starred');
      const [before, after] = m.starred_said.split('NAME');
      const said = await until(() => textOf(announcer(page)), (s) => s.startsWith(before.trim()), 'the live region confirms');
      assert.ok(said.endsWith(after.trim()), said);
      t.diagnostic(`${lang}: "${said}"`);
      await star.click();
      await until(() => star.getAttribute('aria-pressed'), (v) => v === 'false', 'unstarred');
      const [gone] = m.unstarred_said.split('NAME');
      await until(() => textOf(announcer(page)), (s) => s.startsWith(gone.trim()), 'the live region says it was removed');

      // Entries' stars too.
      await page.goto(`${suite.server.url}?dx-view=list&dx-lang=${lang}`);
      const entryStar = page.locator(`${APP} article.dx-entry button.dx-star`).first();
      await entryStar.waitFor();
      const entryBox = await entryStar.boundingBox();
      assert.ok(entryBox.width >= 44 && entryBox.height >= 44, `an entry's star is 44 px too (${entryBox.width} × ${entryBox.height})`);
      await assertClean(page, watch);
    });
  }

  test('5. "Share my agenda" uses the system share sheet where there is one, else copies and says "Copied" beside it', TIMEOUT, async (t) => {
    const tip = dialogueById('tip-2023');
    const seed = {
      script: ([key, value]) => {
        localStorage.setItem(key, value);
        Object.defineProperty(Navigator.prototype, 'share', {
          configurable: true,
          value(data) {
            window.sharedWith = data;
            return Promise.resolve();
          },
        });
      },
      arg: ['dialogue-explorer:stars:v1', JSON.stringify({ version: 1, dialogues: [tip.id], entries: [] })],
    };
    const phone = await openApp(t, { query: '?dx-view=mine', init: seed, viewport: PHONE });
    await phone.page.locator(`${APP} .dx-mine button.dx-share`).click();
    const shared = await until(() => phone.page.evaluate(() => window.sharedWith ?? null), (v) => v != null, 'the share sheet was opened');
    const link = await phone.page.locator(`${APP} input.dx-share-link`).inputValue();
    assert.equal(shared.url, link, 'with the share link');
    await until(() => textOf(phone.page.locator(`${APP} .dx-mine > p.dx-said`)), (s) => s === catalogue('en').shared_done, '"Shared."');
    await assertClean(phone.page, phone.watch);

    // No share sheet: the link, and "Copy the link" with "Copied." beside it.
    const desk = await withClipboard(t, '?dx-view=mine', {
      init: {
        script: ([key, value]) => {
          localStorage.setItem(key, value);
          // A browser without a share sheet (most desktops).
          delete Navigator.prototype.share;
        },
        arg: seed.arg,
      },
    });
    assert.equal(await desk.page.evaluate(() => 'share' in navigator), false, 'this browser has no share sheet');
    await desk.page.locator(`${APP} .dx-mine button.dx-share`).click();
    await desk.page.locator(`${APP} .dx-share-box button.dx-copy-link`).click();
    const beside = desk.page.locator(`${APP} .dx-share-row .dx-copied[role="status"]`);
    await until(() => textOf(beside), (s) => s === catalogue('en').copied, '"Copied." beside the button');
    assert.equal(
      await desk.page.evaluate(() => navigator.clipboard.readText()),
      await desk.page.locator(`${APP} input.dx-share-link`).inputValue(),
      'the clipboard holds the link',
    );
    await assertClean(desk.page, desk.watch);
  });

  for (const lang of ['en', 'ar']) {
    test(`6. a shared link lists what it holds, and names what the dataset no longer has (${lang})`, TIMEOUT, async (t) => {
      const tip = dialogueById('tip-2023');
      const m = catalogue(lang);
      const offer = (page) => page.locator(`${APP} .dx-shared-offer`);
      const missingText = (ids) => m.shared_missing.replace('IDS', ids);

      // One known, one gone: the known one is listed by name, the gone one by id.
      const a = await openApp(t, { query: `?dx-view=mine&dx-lang=${lang}&dx-shared=${tip.id},gone-dialogue` });
      await offer(a.page).waitFor();
      assert.equal(await textOf(offer(a.page).locator('.dx-shared-heading')), m.shared_items);
      const listed = await offer(a.page).locator('ul.dx-shared-list > li').allTextContents();
      assert.equal(listed.length, 1, 'the one dialogue the dataset has');
      const { groups } = suite.oracle.dialogue(tip.id);
      assert.ok(listed[0].startsWith(lang === 'en' ? groups : ''), `named: ${listed[0]}`);
      assert.equal(await textOf(offer(a.page).locator('.dx-shared-missing')), missingText('gone-dialogue'), 'the missing one by id');
      await assertClean(a.page, a.watch);

      // All gone: said, and not "Nothing starred yet".
      const b = await openApp(t, { query: `?dx-view=mine&dx-lang=${lang}&dx-shared=gone-dialogue` });
      await offer(b.page).waitFor();
      assert.equal(await textOf(offer(b.page).locator('.dx-shared-missing')), missingText('gone-dialogue'));
      assert.equal(await b.page.locator(`${APP} .dx-mine-empty`).count(), 0, 'not "Nothing starred yet"');
      await assertClean(b.page, b.watch);
    });
  }
});
