// End-to-end tests of the maintainer's page (maintain.html): a broken file opened, its problems
// placed as the validator command places them, the cursor taken to one, the text fixed by
// typing and undo still working, the preview, the download validated by the command; a
// dialogue added through the form and found in the preview's agenda; the form's refusals; the
// draft restored after a reload; the texts lacking a language; the warning before leaving; no
// request leaving the page; Arabic right to left; axe; screenshots at 1280 and 375 px.
// Run against the release build: `make build && node --test tests/e2e/maintain.test.mjs`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';

import { DESKTOP, NEEDS_BUILD, PHONE, assertAccessible, assertClean, until, useSuite } from './harness.mjs';
import { DATASET_PATH, distDir, repoRoot, screenshot } from './support.mjs';

const TIMEOUT = { timeout: 180_000 };
const PAGE = '#dialogue-explorer .dx-maintain';
const EDITOR = '#dx-maintain-text';
const COUNT = `${PAGE} .dx-maintain-count`;

const published = () => readFileSync(path.join(distDir, DATASET_PATH), 'utf8');

/** The published text with two mistakes the validator finds, and no syntax error. */
function broken(text) {
  const misspelt = text.replace('"format": "hybrid"', '"format": "hibrid"');
  const at = misspelt.indexOf('"themes": [', misspelt.indexOf('"topics_raised"'));
  const inside = at + '"themes": ['.length;
  return misspelt.slice(0, inside) + '"no-such-theme", ' + misspelt.slice(inside);
}

/** The validator command's problems of a text: `[{ line, column, message }]` and its status. */
function validate(text, dir) {
  const file = path.join(dir, 'checked.json');
  return writeFile(file, text).then(() => {
    const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'validate-dataset', '--', file], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const problems = run.stdout
      .split('\n')
      .map((line) => line.match(/^.*?:(\d+):(\d+): (.*)$/))
      .filter(Boolean)
      .map(([, line, column, message]) => ({ line: Number(line), column: Number(column), message }));
    return { status: run.status, problems, output: run.stdout + run.stderr };
  });
}

/** The UTF-16 offset of a 1-based line and column (columns count characters). */
function offsetOf(text, line, column) {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
  return offset + [...lines[line - 1]].slice(0, column - 1).join('').length;
}

const textOf = async (locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('the maintainer page', NEEDS_BUILD, () => {
  const suite = useSuite({ acceptDownloads: true });
  const openMaintainer = async (t, query = '', options = {}) => {
    const opened = await suite.openPage(t, `${suite.server.url}maintain.html${query}`, options);
    await opened.page.locator(PAGE).waitFor();
    return opened;
  };
  const openFile = (page, name, text) =>
    page.setInputFiles(`${PAGE} input[type=file]`, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const countSays = (page, pattern, message) =>
    until(() => textOf(page.locator(COUNT)), (s) => pattern.test(s), message, 10_000);
  const startPublished = async (page) => {
    await page.getByRole('button', { name: 'Start from the published dataset' }).click();
    await countSays(page, /^No problems/, 'the published dataset has no problem');
  };

  test('1. a broken file: its problems placed as the command places them, the cursor taken to one, fixed by typing, undo, the preview, the download valid', TIMEOUT, async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dx-maintain-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const { page, watch } = await openMaintainer(t);
    const text = broken(published());
    const expected = await validate(text, dir);
    assert.equal(expected.status, 1, 'the command refuses the broken file');
    assert.equal(expected.problems.length, 2, expected.output);

    await openFile(page, 'dialogues.json', text);
    await countSays(page, /^2 problems found$/, 'the count of problems');
    assert.equal(await page.locator(EDITOR).inputValue(), text, 'the editor holds the file as it is');
    const listed = await page.locator(`${PAGE} .dx-maintain-problem`).evaluateAll((items) =>
      items.map((li) => ({
        place: li.querySelector('.dx-maintain-place .dx-maintain-at').textContent.trim(),
        label: li.querySelector('.dx-maintain-place .dx-visually-hidden').textContent.trim(),
        path: li.querySelector('.dx-maintain-path')?.textContent.trim() ?? '',
        what: li.querySelector('.dx-maintain-what').textContent.trim(),
      })),
    );
    assert.deepEqual(
      listed.map((p) => `${p.place} ${p.path}: ${p.what}`),
      expected.problems.map((p) => `${p.line}:${p.column} ${p.message}`),
      'the same problems, places and sentences as validate-dataset',
    );
    assert.equal(listed[1].label, `Line ${expected.problems[1].line}, column ${expected.problems[1].column}`);
    const kinds = await page.locator(`${PAGE} .dx-maintain-counts li`).allTextContents();
    assert.equal(kinds.length, 2, `counts by kind: ${kinds}`);

    // Choosing the second problem puts the cursor there, with its line in view.
    await page.locator(`${PAGE} .dx-maintain-problem .dx-maintain-place`).nth(1).click();
    const { line, column } = expected.problems[1];
    const at = await page.locator(EDITOR).evaluate((area) => ({
      focused: document.activeElement === area,
      start: area.selectionStart,
      end: area.selectionEnd,
      top: area.scrollTop,
      height: area.clientHeight,
      gutter: document.querySelector('.dx-maintain-gutter').scrollTop,
      lineHeight: parseFloat(getComputedStyle(area).lineHeight),
    }));
    assert.ok(at.focused, 'the editor has the focus');
    assert.equal(at.start, offsetOf(text, line, column), 'the cursor is at the problem');
    assert.equal(at.end, at.start);
    const lineTop = (line - 1) * at.lineHeight;
    assert.ok(lineTop >= at.top && lineTop < at.top + at.height, `line ${line} is in view (${JSON.stringify(at)})`);
    const scrolled = await page.evaluate(() => [
      document.querySelector('#dx-maintain-text').scrollTop,
      document.querySelector('.dx-maintain-gutter').scrollTop,
    ]);
    assert.ok(Math.abs(scrolled[0] - scrolled[1]) < 1, `the line numbers follow the text (${scrolled})`);
    await screenshot(page, 'maintain-problems-1280');

    // The preview waits for a valid text.
    assert.match(await textOf(page.locator(`${PAGE} .dx-maintain-preview`)), /The preview appears once the text is valid/);

    // Fixed by typing: the unknown theme taken out, the format written right.
    const select = (from, length) =>
      page.locator(EDITOR).evaluate((area, [s, n]) => {
        area.focus();
        area.setSelectionRange(s, s + n);
      }, [from, length]);
    await select(text.indexOf('"no-such-theme", '), '"no-such-theme", '.length);
    await page.keyboard.press('Backspace');
    await countSays(page, /^1 problem found$/, 'one problem left');
    const now = await page.locator(EDITOR).inputValue();
    await select(now.indexOf('hibrid'), 'hibrid'.length);
    await page.keyboard.type('hybrid');
    await countSays(page, /^No problems: the dataset is valid\.$/, 'the text is valid');
    await page.locator(`${PAGE} .dx-maintain-explorer .dx-explorer`).waitFor();
    assert.doesNotMatch(await textOf(page.locator(`${PAGE} .dx-maintain-preview`)), /preview appears once/);
    // On a wide screen the preview stands beside the editing.
    const [edit, beside] = await Promise.all([
      page.locator('.dx-maintain-edit').boundingBox(),
      page.locator('.dx-maintain-preview').boundingBox(),
    ]);
    assert.ok(beside.x >= edit.x + edit.width - 1, 'the preview is beside the editor at 1280 px');

    // Undo takes the typing back, and the problem with it; redo again.
    await page.keyboard.press('Control+z');
    await countSays(page, /^1 problem found$/, 'undo brings the problem back');
    assert.match(await textOf(page.locator(`${PAGE} .dx-maintain-preview`)), /shows its last valid version/, 'the last valid preview is kept, and said');
    await page.locator(`${PAGE} .dx-maintain-explorer .dx-explorer`).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await countSays(page, /^No problems/, 'redo fixes it again');
    const fixed = await page.locator(EDITOR).inputValue();
    assert.equal(fixed, published(), 'fixed back to the published text');

    // Downloaded as it is, with a final newline, and valid for the command.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download dialogues.json' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'dialogues.json');
    const saved = path.join(dir, 'downloaded.json');
    await download.saveAs(saved);
    const bytes = readFileSync(saved, 'utf8');
    assert.equal(bytes, fixed.endsWith('\n') ? fixed : `${fixed}\n`, 'the edited text, ending with a newline');
    const checked = await validate(bytes, dir);
    assert.equal(checked.status, 0, `validate-dataset accepts the download: ${checked.output}`);
    assert.match(await textOf(page.locator(`${PAGE} .dx-maintain-status`)), /^Downloaded\./);

    await assertAccessible(page, 'on the maintainer page with a preview');
    await assertClean(page, watch);
    // Nothing typed or opened left the browser: the only requests are the page's files.
    const asked = suite.server.requests;
    assert.ok(asked.every((r) => r.startsWith('GET ')), `only GET requests: ${asked}`);
    assert.ok(!asked.some((r) => r.includes('no-such-theme') || r.includes('hibrid')), 'no edit in any address');
  });

  test('2. a dialogue added through the form lands in the text in date order and shows in the preview\'s agenda; undo takes it out', TIMEOUT, async (t) => {
    const { page, watch } = await openMaintainer(t);
    await startPublished(page);
    await page.locator(`${PAGE} summary`, { hasText: 'Add a dialogue' }).click();
    const form = page.locator(`${PAGE} .dx-maintain-form`);

    // An empty form is refused, and each reason leads to its field.
    await form.getByRole('button', { name: 'Add this dialogue to the text' }).click();
    const reasons = form.locator('.dx-maintain-refusals a');
    await reasons.first().waitFor();
    assert.ok((await reasons.count()) >= 2, 'the reasons are listed');
    await reasons.first().click();
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    assert.match(focused, /-wg$/, `the first reason leads to the working groups (focus on ${focused})`);
    assert.equal(await page.locator(EDITOR).inputValue(), published(), 'a refused dialogue leaves the text alone');

    const group = suite.dataset.working_groups[0];
    const theme = suite.dataset.themes[0];
    const source = suite.dataset.sources[0];
    await form.getByLabel(group.name.en, { exact: true }).check();
    await form.getByLabel('Date', { exact: true }).fill('2031-03');
    await form.getByLabel('Format').selectOption({ label: 'Hybrid (in person and online)' });
    await form.getByLabel('Venue').fill('Vienna');
    await form.getByRole('button', { name: 'Add an entry' }).click();
    const entry = form.locator('fieldset.dx-maintain-item', { hasText: 'Entry 1' });
    await entry.getByLabel('Kind').selectOption({ label: 'Topic raised' });
    await entry.getByLabel('Text (English)').fill('A topic raised at a dialogue made up for this test');
    await entry.getByLabel('Theme 1').selectOption(theme.id);
    await entry.getByLabel('Source').selectOption(source.id);
    await form.getByLabel('How certain is this record?').selectOption({ index: 2 });
    await form.getByRole('button', { name: 'Add this dialogue to the text' }).click();

    const status = await until(
      () => textOf(page.locator(`${PAGE} .dx-maintain-status`)),
      (s) => /^Dialogue “.+” added to the text at line \d+\.$/.test(s),
      'the page says where the dialogue went',
    );
    const id = status.match(/“(.+)”/)[1];
    assert.match(id, new RegExp(`2031`), `a fresh id of the year (${id})`);
    await countSays(page, /^No problems/, 'the text with the new dialogue is valid');
    const edited = await page.locator(EDITOR).inputValue();
    const data = JSON.parse(edited);
    const ids = data.dialogues.map((d) => d.id);
    assert.equal(ids.at(-1), id, 'the latest dialogue goes last, in date order');
    const added = data.dialogues.at(-1);
    assert.deepEqual(added.working_groups, [group.id]);
    assert.equal(added.date, '2031-03');
    assert.equal(added.topics_raised[0].themes[0], theme.id);
    // The cursor is on the new dialogue.
    const cursor = await page.locator(EDITOR).evaluate((a) => a.selectionStart);
    assert.equal(edited.slice(cursor, cursor + 1), '{', 'the cursor is at the new dialogue');

    // The preview's agenda has it, upcoming.
    const preview = page.locator(`${PAGE} .dx-maintain-explorer`);
    await preview.getByRole('link', { name: 'Agenda' }).first().click();
    await preview.locator(`.dx-card[data-dialogue="${id}"]`).waitFor();
    await screenshot(page, 'maintain-preview-1280');

    // The change summary names it.
    const save = page.locator(`${PAGE} section[aria-labelledby="dx-maintain-save"]`);
    assert.match(await textOf(save), new RegExp(`Dialogues added: ${id}`));

    // Undo takes the whole dialogue out in one step.
    await page.locator(EDITOR).focus();
    await page.keyboard.press('Control+z');
    await until(() => page.locator(EDITOR).inputValue(), (v) => v === published(), 'undo takes the dialogue out');
    await assertAccessible(page, 'with the form filled');
    await assertClean(page, watch);
  });

  test('3. a draft kept in the browser is offered back after a reload, restored or discarded; leaving with edits warns', TIMEOUT, async (t) => {
    const { page, context } = await openMaintainer(t);
    await startPublished(page);
    await page.locator(EDITOR).evaluate((a) => {
      a.focus();
      a.setSelectionRange(1, 1);
    });
    await page.keyboard.type('\n  "draft": 1,');
    await countSays(page, /problems? found$/, 'the edit is checked');
    const edited = await page.locator(EDITOR).inputValue();
    await until(() => page.evaluate(() => localStorage.getItem('dx-maintain-draft') !== null), Boolean, 'the draft is kept');

    // Leaving asks first.
    const asked = new Promise((resolve) => page.once('dialog', (d) => resolve(d.type()) || d.dismiss()));
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload', 'the page warns before leaving with edits');

    const again = await context.newPage();
    await again.goto(`${suite.server.url}maintain.html`);
    const banner = again.locator(`${PAGE} .dx-maintain-draft`);
    await banner.waitFor();
    assert.match(await textOf(banner), /keeps a draft/);
    assert.equal(await again.locator(EDITOR).inputValue(), '', 'nothing is restored unasked');
    await banner.getByRole('button', { name: 'Restore the draft' }).click();
    assert.equal(await again.locator(EDITOR).inputValue(), edited, 'the draft is back as it was');
    await countSays(again, /problems? found$/, 'and checked');

    // Discarded: gone for good.
    await again.reload();
    await again.locator(`${PAGE} .dx-maintain-draft`).getByRole('button', { name: 'Discard the draft' }).click();
    assert.equal(await again.evaluate(() => localStorage.getItem('dx-maintain-draft')), null);
    await again.reload();
    await again.locator(PAGE).waitFor();
    await again.waitForTimeout(300);
    assert.equal(await again.locator(`${PAGE} .dx-maintain-draft`).count(), 0, 'no draft is offered after discarding');
  });

  test('4. texts lacking a language are listed, and filtered by the language they lack', TIMEOUT, async (t) => {
    const { page, watch } = await openMaintainer(t);
    const text = published().replace('"ar": "فيينا",\n', '');
    assert.notEqual(text, published(), 'the test takes out an Arabic venue');
    await openFile(page, 'dialogues.json', text);
    await countSays(page, /^No problems/, 'a missing translation is no problem');
    const section = page.locator(`${PAGE} details:has(#dx-maintain-translations)`);
    await section.locator('summary').click();
    await section.getByLabel('Show').selectOption({ label: 'Show only texts missing Arabic' });
    const listed = section.locator('.dx-maintain-missing');
    await listed.first().waitFor();
    const rows = await listed.allTextContents();
    assert.ok(rows.length >= 1, 'the venue is listed');
    assert.ok(rows.every((r) => /Arabic/.test(r)), `every text listed lacks Arabic: ${rows.join(' | ')}`);
    assert.ok(rows.some((r) => /venue/.test(r) && /Vienna/.test(r)), 'the venue whose Arabic was taken out');
    await section.getByLabel('Show').selectOption({ label: 'Show only texts missing Chinese' });
    await until(() => listed.allTextContents(), (r) => r.every((x) => /Chinese/.test(x)), 'the filter follows the language');
    assert.ok(!(await listed.allTextContents()).some((r) => /venue/.test(r) && /Vienna/.test(r) && !/Chinese/.test(r)));
    await assertClean(page, watch);
  });

  test('5. the footer of the standalone page leads here, and the page reads right to left in Arabic, at 1280 and 375 px', TIMEOUT, async (t) => {
    const { page } = await suite.openApp(t);
    await page.getByRole('link', { name: 'Keep this dataset up to date' }).click();
    await page.waitForURL(/maintain\.html$/);
    await page.locator(PAGE).waitFor();
    assert.equal(await page.title(), 'Keep the dataset up to date');

    for (const viewport of [DESKTOP, PHONE]) {
      const { page: ar, watch } = await openMaintainer(t, '?lang=ar', { viewport });
      const root = ar.locator(PAGE);
      assert.equal(await root.getAttribute('dir'), 'rtl');
      assert.equal(await ar.evaluate(() => document.documentElement.lang), 'ar');
      await openFile(ar, 'dialogues.json', broken(published()));
      await until(() => textOf(ar.locator(COUNT)), (s) => /2/.test(s) && !/problem/.test(s), 'the count in Arabic');
      // The text itself stays left to right.
      assert.equal(await ar.locator('.dx-maintain-editor').getAttribute('dir'), 'ltr');
      const width = await ar.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `no sideways scroll at ${viewport.width} px (${width})`);
      await assertAccessible(ar, `in Arabic at ${viewport.width} px`);
      await screenshot(ar, `maintain-ar-${viewport.width}`);
      await assertClean(ar, watch);
    }

    const { page: phone } = await openMaintainer(t, '', { viewport: PHONE });
    await openFile(phone, 'dialogues.json', broken(published()));
    await countSays(phone, /^2 problems found$/, 'the count at 375 px');
    await phone.locator('#dx-maintain-problems').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(phone, 'maintain-problems-375');
    const editor = phone.locator(EDITOR);
    await editor.evaluate((a) => {
      a.focus();
      a.value = a.value.replace('"no-such-theme", ', '').replace('hibrid', 'hybrid');
      a.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await countSays(phone, /^No problems/, 'fixed at 375 px');
    await phone.locator(`${PAGE} .dx-maintain-explorer .dx-explorer`).waitFor();
    // On a phone the preview comes below the editing.
    const [edit, preview] = await Promise.all([
      phone.locator('.dx-maintain-edit').boundingBox(),
      phone.locator('.dx-maintain-preview').boundingBox(),
    ]);
    assert.ok(preview.y >= edit.y + edit.height - 1, 'the preview is below on a narrow screen');
    await phone.locator('#dx-maintain-preview').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(phone, 'maintain-preview-375');
  });
});
