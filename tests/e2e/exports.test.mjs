// End-to-end tests of what a reader takes away from the explorer: the CSV, JSON and calendar
// downloads of the selection, "Add to calendar" on one dialogue, stars and My agenda (kept in
// localStorage), shared agendas, storage that cannot be read or written, and printing.
//
// Every expectation comes from the dataset of the build (dist/data/dialogues.json) as the app's
// own domain sees it (examples/oracle.rs, through `suite.oracle`: the selections, and the files
// that core::export writes for them): no count or id list is written down here beyond the few
// dialogues the tests pick by name.
// Run against the release build: `make build && node --test tests/e2e/exports.test.mjs`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';

import { APP, NEEDS_BUILD, assertClean, axeReport, en, facetLabel } from './harness.mjs';
import { params, ready, showAll, until, useSuite } from './harness.mjs';
import { repoRoot, settle } from './support.mjs';

const TIMEOUT = { timeout: 120_000 };
const TODAY = '2026-11-28';
const STORAGE_KEY = 'dialogue-explorer:stars:v1';

// ---------------------------------------------------------------------------------------------
// What the files should hold, computed from the dataset.
// ---------------------------------------------------------------------------------------------

/** A Text written `{ "en": "x" }` and one written `"x"` are the same value. */
function normalise(value) {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'en' && typeof value.en === 'string') return value.en;
    return Object.fromEntries(keys.filter((k) => value[k] !== null).map((k) => [k, normalise(value[k])]));
  }
  return value;
}

/** "4 Oct 2023", "Oct 2025", "2025": a date as the app writes it short (Intl, en-GB). */
function shortDate(date) {
  const [y, m, day] = date.split('-').map(Number);
  if (!m) return String(y);
  const options = { timeZone: 'UTC', year: 'numeric', month: 'short', ...(day ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat('en-GB', options).format(new Date(Date.UTC(y, m - 1, day || 1)));
}

// ---------------------------------------------------------------------------------------------
// Readers of the downloaded files.
// ---------------------------------------------------------------------------------------------

/**
 * RFC 4180: fields separated by commas, records by line breaks; a quoted field may hold
 * commas, line breaks and doubled quotes. Returns the records and how each one ended.
 */
function parseCsv(text) {
  const rows = [];
  const endings = [];
  let row = [];
  let field = '';
  let inQuotes = false;
  let wasQuoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    wasQuoted = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        inQuotes = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new Error(`CSV: ${JSON.stringify(next)} after a closing quote at offset ${i}`);
        }
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`CSV: a quote inside an unquoted field at offset ${i}`);
      inQuotes = true;
      wasQuoted = true;
      i += 1;
    } else if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r' || c === '\n') {
      const crlf = c === '\r' && text[i + 1] === '\n';
      endField();
      rows.push(row);
      row = [];
      endings.push(crlf ? 'CRLF' : c === '\r' ? 'CR' : 'LF');
      i += crlf ? 2 : 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (inQuotes) throw new Error('CSV: a quoted field is not closed');
  if (field !== '' || row.length > 0 || wasQuoted) {
    endField();
    rows.push(row);
    endings.push('end of file');
  }
  return { rows, endings };
}

/** The records of a CSV text (after its byte-order mark), each a map of column name → field. */
function csvRecords(text) {
  const { rows } = parseCsv(text.replace(/^\ufeff/, ''));
  const header = rows.shift();
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

/** Undoes TEXT escaping (RFC 5545 3.3.11). */
function unescapeText(value) {
  return value.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Unfolds an iCalendar text and reads its events: each a Map of property name → { params,
 * value } (values unescaped for the TEXT properties), plus the raw (folded) lines.
 */
function parseIcs(text) {
  const physical = text.split('\r\n');
  assert.equal(physical.at(-1), '', 'the calendar ends with CRLF');
  physical.pop();
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  unfolded.pop();
  const calendar = new Map();
  const events = [];
  let event = null;
  for (const line of unfolded) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `a content line has a name and a value: ${JSON.stringify(line)}`);
    const [name, ...params] = line.slice(0, colon).split(';');
    const raw = line.slice(colon + 1);
    if (name === 'BEGIN' && raw === 'VEVENT') {
      event = new Map();
      continue;
    }
    if (name === 'END' && raw === 'VEVENT') {
      events.push(event);
      event = null;
      continue;
    }
    const text = ['SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME'].includes(name);
    (event ?? calendar).set(name, { params, raw, value: text ? unescapeText(raw) : raw });
  }
  assert.equal(event, null, 'every VEVENT is closed');
  return { physical, unfolded, calendar, events };
}

/** Clicks `locator` and returns the file it downloads: name and text. */
async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), locator.click()]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Counts the downloads a click starts within `wait` ms. */
async function downloadsAfter(page, action, wait = 1_500) {
  let count = 0;
  const listener = () => (count += 1);
  page.on('download', listener);
  await action();
  await page.waitForTimeout(wait);
  page.off('download', listener);
  return count;
}

/** The Rust validator on a JSON text: `{ status, stdout, stderr }`. */
function validateWithRust(text) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dx-export-'));
  try {
    const file = path.join(dir, 'export.json');
    writeFileSync(file, text);
    const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'validate-dataset', '--', file], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 600_000,
    });
    return { status: run.status, stdout: run.stdout ?? '', stderr: (run.stderr ?? '') + (run.error ? String(run.error) : '') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

describe('take it with you', NEEDS_BUILD, () => {
  // Every page in a fresh context (empty storage) that accepts downloads.
  const suite = useSuite({ acceptDownloads: true });
  const { openApp, goto, dialogueById } = suite;

  /** The entry of the dataset with this id. */
  const entryById = (id) =>
    suite.dataset.dialogues.flatMap((d) => [...d.agenda_items, ...d.topics_raised]).find((e) => e.id === id);
  /** The dialogues in the app's (date) order. */
  const chronological = () => suite.oracle.state('').dialogues.map(dialogueById);
  /** Every entry with its dialogue, in the app's order. */
  const allEntries = () =>
    suite.oracle.state('').hits.map((h) => ({ entry: entryById(h.entry), dialogue: dialogueById(h.dialogue) }));
  /** Whether the dialogue with this id is known to the day (the calendar has it then). */
  const hasDay = (id) => suite.oracle.dialogue(id).precision === 'day';
  /** The name a dialogue goes by in the app's sentences: "Smuggling of Migrants, Oct 2025". */
  const dialogueName = (id) => {
    const { groups, date } = suite.oracle.dialogue(id);
    return `${groups}${suite.oracle.catalogue('en').comma}${shortDate(date)}`;
  };
  /** The events of the calendar the domain writes for the screen at `query`, by UID. */
  const calendarEvents = (query) =>
    new Map(parseIcs(suite.oracle.files(query).calendar.text).events.map((e) => [e.get('UID').value, e]));

  const stored = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const storedStars = async (page) => {
    const text = await stored(page);
    return text == null ? null : JSON.parse(text);
  };
  const starsJson = (dialogues, entries) => ({ version: 1, dialogues: [...dialogues].sort(), entries: [...entries].sort() });
  const mineTab = (page) => page.locator(`${APP} nav.dx-views a.dx-tab`, { hasText: /^My agenda/ });
  const tabText = async (page) => ((await mineTab(page).textContent()) ?? '').trim();
  const exportButton = (page, kind) => page.locator(`${APP} .dx-export button[data-export="${kind}"]`);
  const exportSaid = (page) => page.locator(`${APP} .dx-export .dx-said[role="status"]`);
  const textOf = async (locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const card = (page, id) => page.locator(`${APP} article.dx-card[data-dialogue="${id}"]`);
  const dialogueStar = (page, id) => page.locator(`${APP} button.dx-star[data-star="${id}"]`);
  const entryStar = (page, id) => page.locator(`${APP} article.dx-entry[data-entry="${id}"] button.dx-star[data-star="${id}"]`);
  const starNotice = (page) => page.locator(`${APP} p.dx-star-notice`);
  const offer = (page) => page.locator(`${APP} .dx-shared-offer`);
  const offerButton = (page, name) => offer(page).locator('button', { hasText: name });

  /** What My agenda lists: its dialogue cards and its own list of starred entries. */
  async function readMine(page) {
    const mine = page.locator(`${APP} .dx-mine`);
    await mine.waitFor();
    return {
      dialogues: await mine.locator('ol.dx-cards article.dx-card').evaluateAll((els) => els.map((e) => e.dataset.dialogue)),
      entries: await mine
        .locator(':scope > ul.dx-entries article.dx-entry')
        .evaluateAll((els) => els.map((e) => e.dataset.entry)),
    };
  }

  /** The dialogue known only by its month (the calendar leaves it out), if the dataset has one. */
  const monthOnly = () => suite.dataset.dialogues.find((d) => d.date && !hasDay(d.id));

  /** An entry of a dialogue with a day, other than those of `except`. */
  function someEntry(...except) {
    const hit = allEntries().find((h) => hasDay(h.dialogue.id) && !except.includes(h.dialogue.id));
    assert.ok(hit, 'an entry of a dialogue with a day');
    return hit;
  }

  // -------------------------------------------------------------------------------------------

  test('1. the CSV of the entries list holds the entries on screen, quoted as RFC 4180 says', TIMEOUT, async (t) => {
    // A year and a theme whose entries span other years too, the pair with the most entries.
    // With a theme picked, the year facet counts its entries in each year.
    const themes = suite.dataset.themes.map((th) => th.id);
    const pairs = [];
    suite.oracle.states(themes.map((theme) => `?dx-theme=${theme}`)).forEach((answer, i) => {
      for (const { facet, key: year, count: n } of answer.facets) {
        if (facet === 'year' && n > 0 && n < answer.counts.entries) pairs.push({ theme: themes[i], year, n });
      }
    });
    pairs.sort((a, b) => b.n - a.n || a.theme.localeCompare(b.theme) || a.year.localeCompare(b.year));
    assert.ok(pairs.length > 0, 'a theme and a year that narrow the entries');
    const { theme, year } = pairs[0];
    const selection = `?dx-theme=${theme}&dx-year=${year}`;
    const expected = suite.oracle.state(selection).hits;
    t.diagnostic(`theme ${theme}, year ${year}: ${expected.length} entries`);

    const { page, watch } = await openApp(t, { query: '?dx-view=list' });
    await page.locator(`${APP} .dx-results`).waitFor();
    await facetLabel(page, 'theme', theme).click();
    await until(() => params(page).get('dx-theme'), (v) => v === theme, `dx-theme=${theme}`);
    await facetLabel(page, 'year', year).click();
    await until(() => params(page).get('dx-year'), (v) => v === year, `dx-year=${year}`);
    const entries = page.locator(`${APP} .dx-results article.dx-entry[data-entry]`);
    await until(() => entries.count(), (n) => n === expected.length, `the list shows ${expected.length} entries`);
    const shown = await entries.evaluateAll((els) =>
      els.map((e) => ({
        id: e.dataset.entry,
        text: e.querySelector('.dx-entry-text').textContent.trim(),
        themes: [...e.querySelectorAll('.dx-tags .dx-tag')].map((a) => a.textContent.trim()),
      })),
    );
    assert.deepEqual(
      shown.map((s) => s.id),
      expected.map((h) => h.entry),
      'the list shows the entries of the theme in that year, in order',
    );

    // The machine form (commas, snake_case headers); the reader's form is checked in
    // citations.test.mjs.
    const file = await download(page, exportButton(page, 'csv-machine'));
    assert.equal(file.name, `dialogues-machine-${year}-${theme}.csv`, 'the file name says the year and the theme');
    await until(() => textOf(exportSaid(page)), (s) => s === `Downloaded ${file.name}.`, 'the status says what was downloaded');

    assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file starts with a UTF-8 byte-order mark');
    const { rows, endings } = parseCsv(file.text.slice(1));
    assert.ok(endings.every((e) => e === 'CRLF'), `every record ends with CRLF (${[...new Set(endings)].join(', ')})`);
    const header = rows.shift();
    const want = csvRecords(suite.oracle.files(selection).csv_machine);
    const columns = want.header;
    assert.deepEqual(header, columns, 'the header names the columns');
    assert.ok(rows.every((r) => r.length === header.length), 'every row has as many fields as the header');
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

    // Same entries, order, text and theme labels as on screen…
    assert.deepEqual(
      records.map((r) => ({ id: r.entry_id, text: r.text, themes: r.themes.split('; ') })),
      shown,
      'the CSV rows are the entries on screen: ids, order, text, theme labels',
    );
    // …and every column as the domain writes it.
    assert.deepEqual(records, want.records, 'every field of every row');
    assert.ok(
      records.some((r) => Object.values(r).some((v) => /[,"]/.test(v))),
      'some field holds a comma or a quote, so that the quoting is exercised',
    );

    // Without filters: every entry of the dataset.
    await page.locator(`${APP} button.dx-reset`).click();
    await page.locator(`${APP} .dx-main .dx-show-more button`).waitFor();
    await showAll(page, '.dx-main');
    const total = suite.oracle.state('').counts.entries;
    await until(() => entries.count(), (n) => n === total, 'Reset all lists every entry');
    const all = await download(page, exportButton(page, 'csv-machine'));
    assert.equal(all.name, 'dialogues-machine-all.csv', 'without filters the file is dialogues-machine-all.csv');
    await until(() => textOf(exportSaid(page)), (s) => s === 'Downloaded dialogues-machine-all.csv.', 'the status names the new file');
    const parsed = parseCsv(all.text.replace(/^\ufeff/, ''));
    assert.ok(parsed.endings.every((e) => e === 'CRLF'), 'every record ends with CRLF');
    const allRows = parsed.rows.slice(1).map((r) => Object.fromEntries(columns.map((h, i) => [h, r[i]])));
    assert.equal(allRows.length, total, `one row per entry of the dataset (${total})`);
    assert.deepEqual(allRows, csvRecords(suite.oracle.files('').csv_machine).records, 'every entry, every field');
    await assertClean(page, watch);
  });

  test('2. the JSON of a selection validates and holds the dialogues and entries on screen', { timeout: 660_000 }, async (t) => {
    // A theme found in several dialogues, at least one of which has entries without it.
    const themes = suite.dataset.themes.map((th) => th.id);
    const candidates = suite.oracle
      .states(themes.map((theme) => `?dx-theme=${theme}`))
      .map(({ hits, dialogues }, i) => {
        const pruned = dialogues.some((id) => {
          const d = dialogueById(id);
          return d.agenda_items.length + d.topics_raised.length > hits.filter((h) => h.dialogue === id).length;
        });
        return { theme: themes[i], hits, dialogues, pruned };
      })
      .filter((c) => c.dialogues.length >= 2 && c.pruned);
    const chosen = candidates.find((c) => c.theme === 'children') ?? candidates[0];
    assert.ok(chosen, 'a theme found in several dialogues, not in all their entries');
    const { theme } = chosen;

    const { page, watch } = await openApp(t, { query: `?dx-view=list&dx-theme=${theme}` });
    await page.locator(`${APP} .dx-results`).waitFor();
    const groups = await page.locator(`${APP} .dx-results section.dx-result-group`).evaluateAll((sections) =>
      sections.map((s) => ({
        id: new URL(s.querySelector('h3 a').href).searchParams.get('dx-id'),
        entries: [...s.querySelectorAll('article.dx-entry')].map((e) => e.dataset.entry),
      })),
    );
    assert.deepEqual(
      groups.map((g) => g.id),
      chosen.dialogues,
      `the list groups the entries of ${theme} by dialogue`,
    );

    const file = await download(page, exportButton(page, 'json'));
    assert.equal(file.name, `dialogues-${theme}.json`, 'the file name says the theme');
    await until(() => textOf(exportSaid(page)), (s) => s === `Downloaded ${file.name}.`, 'the status says what was downloaded');

    const check = validateWithRust(file.text);
    assert.equal(check.status, 0, `the Rust validator accepts the file:\n${check.stdout}${check.stderr}`);
    assert.match(check.stdout, /valid: /, 'the validator says "valid"');
    t.diagnostic(check.stdout.trim());

    const data = JSON.parse(file.text);
    assert.equal(data.schema_version, suite.dataset.schema_version, 'the schema version of the dataset');
    assert.deepEqual(
      data.dialogues.map((d) => ({ id: d.id, entries: [...d.agenda_items, ...d.topics_raised].map((e) => e.id) })),
      groups,
      'the file holds the dialogues on screen with just their entries on screen',
    );
    // Each dialogue is the dataset's, but for the entries left out.
    const selected = new Set(chosen.hits.map((h) => h.entry));
    for (const written of data.dialogues) {
      const original = dialogueById(written.id);
      const keep = (e) => selected.has(e.id);
      assert.deepEqual(
        normalise(written),
        normalise({
          ...original,
          agenda_items: original.agenda_items.filter(keep),
          topics_raised: original.topics_raised.filter(keep),
        }),
        `${written.id} is written as in the dataset, with its entries of ${theme} only`,
      );
    }
    // What the dialogues refer to (as the domain collects it), as in the dataset, and the whole
    // theme list.
    const want = JSON.parse(suite.oracle.files(`?dx-theme=${theme}`).json);
    const referred = (list) => new Set(want[list].map((x) => x.id));
    assert.deepEqual(
      normalise(data.sources),
      normalise(suite.dataset.sources.filter((s) => referred('sources').has(s.id))),
      'the sources the written dialogues refer to, as in the dataset, in its order',
    );
    assert.deepEqual(
      normalise(data.working_groups),
      normalise(suite.dataset.working_groups.filter((w) => referred('working_groups').has(w.id))),
      'the working groups they refer to',
    );
    assert.deepEqual(normalise(data.themes), normalise(suite.dataset.themes), 'every theme');
    assert.deepEqual(data, want, 'the file is the selection as the domain writes it');

    // Without filters the file is the dataset itself, dialogues in date order.
    await page.locator(`${APP} button.dx-reset`).click();
    await until(() => params(page).has('dx-theme'), (v) => v === false, 'Reset all drops the theme');
    const whole = await download(page, exportButton(page, 'json'));
    assert.equal(whole.name, 'dialogues-all.json');
    const wholeData = JSON.parse(whole.text);
    assert.deepEqual(
      normalise(wholeData),
      normalise({ ...suite.dataset, dialogues: chronological() }),
      'the unfiltered JSON is the dataset (dialogues in date order)',
    );
    await assertClean(page, watch);
  });

  test('2b. downloads of an empty selection: disabled, no file, and the bar says why', { timeout: 660_000 }, async (t) => {
    const nothing = 'zzqxj-nothing';
    const { page, watch } = await openApp(t, { query: `?dx-view=list&dx-q=${nothing}` });
    await page.locator(`${APP} p.dx-empty-note`).waitFor();
    for (const kind of ['csv', 'csv-machine', 'attendance', 'json', 'ics']) {
      assert.ok(await exportButton(page, kind).isDisabled(), `${kind}: a button with nothing to write is disabled`);
      const files = await downloadsAfter(page, () => exportButton(page, kind).click({ force: true }), 500);
      assert.equal(files, 0, `${kind}: no file for nothing`);
    }
    await until(
      () => textOf(page.locator(`${APP} .dx-export .dx-export-why`)),
      (s) => s.startsWith('Nothing to download'),
      'the bar says there is nothing to download',
    );
    await assertClean(page, watch);
  });

  test('3. the calendar of the agenda has one event per dialogue with a day, folded and escaped', TIMEOUT, async (t) => {
    const query = `?dx-view=agenda&dx-today=${TODAY}`;
    const { page, watch } = await openApp(t, { query });
    const cards = page.locator(`${APP} .dx-agenda article.dx-card`);
    await cards.first().waitFor();
    await showAll(page, '.dx-agenda');
    const shown = await cards.evaluateAll((els) => els.map((e) => e.dataset.dialogue));
    assert.deepEqual([...shown].sort(), suite.dataset.dialogues.map((d) => d.id).sort(), 'the agenda shows every dialogue');

    const file = await download(page, exportButton(page, 'ics'));
    assert.equal(file.name, 'dialogues-all.ics');
    const ics = parseIcs(file.text);

    // Lines: CRLF only, at most 75 octets, and folding really happened.
    assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(file.text), 'no bare CR or LF: every line ends with CRLF');
    const long = ics.physical.filter((l) => Buffer.byteLength(l, 'utf8') > 75);
    assert.deepEqual(long, [], 'no line is longer than 75 octets');
    assert.ok(ics.physical.some((l) => l.startsWith(' ')), 'long lines are folded (continuations start with a space)');
    assert.equal(ics.calendar.get('VERSION')?.value, '2.0', 'VERSION:2.0');
    assert.ok(ics.calendar.get('PRODID'), 'a PRODID');
    assert.equal(file.text.split('\r\n')[0], 'BEGIN:VCALENDAR', 'starts with BEGIN:VCALENDAR');
    assert.ok(file.text.endsWith('END:VCALENDAR\r\n'), 'ends with END:VCALENDAR');

    const withDay = shown.filter(hasDay);
    const uids = ics.events.map((e) => e.get('UID')?.value);
    assert.deepEqual(
      [...uids].sort(),
      withDay.map((id) => `${id}@dialogue-explorer`).sort(),
      'one event per dialogue on screen with a day',
    );

    // Every event as the domain writes it (dates, summary, description, location, link), but
    // for DTSTAMP, the moment of the download.
    const expected = calendarEvents(query);
    const wrong = [];
    for (const event of ics.events) {
      const uid = event.get('UID').value;
      const id = uid.replace(/@dialogue-explorer$/, '');
      const want = expected.get(uid) ?? new Map();
      for (const name of new Set([...want.keys(), ...event.keys()])) {
        if (name === 'DTSTAMP') continue;
        const [got, value] = [event.get(name), want.get(name)];
        if (!got) wrong.push(`${id}: no ${name}`);
        else if (!value) wrong.push(`${id}: ${name} ${JSON.stringify(got.value)} is not in the domain's event`);
        else if (got.value !== value.value || got.params.join(';') !== value.params.join(';'))
          wrong.push(`${id}: ${[name, ...got.params].join(';')}:${JSON.stringify(got.value)}, expected ${[name, ...value.params].join(';')}:${JSON.stringify(value.value)}`);
      }
      if (!event.get('DTSTART')?.params.includes('VALUE=DATE')) wrong.push(`${id}: DTSTART is not VALUE=DATE`);
      if (!event.get('DTEND')?.params.includes('VALUE=DATE')) wrong.push(`${id}: DTEND is not VALUE=DATE`);
      const link = `${suite.server.url}?dx-view=dialogue&dx-id=${id}`;
      if (event.get('URL')?.value !== link) wrong.push(`${id}: URL ${event.get('URL')?.value}, expected ${link}`);
      if (!/^\d{8}T\d{6}Z$/.test(event.get('DTSTAMP')?.value ?? '')) wrong.push(`${id}: DTSTAMP is not a UTC date-time`);
      const lines = (event.get('DESCRIPTION')?.value ?? '').split('\n');
      if (lines.at(-1) !== link) wrong.push(`${id}: the description does not end with the link`);
    }
    assert.deepEqual(wrong, [], 'every event');

    // The round trip, on a dialogue whose agenda items hold commas and fold over several lines.
    const tip = dialogueById('tip-2023');
    const event = ics.events.find((e) => e.get('UID').value === 'tip-2023@dialogue-explorer');
    assert.ok(event, 'tip-2023 has an event');
    const raw = event.get('DESCRIPTION').raw;
    assert.ok(raw.includes('\\,') && raw.includes('\\n'), 'commas and line breaks are escaped (\\, and \\n)');
    assert.ok(!/(?<!\\)[,;]/.test(raw.replace(/\\\\/g, '')), 'no unescaped comma or semicolon in DESCRIPTION');
    const uidLine = ics.physical.indexOf('UID:tip-2023@dialogue-explorer');
    const start = ics.physical.findIndex((l, i) => i > uidLine && l.startsWith('DESCRIPTION:'));
    assert.ok(uidLine >= 0 && start > uidLine, 'the DESCRIPTION line of tip-2023 found among the physical lines');
    let continuation = 0;
    while (ics.physical[start + 1 + continuation]?.startsWith(' ')) continuation += 1;
    assert.ok(continuation >= 2, `tip-2023's description is folded over several lines (${continuation + 1})`);
    const texts = event.get('DESCRIPTION').value.split('\n');
    for (const item of tip.agenda_items) {
      assert.ok(texts.includes(`- ${en(item.text)}`), `the agenda item ${item.id} reads back unchanged: ${en(item.text)}`);
    }

    // The month-only dialogue is named as left out.
    const said = await until(() => textOf(exportSaid(page)), (s) => s.startsWith('Downloaded'), 'the status speaks');
    const { left_out: leftOut } = suite.oracle.files(query).calendar;
    const left = leftOut.map(dialogueName);
    if (left.length > 0) {
      assert.equal(
        said,
        `Downloaded ${file.name}. Left out of the calendar, their day not being known: ${new Intl.ListFormat('en-GB').format(left)}.`,
        'the status names what the calendar left out',
      );
    } else {
      assert.equal(said, `Downloaded ${file.name}.`);
    }

    // With a filter: the working group of the month-only dialogue, so that it is left out again.
    const month = monthOnly();
    if (month) {
      const wg = month.working_groups[0];
      const inGroup = `?dx-view=agenda&dx-today=${TODAY}&dx-wg=${wg}`;
      await goto(page, inGroup);
      await cards.first().waitFor();
      await showAll(page, '.dx-agenda');
      const inView = await cards.evaluateAll((els) => els.map((e) => e.dataset.dialogue));
      const { agenda } = suite.oracle.state(inGroup);
      assert.deepEqual(inView, [...agenda.upcoming, ...agenda.past], `the agenda shows the dialogues of ${wg}`);
      const filtered = await download(page, exportButton(page, 'ics'));
      assert.equal(filtered.name, `dialogues-${wg}.ics`);
      const events = parseIcs(filtered.text).events.map((e) => e.get('UID').value);
      assert.deepEqual(
        [...events].sort(),
        inView.filter(hasDay).map((id) => `${id}@dialogue-explorer`).sort(),
        'the events are the dialogues in view that have a day',
      );
      await until(
        () => textOf(exportSaid(page)),
        (s) => s.includes(`Left out of the calendar, their day not being known: ${dialogueName(month.id)}.`),
        `the status names ${month.id} as left out`,
      );
    }
    await assertClean(page, watch);
  });

  test('4. "Add to calendar" on a card or a dialogue page gives that one event', TIMEOUT, async (t) => {
    const tip = dialogueById('tip-2023');
    const query = `?dx-view=agenda&dx-today=${TODAY}`;
    // The events the domain writes for these dialogues (in a calendar of one, as in one of all).
    const expected = calendarEvents(query);
    const { page, watch } = await openApp(t, { query });
    const button = card(page, tip.id).locator('.dx-calendar-one button');
    assert.equal(await button.getAttribute('aria-label'), `Add to calendar: ${dialogueName(tip.id)}`, 'the button names its dialogue');
    const file = await download(page, button);
    assert.equal(file.name, `dialogue-${tip.id}.ics`);
    const { events } = parseIcs(file.text);
    assert.equal(events.length, 1, 'exactly one event');
    assert.equal(events[0].get('UID').value, `${tip.id}@dialogue-explorer`);
    const tipEvent = expected.get(`${tip.id}@dialogue-explorer`);
    assert.equal(events[0].get('DTSTART').value, tipEvent.get('DTSTART').value);
    assert.equal(events[0].get('DTEND').value, tipEvent.get('DTEND').value);
    await until(
      () => textOf(card(page, tip.id).locator('.dx-calendar-one .dx-said[role="status"]')),
      (s) => s === `Downloaded ${file.name}.`,
      'the card says what was downloaded',
    );

    // The dialogue page of another dialogue with a day.
    const other = chronological().find((d) => hasDay(d.id) && d.id !== tip.id);
    await goto(page, `?dx-view=dialogue&dx-id=${other.id}&dx-today=${TODAY}`);
    const pageButton = page.locator(`${APP} article.dx-dialogue-page[data-dialogue="${other.id}"] .dx-card-head .dx-calendar-one button`);
    const single = await download(page, pageButton);
    assert.equal(single.name, `dialogue-${other.id}.ics`);
    const one = parseIcs(single.text).events;
    assert.deepEqual(one.map((e) => e.get('UID').value), [`${other.id}@dialogue-explorer`], 'the page gives its dialogue only');
    assert.equal(one[0].get('DTSTART').value, expected.get(`${other.id}@dialogue-explorer`).get('DTSTART').value);

    // A dialogue known by its month only: no button that would download nothing, but the
    // reason, in its place, from the first look (nothing moves on a click).
    const month = monthOnly();
    if (month) {
      await goto(page, `?dx-view=agenda&dx-today=${TODAY}`);
      await showAll(page, '.dx-agenda');
      const place = card(page, month.id).locator('.dx-card-head .dx-calendar-one');
      assert.equal(await place.locator('button').count(), 0, `no "Add to calendar" for ${month.id} (dated ${month.date})`);
      const why = await textOf(place);
      assert.equal(why, suite.oracle.catalogue('en').calendar_no_day, 'the card says why there is no calendar entry');
      assert.ok(await place.isVisible(), 'the reason is on screen');
      t.diagnostic(`month-only card says: ${why}`);
    }
    await assertClean(page, watch);
  });

  test('5. stars survive a reload, fill My agenda and leave with an unstar', TIMEOUT, async (t) => {
    const tip = dialogueById('tip-2023');
    const { entry } = someEntry(tip.id);
    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-today=${TODAY}` });
    await showAll(page, '.dx-agenda');
    assert.equal(await tabText(page), 'My agenda', 'the tab says "My agenda" with nothing starred');
    assert.equal(await stored(page), null, 'nothing in storage at first');

    const dStar = dialogueStar(page, tip.id);
    const eStar = entryStar(page, entry.id);
    assert.equal(await dStar.count(), 1, 'one star for the dialogue on the agenda');
    assert.equal(await eStar.count(), 1, 'one star for the entry on the agenda');
    assert.equal(await dStar.getAttribute('aria-pressed'), 'false');
    assert.match(await dStar.getAttribute('aria-label'), /^Star .+ \(keep it in My agenda\)$/, 'the star says what it does');
    await dStar.click();
    await eStar.click();
    await until(() => dStar.getAttribute('aria-pressed'), (v) => v === 'true', 'the dialogue star is pressed');
    await until(() => eStar.getAttribute('aria-pressed'), (v) => v === 'true', 'the entry star is pressed');
    await until(() => tabText(page), (s) => s === 'My agenda (2)', 'the tab counts two stars');
    assert.deepEqual(await storedStars(page), starsJson([tip.id], [entry.id]), 'storage holds the two stars');
    assert.equal(await page.locator(`${APP} button.dx-star[aria-pressed="true"]`).count(), 2, 'nothing else is starred');

    await page.reload();
    await ready(page);
    await showAll(page, '.dx-agenda');
    await until(() => dStar.getAttribute('aria-pressed'), (v) => v === 'true', 'the dialogue is still starred after a reload');
    assert.equal(await eStar.getAttribute('aria-pressed'), 'true', 'the entry is still starred after a reload');
    assert.equal(await tabText(page), 'My agenda (2)');

    await mineTab(page).click();
    await until(() => params(page).get('dx-view'), (v) => v === 'mine', 'the tab opens dx-view=mine');
    assert.deepEqual(await readMine(page), { dialogues: [tip.id], entries: [entry.id] }, 'My agenda lists the two stars');
    assert.equal(await page.locator(`${APP} p.dx-mine-empty`).count(), 0);

    // Unstar the entry in My agenda, the dialogue on its card there.
    await page.locator(`${APP} .dx-mine > ul.dx-entries article.dx-entry[data-entry="${entry.id}"] button.dx-star`).click();
    await until(() => readMine(page), (m) => m.entries.length === 0, 'the unstarred entry leaves My agenda');
    await page.locator(`${APP} .dx-mine article.dx-card[data-dialogue="${tip.id}"] .dx-card-head button.dx-star`).click();
    await page.locator(`${APP} p.dx-mine-empty`).waitFor();
    assert.equal(await tabText(page), 'My agenda');
    assert.deepEqual(await storedStars(page), starsJson([], []), 'storage holds no stars');

    await page.reload();
    await ready(page);
    await page.locator(`${APP} p.dx-mine-empty`).waitFor();
    assert.equal(await tabText(page), 'My agenda', 'still nothing starred after a reload');
    await goto(page, `?dx-view=agenda&dx-today=${TODAY}`);
    await showAll(page, '.dx-agenda');
    assert.equal(await dStar.getAttribute('aria-pressed'), 'false', 'the dialogue is not starred on the agenda');
    assert.equal(await eStar.getAttribute('aria-pressed'), 'false', 'the entry is not starred on the agenda');
    await assertClean(page, watch);
  });

  test('5b. a star given in one tab is not lost when another tab of the same browser stars', TIMEOUT, async (t) => {
    const tip = dialogueById('tip-2023');
    const other = chronological().find((d) => d.id !== tip.id);
    const first = await openApp(t, { query: `?dx-view=agenda&dx-today=${TODAY}` });
    const second = await openApp(t, { context: first.context, query: `?dx-view=agenda&dx-today=${TODAY}` });
    await showAll(first.page, '.dx-agenda');
    await showAll(second.page, '.dx-agenda');

    await dialogueStar(first.page, tip.id).click();
    await until(() => storedStars(first.page), (v) => v?.dialogues.includes(tip.id), `tab 1 stores ${tip.id}`);
    await dialogueStar(second.page, other.id).click();
    await until(() => tabText(second.page), (s) => /\(\d+\)$/.test(s), 'tab 2 counts its star');
    const stars = await storedStars(second.page);
    assert.deepEqual(
      stars?.dialogues,
      [tip.id, other.id].sort(),
      `after starring ${tip.id} in tab 1, then ${other.id} in tab 2 (opened before), storage keeps both`,
    );
    await first.page.reload();
    await ready(first.page);
    assert.equal(
      await dialogueStar(first.page, tip.id).getAttribute('aria-pressed'),
      'true',
      `${tip.id} is still starred in tab 1 after a reload`,
    );
    await assertClean(first.page, first.watch);
    await assertClean(second.page, second.watch);
  });

  test('6. a shared agenda can be viewed without touching one’s own stars, and merged', TIMEOUT, async (t) => {
    const tip = dialogueById('tip-2023');
    const second = monthOnly() ?? chronological().find((d) => d.id !== tip.id);
    const { entry, dialogue: entryDialogue } = someEntry(tip.id, second.id);
    const sharedDialogues = [tip.id, second.id];
    const inDateOrder = chronological().filter((d) => sharedDialogues.includes(d.id)).map((d) => d.id);

    // The sharer.
    const a = await openApp(t, { query: `?dx-view=agenda&dx-today=${TODAY}` });
    await showAll(a.page, '.dx-agenda');
    for (const id of sharedDialogues) await dialogueStar(a.page, id).click();
    await entryStar(a.page, entry.id).click();
    await until(() => tabText(a.page), (s) => s === 'My agenda (3)', 'three stars');
    await mineTab(a.page).click();
    assert.deepEqual(await readMine(a.page), { dialogues: inDateOrder, entries: [entry.id] }, 'My agenda, dialogues in date order');

    // My agenda's calendar: the starred dialogues and the starred entry's, those with a day.
    const mineIcs = await download(a.page, a.page.locator(`${APP} .dx-mine button[data-export="ics-mine"]`));
    assert.equal(mineIcs.name, 'my-dialogues.ics');
    assert.ok(!sharedDialogues.includes(entryDialogue.id), 'the starred entry is of another dialogue');
    assert.deepEqual(
      parseIcs(mineIcs.text).events.map((e) => e.get('UID').value).sort(),
      [...sharedDialogues, entryDialogue.id].filter(hasDay).map((id) => `${id}@dialogue-explorer`).sort(),
      "my-dialogues.ics holds the starred dialogues and the starred entry's dialogue, with a day",
    );
    const mineSaid = await until(
      () => textOf(a.page.locator(`${APP} .dx-mine > p.dx-said`)),
      (s) => s.length > 0,
      'My agenda says what was downloaded',
    );
    assert.ok(mineSaid.startsWith('Downloaded my-dialogues.ics.'), mineSaid);
    if (!hasDay(second.id)) {
      assert.ok(mineSaid.includes(dialogueName(second.id)), `the month-only ${second.id} is named as left out: ${mineSaid}`);
    }

    const share = a.page.locator(`${APP} .dx-mine button.dx-share`);
    assert.equal(await share.getAttribute('aria-expanded'), 'false');
    await share.click();
    assert.equal(await share.getAttribute('aria-expanded'), 'true', 'the share button is expanded');
    const link = await a.page.locator(`${APP} input.dx-share-link`).inputValue();
    const url = new URL(link);
    assert.equal(url.origin + url.pathname, suite.server.url, 'the link points at the standalone page');
    assert.deepEqual([...url.searchParams.keys()].sort(), ['dx-shared', 'dx-view'], 'the link holds the view and the stars only');
    assert.equal(url.searchParams.get('dx-view'), 'mine');
    assert.deepEqual(
      url.searchParams.get('dx-shared').split(',').sort(),
      [...sharedDialogues, `e.${entry.id}`].sort(),
      'dx-shared lists the dialogue ids and the entry id prefixed "e."',
    );
    await assertClean(a.page, a.watch);

    // A reader with no stars opens it: the shared agenda is shown, storage untouched.
    const b = await openApp(t, { query: url.search });
    await offer(b.page).waitFor();
    assert.equal(await offer(b.page).getAttribute('role'), 'region', 'the offer is a region');
    assert.match(await textOf(offer(b.page)), /You are looking at a shared agenda\. Your own stars are unchanged\./);
    assert.deepEqual(await readMine(b.page), { dialogues: inDateOrder, entries: [entry.id] }, 'the shared stars are shown');
    assert.equal(await b.page.locator(`${APP} .dx-mine button.dx-share`).count(), 0, 'no "Share" for someone else’s agenda');
    assert.equal(await tabText(b.page), 'My agenda', 'the reader’s own count stays 0');
    assert.equal(await stored(b.page), null, 'viewing writes nothing to storage');

    // On another view, the offer says what the link holds.
    await b.page.locator(`${APP} nav.dx-views a.dx-tab`, { hasText: /^Agenda$/ }).click();
    await b.page.locator(`${APP} .dx-agenda`).waitFor();
    assert.equal(params(b.page).get('dx-shared'), url.searchParams.get('dx-shared'), 'the shared stars stay in the URL');
    assert.match(
      await textOf(offer(b.page)),
      /Someone shared an agenda with you: 2 dialogues and 1 entry\./,
      'the offer counts 2 dialogues and 1 entry',
    );
    assert.equal(await offerButton(b.page, 'Dismiss').count(), 1, 'a "Dismiss" button');
    await offerButton(b.page, 'View it').click();
    await until(() => params(b.page).get('dx-view'), (v) => v === 'mine', '"View it" opens My agenda');
    assert.deepEqual(await readMine(b.page), { dialogues: inDateOrder, entries: [entry.id] }, '"View it" shows the shared stars');
    assert.equal(await stored(b.page), null, 'still nothing in storage');

    const add = offerButton(b.page, 'Add 3 to my agenda');
    assert.equal(await add.count(), 1, '"Add 3 to my agenda"');
    assert.ok(await add.isEnabled());
    await add.click();
    await until(() => params(b.page).has('dx-shared'), (v) => v === false, 'merging removes dx-shared from the URL');
    assert.deepEqual(await storedStars(b.page), starsJson(sharedDialogues, [entry.id]), 'storage holds the shared stars');
    await until(() => textOf(starNotice(b.page)), (s) => s.startsWith('3 added to your agenda.'), 'the notice says 3 were added');
    assert.equal(await tabText(b.page), 'My agenda (3)');
    assert.equal(await offer(b.page).count(), 0, 'the offer is gone');
    assert.deepEqual(await readMine(b.page), { dialogues: inDateOrder, entries: [entry.id] }, 'My agenda is now the reader’s own');

    // The same link again: nothing new to add.
    await goto(b.page, url.search);
    await offer(b.page).waitFor();
    const nothing = offer(b.page).locator('button', { hasText: /to my agenda/ });
    assert.equal(await nothing.count(), 1);
    assert.ok(await nothing.isDisabled(), `the add button is disabled with nothing new ("${await textOf(nothing)}")`);
    await offerButton(b.page, 'Back to my own agenda').click();
    await until(() => params(b.page).has('dx-shared'), (v) => v === false, '"Back to my own agenda" drops dx-shared');
    await assertClean(b.page, b.watch);

    // A reader who already starred one of them, and something else.
    const ownEntry = allEntries().find((h) => h.entry.id !== entry.id && h.dialogue.id !== tip.id)?.entry;
    assert.ok(ownEntry, 'another entry to star');
    const seeded = JSON.stringify(starsJson([tip.id], [ownEntry.id]));
    const c = await openApp(t, { query: `?dx-view=agenda&dx-today=${TODAY}` });
    await c.page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, seeded]);
    await goto(c.page, url.search);
    await offer(c.page).waitFor();
    assert.equal(await tabText(c.page), 'My agenda (2)', 'the reader has two stars of their own');
    assert.deepEqual(await readMine(c.page), { dialogues: inDateOrder, entries: [entry.id] }, 'the shared agenda is shown, not the own');
    const addTwo = offerButton(c.page, 'Add 2 to my agenda');
    assert.equal(await addTwo.count(), 1, '"Add 2 to my agenda": one of the three is already starred');
    assert.equal(await stored(c.page), seeded, 'viewing leaves storage as it was');
    await addTwo.click();
    await until(() => params(c.page).has('dx-shared'), (v) => v === false, 'merging removes dx-shared');
    assert.deepEqual(
      await storedStars(c.page),
      starsJson(sharedDialogues, [entry.id, ownEntry.id]),
      'the merge keeps the own star and adds the shared ones',
    );
    await until(() => textOf(starNotice(c.page)), (s) => s.startsWith('2 added to your agenda.'), 'the notice says 2 were added');
    assert.equal(await tabText(c.page), 'My agenda (4)');
    const after = await readMine(c.page);
    assert.deepEqual(after.dialogues, inDateOrder);
    assert.deepEqual([...after.entries].sort(), [entry.id, ownEntry.id].sort(), 'the own entry is still in My agenda');
    await assertClean(c.page, c.watch);
  });

  test('6b. "Copy link" copies the share link, and does not claim so when the clipboard refuses', TIMEOUT, async (t) => {
    const tip = dialogueById('tip-2023');
    const seed = {
      script: ([key, value]) => localStorage.setItem(key, value),
      arg: [STORAGE_KEY, JSON.stringify(starsJson([tip.id], []))],
    };
    const copyButton = (page) => page.locator(`${APP} .dx-share-box button`, { hasText: 'Copy the link' });
    // "Copied." is said beside the button.
    const said = (page) => textOf(page.locator(`${APP} .dx-share-box .dx-copied`));

    // Allowed: the clipboard holds the link.
    const allowed = await openApp(t, { query: '?dx-view=mine', init: seed });
    await allowed.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    await allowed.page.locator(`${APP} .dx-mine button.dx-share`).click();
    const link = await allowed.page.locator(`${APP} input.dx-share-link`).inputValue();
    await copyButton(allowed.page).click();
    await until(() => said(allowed.page), (s) => s === 'Copied.', 'the status says "Copied."');
    assert.equal(await allowed.page.evaluate(() => navigator.clipboard.readText()), link, 'the clipboard holds the share link');
    await assertClean(allowed.page, allowed.watch);

    // Refused, as in a frame without the clipboard-write permission policy: writeText rejects.
    // The fallback (select and copy) may still copy: then the clipboard must hold the link.
    const refused = await openApp(t, { query: '?dx-view=mine', init: seed });
    await refused.context.grantPermissions(['clipboard-read'], { origin: suite.server.origin });
    await refused.context.addInitScript(() => {
      Clipboard.prototype.writeText = function writeText() {
        return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      };
    });
    await refused.page.reload();
    await ready(refused.page);
    await refused.page.locator(`${APP} .dx-mine button.dx-share`).click();
    await copyButton(refused.page).click();
    await settle(refused.page, 1_000);
    const status = await said(refused.page);
    const problems = [];
    const held = await refused.page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
    const refusedLink = await refused.page.locator(`${APP} input.dx-share-link`).inputValue();
    t.diagnostic(`writeText refused: status "${status}", clipboard ${held === refusedLink ? 'holds the link' : 'does not hold it'}`);
    if (status === 'Copied.' && held !== refusedLink) problems.push('the status says "Copied." though nothing was copied');
    if (refused.watch.pageErrors.length > 0) problems.push(`uncaught errors: ${refused.watch.pageErrors.join(' | ')}`);
    assert.deepEqual(problems, [], 'a refused copy is neither claimed as done nor left as an uncaught rejection');
    await assertClean(refused.page, refused.watch);
  });

  test('7. unreadable storage and full storage are said, and the app carries on', TIMEOUT, async (t) => {
    const tip = dialogueById('tip-2023');
    for (const bad of ['{not json', '{"version":9}']) {
      const { page, watch } = await openApp(t, {
        query: `?dx-view=agenda&dx-today=${TODAY}`,
        init: { script: ([key, value]) => localStorage.setItem(key, value), arg: [STORAGE_KEY, bad] },
      });
      await page.locator(`${APP} .dx-agenda`).waitFor();
      const notice = await until(() => textOf(starNotice(page)).catch(() => ''), (s) => s.length > 0, `a notice for ${bad}`);
      assert.match(notice, /could not be read/, `the notice says the saved stars could not be read (${bad})`);
      assert.equal(await starNotice(page).getAttribute('role'), 'status');
      assert.equal(await tabText(page), 'My agenda', 'no stars');
      assert.equal(await page.locator(`${APP} button.dx-star[aria-pressed="true"]`).count(), 0, 'nothing starred');
      await showAll(page, '.dx-agenda');
      assert.equal(await page.locator(`${APP} .dx-agenda article.dx-card`).count(), suite.dataset.dialogues.length, 'the agenda is whole');
      assert.equal(await stored(page), bad, 'what was stored is left alone');
      // The notice closes, and stars still work.
      await starNotice(page).locator('button').click();
      await until(() => starNotice(page).count(), (n) => n === 0, 'the notice closes');
      await dialogueStar(page, tip.id).click();
      await until(() => dialogueStar(page, tip.id).getAttribute('aria-pressed'), (v) => v === 'true', 'starring works');
      assert.equal(await tabText(page), 'My agenda (1)');
      await assertClean(page, watch);
    }

    // Storage that refuses every write.
    const wg = tip.working_groups[0];
    const entry = allEntries().find((h) => h.dialogue.working_groups.includes(wg) && h.dialogue.id !== tip.id)?.entry;
    assert.ok(entry, `an entry of another dialogue of ${wg}`);
    const { page, watch } = await openApp(t, {
      query: `?dx-view=agenda&dx-today=${TODAY}&dx-wg=${wg}`,
      init: {
        script: () => {
          Storage.prototype.setItem = function setItem() {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        },
      },
    });
    assert.equal(await starNotice(page).count(), 0, 'no notice before a write');
    await dialogueStar(page, tip.id).click();
    await until(() => dialogueStar(page, tip.id).getAttribute('aria-pressed'), (v) => v === 'true', 'the star toggles on screen');
    const full = await until(() => textOf(starNotice(page)).catch(() => ''), (s) => s.length > 0, 'a notice after the refused write');
    assert.match(full, /storage is full/, 'the notice says the storage is full');
    await entryStar(page, entry.id).click();
    await until(() => tabText(page), (s) => s === 'My agenda (2)', 'both stars count');
    assert.equal(await stored(page), null, 'nothing was stored');
    assert.equal(params(page).get('dx-wg'), wg, 'the filter stays');
    assert.ok(await page.locator(`${APP} input[data-facet="wg"][data-value="${wg}"]`).isChecked(), 'the filter stays checked');
    await mineTab(page).click();
    assert.deepEqual(await readMine(page), { dialogues: [tip.id], entries: [entry.id] }, 'My agenda holds the unsaved stars');
    await assertClean(page, watch);

    // No storage at all (site data blocked: reading window.localStorage throws).
    const blocked = await openApp(t, {
      query: `?dx-view=agenda&dx-today=${TODAY}`,
      init: {
        script: () =>
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('Access is denied for this document.', 'SecurityError');
            },
          }),
      },
    });
    const unavailable = await until(
      () => textOf(starNotice(blocked.page)).catch(() => ''),
      (s) => s.length > 0,
      'a notice without storage',
    );
    assert.match(unavailable, /does not let the page keep data/, 'the notice says stars last only for the page');
    await dialogueStar(blocked.page, tip.id).click();
    await until(
      () => dialogueStar(blocked.page, tip.id).getAttribute('aria-pressed'),
      (v) => v === 'true',
      'starring works without storage',
    );
    assert.equal(await tabText(blocked.page), 'My agenda (1)');
    await assertClean(blocked.page, blocked.watch);
  });

  test('8. printing hides the controls, spells out source addresses and starts each card on a page', TIMEOUT, async (t) => {
    const tip = dialogueById('tip-2023');
    const other = chronological().find((d) => d.id !== tip.id && d.agenda_items.length + d.topics_raised.length > 0);
    const { entry } = someEntry(tip.id);
    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-today=${TODAY}` });
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [STORAGE_KEY, JSON.stringify(starsJson([tip.id, other.id], [entry.id]))],
    );

    const hidden = ['.dx-filters', '.dx-toolbar', '.dx-export', 'button.dx-star', '.dx-calendar-one'];
    const screens = [
      { what: 'the agenda', query: `?dx-view=agenda&dx-today=${TODAY}`, wait: '.dx-agenda', present: hidden, cards: 2 },
      {
        what: 'a dialogue page',
        query: `?dx-view=dialogue&dx-id=${tip.id}&dx-today=${TODAY}`,
        wait: '.dx-dialogue-page',
        present: ['.dx-toolbar', 'button.dx-star', '.dx-calendar-one'],
        cards: 0,
      },
      {
        what: 'My agenda',
        query: `?dx-view=mine&dx-today=${TODAY}`,
        wait: '.dx-mine',
        present: ['.dx-toolbar', 'button.dx-star', '.dx-calendar-one', '.dx-mine .dx-button-row'],
        cards: 2,
      },
    ];
    const problems = [];
    for (const screen of screens) {
      await page.emulateMedia({ media: 'screen' });
      await goto(page, screen.query);
      await page.locator(`${APP} ${screen.wait}`).waitFor();
      const displays = (selector) =>
        page.locator(`${APP} ${selector}`).evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
      for (const selector of screen.present) {
        const onScreen = await displays(selector);
        if (onScreen.length === 0) problems.push(`${screen.what}: no ${selector} to hide`);
        else if (onScreen.includes('none')) problems.push(`${screen.what}: ${selector} is hidden on screen already`);
      }
      await page.emulateMedia({ media: 'print' });
      for (const selector of [...hidden, ...screen.present]) {
        const printed = await displays(selector);
        if (printed.some((d) => d !== 'none')) problems.push(`${screen.what}: ${selector} shows in print (${printed.join(', ')})`);
      }
      const sources = await page.locator(`${APP} a.dx-source[href]`).evaluateAll((els) =>
        els.map((e) => ({ href: e.getAttribute('href'), after: getComputedStyle(e, '::after').content })),
      );
      if (sources.length === 0) problems.push(`${screen.what}: no linked source`);
      for (const s of sources) {
        if (!s.after.includes(s.href)) problems.push(`${screen.what}: ${s.href} is printed without its address (${s.after})`);
      }
      const lists = await page.locator(`${APP} ol.dx-cards`).evaluateAll((ols) =>
        ols.map((ol) =>
          [...ol.children].map((li) => ({
            card: li.querySelector('article.dx-card')?.dataset.dialogue,
            before: getComputedStyle(li).breakBefore,
          })),
        ),
      );
      const cardsSeen = lists.flat().length;
      if (cardsSeen < screen.cards) problems.push(`${screen.what}: ${cardsSeen} cards, expected at least ${screen.cards}`);
      for (const list of lists) {
        list.forEach((li, i) => {
          const want = i === 0 ? 'not page' : 'page';
          if ((li.before === 'page') !== (i > 0)) {
            problems.push(`${screen.what}: card ${li.card} has break-before ${li.before}, expected ${want}`);
          }
        });
      }
    }
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(problems, [], 'print styles');
    await assertClean(page, watch);
  });

  test('9. axe finds no violation on My agenda, a shared agenda and the agenda with a download said', TIMEOUT, async (t) => {
    const axe = axeReport();
    const tip = dialogueById('tip-2023');
    const second = monthOnly() ?? chronological().find((d) => d.id !== tip.id);
    const { entry } = someEntry(tip.id);

    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-today=${TODAY}` });
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [STORAGE_KEY, JSON.stringify(starsJson([tip.id, second.id], [entry.id]))],
    );
    await goto(page, `?dx-view=mine&dx-today=${TODAY}`);
    await page.locator(`${APP} .dx-mine`).waitFor();
    await page.locator(`${APP} .dx-mine button.dx-share`).click();
    await page.locator(`${APP} input.dx-share-link`).waitFor();
    await axe.check(page, 'My agenda with stars and the share link open');
    const link = new URL(await page.locator(`${APP} input.dx-share-link`).inputValue());

    await goto(page, `?dx-view=agenda&dx-today=${TODAY}`);
    await download(page, exportButton(page, 'ics'));
    await until(() => textOf(exportSaid(page)), (s) => s.startsWith('Downloaded'), 'the export bar speaks');
    await axe.check(page, 'the agenda with the export status showing');
    await assertClean(page, watch);

    const fresh = await openApp(t, { query: `?dx-view=agenda&dx-today=${TODAY}&dx-shared=${link.searchParams.get('dx-shared')}` });
    await offer(fresh.page).waitFor();
    await axe.check(fresh.page, 'the shared-agenda offer on the agenda');
    await offerButton(fresh.page, 'View it').click();
    await fresh.page.locator(`${APP} .dx-mine`).waitFor();
    await axe.check(fresh.page, 'a shared agenda being viewed');
    await assertClean(fresh.page, fresh.watch);

    axe.assertNone();
  });
});
