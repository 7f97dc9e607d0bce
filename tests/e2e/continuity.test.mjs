// End-to-end tests of what is said about the whole record whatever the filters (where a theme
// was first raised, its continuity per working group, the latest dialogue, the date of the
// data), of the agenda under a theme or a search (the matching entries of each card), and of
// the calendar buttons and the dialogue facts that said too much.
//
// Expected values come from the app's own domain (examples/oracle.rs, through suite.oracle).
// Run against the release build: `make build && node --test tests/e2e/continuity.test.mjs`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { APP, DESKTOP, NEEDS_BUILD, PHONE, assertClean, en, showAll, until, useSuite } from './harness.mjs';
import { screenshot } from './support.mjs';

const TIMEOUT = { timeout: 120_000 };
/** A day after every dialogue of the bundled data: nothing is upcoming. */
const AFTER_ALL = '2026-12-02';
/** Where a placeholder stands in the oracle's sentences. */
const NAME = 'NAME';
const DATE = 'DATE';

const textOf = async (locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** A day as the app writes the date of the data: "1 December 2026", in the reader's language. */
function plainDate(day, lang) {
  const [y, m, d] = day.split('-').map(Number);
  const locale = { en: 'en-GB', ar: 'ar-u-nu-latn', zh: 'zh-CN' }[lang] ?? lang;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
}

/** Whether `text` reads as `template` with something in place of each `mark`. */
function fits(text, template, mark) {
  const parts = template.split(mark);
  if (!text.startsWith(parts[0]) || !text.endsWith(parts[parts.length - 1])) return false;
  let at = parts[0].length;
  for (const part of parts.slice(1)) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

describe('continuity, the agenda under filters, calendars and the date of the data', NEEDS_BUILD, () => {
  const suite = useSuite();
  const { openApp, goto } = suite;
  const catalogue = (lang) => suite.oracle.catalogue(lang);
  const themeIds = () => suite.dataset.themes.map((t) => t.id);
  const groupShort = (id, lang) => {
    const g = suite.dataset.working_groups.find((w) => w.id === id);
    return typeof g.short_name === 'string' ? g.short_name : (g.short_name[lang] ?? g.short_name.en);
  };
  /** A group's statement in a language, the other groups joined as the page joins them. */
  const statement = (g, lang) => {
    const locale = { en: 'en-GB', ar: 'ar-u-nu-latn', zh: 'zh-CN' }[lang] ?? lang;
    const names = g.raised_elsewhere_by.map((w) => groupShort(w, lang));
    return g.said[lang].replace('GROUPS', new Intl.ListFormat(locale, { type: 'conjunction' }).format(names));
  };

  test('1. "first raised here" is the record\'s first dialogue, whatever the filters', TIMEOUT, async (t) => {
    // The first dialogue of the record that raised each theme, without filters.
    const whole = suite.oracle.state('');
    const firstOf = new Map(whole.matrix.rows.map((r) => [r.theme, r.raised_in[0]]));
    // A working group whose dialogues raise themes first raised elsewhere (the trafficking
    // dialogue of the same day comes first in the record).
    const groups = suite.dataset.working_groups.map((w) => w.id);
    const query = groups
      .map((wg) => `?dx-wg=${wg}`)
      .find((q) => {
        const { matrix } = suite.oracle.state(q);
        return matrix.rows.some((r) => r.counts.some((n, c) => n > 0 && matrix.columns[c] !== firstOf.get(r.theme)));
      });
    assert.ok(query, 'a working group raises a theme first raised at another group\'s dialogue');
    const { matrix } = suite.oracle.state(query);
    const { page, watch } = await openApp(t, { query });
    await page.locator(`${APP} table.dx-matrix button.dx-cell`).first().waitFor();
    const shown = await page.$$eval(`${APP} table.dx-matrix tbody tr`, (trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('button.dx-cell')].map((b) =>
          b.classList.contains('dx-first') ? 'first' : b.classList.contains('dx-recurs') ? 'recurs' : 'empty',
        ),
      ),
    );
    const wrong = [];
    matrix.rows.forEach((row, r) => {
      row.counts.forEach((count, c) => {
        const column = matrix.columns[c];
        const want = count === 0 ? 'empty' : column === firstOf.get(row.theme) ? 'first' : 'recurs';
        if (shown[r][c] !== want) wrong.push(`${row.theme} at ${column}: ${shown[r][c]}, the record says ${want}`);
      });
      // The row's history is the record's too.
      assert.deepEqual(row.raised_in, whole.matrix.rows[r].raised_in, `${row.theme}: raised in, under ${query}`);
    });
    assert.deepEqual(wrong, [], `marks under ${query}`);
    t.diagnostic(`${query}: ${matrix.rows.filter((r) => r.counts.some((n) => n > 0)).length} themes checked`);
    await assertClean(page, watch);
  });

  /** The continuity section of a theme page as shown: sentence, groups, scope. */
  async function readContinuity(page, id) {
    const article = page.locator(`${APP} article.dx-theme-page[data-theme-id="${id}"]`);
    await article.waitFor();
    return {
      sentence: await textOf(article.locator('p.dx-continuity')),
      heading: await textOf(article.locator('h4.dx-minor').first()),
      groups: await article.locator('dl.dx-continuity-groups > div').evaluateAll((divs) =>
        divs.map((div) => ({
          group: div.dataset.group,
          name: div.querySelector('dt').textContent.replace(/\s+/g, ' ').trim(),
          said: div.querySelector('dd').textContent.replace(/\s+/g, ' ').trim(),
        })),
      ),
      scope: await textOf(article.locator('p.dx-continuity-scope')),
    };
  }

  /** A theme raised at some working group's dialogues, and since at another group's only. */
  function themeRaisedElsewhere() {
    for (const id of themeIds()) {
      const { page } = suite.oracle.state(`?dx-view=theme&dx-id=${id}`);
      if (page.groups.some((g) => g.raised_elsewhere_since.length > 0)) return id;
    }
    return null;
  }

  test('2. the theme page says whose dialogues it counts, per working group, filters or not', TIMEOUT, async (t) => {
    const id = themeRaisedElsewhere();
    assert.ok(id, 'a theme is silent in one working group and raised since in another');
    const { page: theme } = suite.oracle.state(`?dx-view=theme&dx-id=${id}`);
    const { page, watch } = await openApp(t, { query: `?dx-view=theme&dx-id=${id}` });
    const plain = await readContinuity(page, id);
    assert.equal(plain.heading, catalogue('en').continuity_by_group);
    assert.equal(plain.scope, theme.scope.en, 'the page says the counts are over the whole record');
    assert.deepEqual(
      plain.groups.map((g) => g.group),
      theme.groups.map((g) => g.group),
      'one statement per working group that held a dialogue',
    );
    for (const [i, g] of theme.groups.entries()) {
      const shown = plain.groups[i];
      assert.equal(shown.name, groupShort(g.group, 'en'), `${g.group}: named`);
      assert.ok(fits(shown.said, statement(g, 'en'), NAME), `${g.group}: "${shown.said}" reads as "${statement(g, 'en')}"`);
    }
    const elsewhere = plain.groups[theme.groups.findIndex((g) => g.raised_elsewhere_since.length > 0)];
    t.diagnostic(`${id}, ${elsewhere.name}: ${elsewhere.said}`);

    // Under a filter the page says the same: the record's facts.
    const other = suite.dataset.working_groups.find((w) => w.id !== theme.groups[0].group).id;
    await goto(page, `?dx-view=theme&dx-id=${id}&dx-wg=${other}&dx-kind=agenda`);
    assert.deepEqual(await readContinuity(page, id), plain, 'filters change nothing of the continuity');
    await assertClean(page, watch);

    for (const viewport of [PHONE, DESKTOP]) {
      const shot = await openApp(t, { query: `?dx-view=theme&dx-id=${id}`, viewport });
      await readContinuity(shot.page, id);
      await shot.page.locator(`${APP} h3.dx-subtitle`).first().scrollIntoViewIfNeeded();
      await screenshot(shot.page, `theme-continuity-${viewport.width}`);
    }
  });

  test('3. in Arabic, right to left, the theme page and the summary say the same', TIMEOUT, async (t) => {
    const id = themeRaisedElsewhere();
    const { page: theme } = suite.oracle.state(`?dx-view=theme&dx-id=${id}`);
    const { page, watch } = await openApp(t, { query: `?dx-lang=ar&dx-view=theme&dx-id=${id}` });
    assert.equal(await page.locator(`${APP}[dir="rtl"][lang="ar"]`).count(), 1, 'the app is right to left');
    const shown = await readContinuity(page, id);
    assert.equal(shown.heading, catalogue('ar').continuity_by_group);
    assert.equal(shown.scope, theme.scope.ar);
    for (const [i, g] of theme.groups.entries()) {
      assert.ok(fits(shown.groups[i].said, statement(g, 'ar'), NAME), `${g.group}: "${shown.groups[i].said}" reads as "${statement(g, 'ar')}"`);
    }
    await screenshot(page, 'theme-continuity-ar-1280');

    // The date of the data, in the summary, in Arabic.
    const { as_of: asOf } = suite.oracle.facts.summary;
    assert.ok(asOf, 'the dataset says when it was last updated');
    await goto(page, '?dx-lang=ar');
    const said = await textOf(page.locator(`${APP} .dx-summary p.dx-as-of`));
    assert.equal(said, catalogue('ar').data_as_of.replace(DATE, plainDate(asOf, 'ar')));
    t.diagnostic(`ar: ${said}`);
    await assertClean(page, watch);
  });

  test('4. the summary says how current the data is', TIMEOUT, async (t) => {
    const { as_of: asOf } = suite.oracle.facts.summary;
    assert.equal(asOf, suite.dataset.updated, 'the date is the dataset\'s "updated"');
    const { page, watch } = await openApp(t);
    const said = await textOf(page.locator(`${APP} .dx-summary p.dx-as-of`));
    assert.equal(said, catalogue('en').data_as_of.replace(DATE, plainDate(asOf, 'en')));
    assert.equal(said, 'Data as of 1 December 2026.');
    await goto(page, '?dx-lang=fr');
    assert.equal(
      await textOf(page.locator(`${APP} .dx-summary p.dx-as-of`)),
      catalogue('fr').data_as_of.replace(DATE, plainDate(asOf, 'fr')),
    );
    await assertClean(page, watch);
  });

  /** The ids of a dialogue's entries, as the dataset lists them. */
  const entriesOf = (id) => {
    const d = suite.dialogueById(id);
    return [...d.agenda_items, ...d.topics_raised].map((e) => e.id);
  };

  test('5. under a theme, each agenda card lists its matching entries, and the others on demand', TIMEOUT, async (t) => {
    // The theme whose matching entries are the smallest share of their dialogues'.
    const theme = themeIds()
      .map((id) => ({ id, agenda: suite.oracle.state(`?dx-view=agenda&dx-theme=${id}&dx-today=${AFTER_ALL}`).agenda }))
      .filter((x) => x.agenda.matching && Object.keys(x.agenda.matching).length > 1)
      .sort((a, b) => {
        const share = (x) => Object.values(x.agenda.matching).reduce((n, d) => n + d.entries.length / d.total, 0);
        return share(a) - share(b);
      })[0];
    assert.ok(theme, 'a theme matches entries of several dialogues');
    const query = `?dx-view=agenda&dx-theme=${theme.id}&dx-today=${AFTER_ALL}`;
    const { page, watch } = await openApp(t, { query });
    await showAll(page, '.dx-agenda');
    const cards = page.locator(`${APP} article.dx-card`);
    const ids = await cards.evaluateAll((els) => els.map((e) => e.dataset.dialogue));
    assert.deepEqual(ids.sort(), Object.keys(theme.agenda.matching).sort(), 'one card per dialogue with a matching entry');
    let narrowed = 0;
    for (const [id, want] of Object.entries(theme.agenda.matching)) {
      const card = page.locator(`${APP} article.dx-card[data-dialogue="${id}"]`);
      // The entries shown: a card draws all of its entries once and hides those the filters
      // leave out (and what that shows must be what the reader sees).
      const listed = () => card.locator('article.dx-entry:visible').evaluateAll((els) => els.map((e) => e.dataset.entry));
      if (want.entries.length === want.total) {
        assert.equal(await card.locator('.dx-matching:visible').count(), 0, `${id}: every entry matches, nothing to tell apart`);
        assert.deepEqual(await listed(), entriesOf(id), `${id}: every entry listed`);
        continue;
      }
      narrowed++;
      const count = await textOf(card.locator('.dx-matching-count'));
      const expected = `${want.entries.length} of ${want.total} ${want.entries.length === 1 ? 'entry matches' : 'entries match'} the filters.`;
      assert.equal(count, expected, `${id}: the card says how many of its entries match`);
      assert.deepEqual(await listed(), want.entries, `${id}: only the matching entries are listed`);
      const toggle = card.locator('button.dx-show-all-entries');
      assert.equal(await textOf(toggle), `Show all ${want.total} entries`);
      await toggle.click();
      await until(listed, (l) => l.length === want.total, `${id}: all ${want.total} entries after "Show all"`);
      assert.deepEqual(await listed(), entriesOf(id), `${id}: every entry, in the dialogue's order`);
      const marked = await card
        .locator('li.dx-entry-match:visible article.dx-entry')
        .evaluateAll((els) => els.map((e) => e.dataset.entry));
      assert.deepEqual(marked, want.entries, `${id}: the matching entries are marked among all`);
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      await toggle.click();
      await until(listed, (l) => l.length === want.entries.length, `${id}: back to the matching entries`);
    }
    assert.ok(narrowed > 0, 'some card had entries that do not match');
    t.diagnostic(`${theme.id}: ${ids.length} cards, ${narrowed} narrowed`);

    // Without the theme, the cards drawn under it list every entry again, unmarked, and say
    // nothing of matching: the same elements, shown again in place. (The cards of a part are
    // drawn a page at a time from its start again, so some may have gone: those still there.)
    const narrowedIds = Object.entries(theme.agenda.matching).filter(([, w]) => w.entries.length < w.total).map(([id]) => id);
    const firstEntry = new Map();
    for (const id of narrowedIds) {
      firstEntry.set(id, await page.locator(`${APP} article.dx-card[data-dialogue="${id}"] article.dx-entry`).first().elementHandle());
    }
    const countBefore = await textOf(page.locator(`${APP} p.dx-result-count`));
    await page.locator(`${APP} ul.dx-chips button.dx-chip`).first().click();
    await until(() => textOf(page.locator(`${APP} p.dx-result-count`)), (c) => c !== countBefore, 'the count without the theme');
    let stayed = 0;
    for (const id of narrowedIds) {
      const card = page.locator(`${APP} article.dx-card[data-dialogue="${id}"]`);
      if ((await card.count()) === 0) continue;
      stayed++;
      const listed = () => card.locator('article.dx-entry:visible').evaluateAll((els) => els.map((e) => e.dataset.entry));
      await until(listed, (l) => l.length === entriesOf(id).length, `${id}: every entry without the theme`);
      assert.deepEqual(await listed(), entriesOf(id), `${id}: every entry, in the dialogue's order`);
      assert.equal(await card.locator('.dx-matching:visible').count(), 0, `${id}: no "of all" count without the theme`);
      assert.equal(await card.locator('li.dx-entry-match:visible, .dx-match-badge:visible').count(), 0, `${id}: nothing marked`);
      assert.ok(await firstEntry.get(id).evaluate((e) => e.isConnected), `${id}: its entries are those drawn before, not drawn again`);
    }
    assert.ok(stayed > 0, 'a card narrowed under the theme is still drawn without it');
    await assertClean(page, watch);

    for (const viewport of [PHONE, DESKTOP]) {
      const shot = await openApp(t, { query, viewport });
      await shot.page.locator(`${APP} .dx-agenda-past .dx-matching`).first().scrollIntoViewIfNeeded();
      await screenshot(shot.page, `agenda-filtered-${viewport.width}`);
    }
  });

  test('6. with nothing upcoming, the agenda names the record\'s latest dialogue and where to look', TIMEOUT, async (t) => {
    const { agenda } = suite.oracle.state(`?dx-view=agenda&dx-today=${AFTER_ALL}`);
    assert.equal(agenda.nothing_upcoming.kind, 'in_record', `nothing is upcoming on ${AFTER_ALL}`);
    const latest = agenda.nothing_upcoming.latest;
    // A theme whose latest matching dialogue is not the record's latest.
    const theme = themeIds().find((id) => {
      const a = suite.oracle.state(`?dx-view=agenda&dx-theme=${id}&dx-today=${AFTER_ALL}`).agenda;
      return a.latest && a.latest !== latest;
    });
    assert.ok(theme, 'a theme last raised before the latest dialogue');
    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-theme=${theme}&dx-today=${AFTER_ALL}` });
    const note = page.locator(`${APP} section.dx-agenda-upcoming p.dx-nothing-upcoming`);
    await note.waitFor();
    const said = await textOf(note);
    const asOf = catalogue('en').nothing_upcoming_as_of.replace(DATE, plainDate(suite.dataset.updated, 'en'));
    assert.ok(said.startsWith(asOf), `the note says so with the date of the data: ${said}`);
    // Every dialogue that may be the latest is named (a month-only one and a day of its month
    // cannot be ordered), each with its link, and the lead word agrees with their number.
    assert.ok(Array.isArray(latest) && latest.length > 0, 'the domain names the latest dialogue(s)');
    const linked = await note.locator('a').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href'), location.href).searchParams.get('dx-id')));
    assert.deepEqual(linked, latest, `"the latest" is the record's (${latest}), not the theme's`);
    const lead = latest.length > 1 ? catalogue('en').latest_were : catalogue('en').latest_was;
    assert.ok(said.includes(lead), `the note says "${lead}": ${said}`);
    const announced = page.locator(`${APP} section.dx-agenda-upcoming p.dx-announced`);
    assert.ok((await textOf(announced)).startsWith(catalogue('en').announced_at));
    const link = announced.locator('a.dx-source');
    assert.equal(await link.getAttribute('href'), suite.oracle.facts.summary.announcements, 'links to the announcements page');
    assert.equal(
      await link.getAttribute('href'),
      suite.dataset.sources.find((s) => s.id === suite.dataset.announcements).url,
      "the page is the dataset's own source",
    );
    t.diagnostic(said);
    await assertClean(page, watch);
  });

  test('6b. the latest dialogue is named truly: a month-only dialogue of the latest dated one\'s month is named too', TIMEOUT, async (t) => {
    const { agenda } = suite.oracle.state(`?dx-view=agenda&dx-today=${AFTER_ALL}`);
    const dated = suite.dataset.dialogues.filter((d) => d.date);
    const lastDay = dated.filter((d) => d.date.length === 10).map((d) => d.date).sort().at(-1);
    // A month-only dialogue in the month of the latest dated day (som-2025, "2025-10", by the
    // bundled data): it may have been held after that day.
    const sameMonth = dated.filter((d) => d.date.length === 7 && lastDay.startsWith(d.date));
    for (const d of sameMonth) assert.ok(agenda.nothing_upcoming.latest.includes(d.id), `${d.id} (${d.date}) is among the latest`);
    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-today=${AFTER_ALL}` });
    const note = page.locator(`${APP} section.dx-agenda-upcoming p.dx-nothing-upcoming`);
    await note.waitFor();
    const said = await textOf(note);
    const names = await note.locator('a').allTextContents();
    assert.equal(names.length, agenda.nothing_upcoming.latest.length, `one link per latest dialogue: ${said}`);
    if (sameMonth.length > 0) {
      assert.ok(said.includes(catalogue('en').latest_were), `"The latest were": ${said}`);
      assert.ok(!said.includes(catalogue('en').latest_was), `not "The latest was": ${said}`);
    }
    t.diagnostic(said);
    await assertClean(page, watch);
  });

  test('6c. a theme raised at the latest dated dialogue is not said to be raised at "the latest dialogue" when a later one records nothing', TIMEOUT, async (t) => {
    const lastDay = suite.dataset.dialogues.filter((d) => d.date?.length === 10).map((d) => d.date).sort().at(-1);
    const latestDated = suite.dataset.dialogues.find((d) => d.date === lastDay);
    const theme = [...(latestDated.agenda_items ?? []), ...(latestDated.topics_raised ?? [])].flatMap((e) => e.themes)[0];
    assert.ok(theme, `${latestDated.id} raised a theme`);
    const { page: expected } = suite.oracle.state(`?dx-view=theme&dx-id=${theme}`);
    const { page, watch } = await openApp(t, { query: `?dx-view=theme&dx-id=${theme}` });
    const { sentence } = await readContinuity(page, theme);
    assert.ok(fits(sentence, expected.said.en, NAME), `"${sentence}" reads as "${expected.said.en}"`);
    if (expected.unrecorded.length > 0) {
      assert.ok(!sentence.includes('Raised at the latest dialogue in the dataset.'), `not "the latest dialogue in the dataset": ${sentence}`);
    }
    t.diagnostic(`${theme}: ${sentence}`);
    await assertClean(page, watch);
  });

  test('7. when the filters hide what is upcoming, the agenda says that, not that nothing is', TIMEOUT, async (t) => {
    // A day with dialogues ahead, and a theme none of them raises.
    const days = [...new Set(suite.dataset.dialogues.map((d) => d.date).filter((d) => d?.length === 10))].sort();
    let found = null;
    for (const day of days) {
      const whole = suite.oracle.state(`?dx-view=agenda&dx-today=${day}`).agenda;
      if (whole.upcoming.length === 0) continue;
      const theme = themeIds().find((id) => {
        const a = suite.oracle.state(`?dx-view=agenda&dx-theme=${id}&dx-today=${day}`).agenda;
        return a.upcoming.length === 0 && a.past.length > 0;
      });
      if (theme) {
        found = { day, theme };
        break;
      }
    }
    assert.ok(found, 'a day and a theme that hides every upcoming dialogue');
    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-theme=${found.theme}&dx-today=${found.day}` });
    const note = page.locator(`${APP} section.dx-agenda-upcoming p.dx-nothing-upcoming`);
    await note.waitFor();
    assert.equal(await textOf(note), catalogue('en').none_upcoming_match);
    assert.equal(await note.locator('a').count(), 0, 'no "latest" link: the past list shows the matching ones');
    await assertClean(page, watch);
  });

  test('8. the facts of a dialogue say each thing once', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-today=${AFTER_ALL}` });
    await showAll(page, '.dx-agenda');
    const cards = page.locator(`${APP} article.dx-card`);
    assert.equal(await cards.count(), suite.dataset.dialogues.length);
    // No time zone beside dates that have no time.
    const dates = await page.locator(`${APP} article.dx-card p.dx-date`).allTextContents();
    const zones = dates.filter((d) => /Europe\/|UTC|time\b/.test(d));
    assert.deepEqual(zones, [], 'no time zone is named beside a day');
    // The level of certainty is said once.
    const levels = { high: 'High', medium: 'Medium', low: 'Low' };
    for (const d of suite.dataset.dialogues) {
      const fact = page.locator(`${APP} article.dx-card[data-dialogue="${d.id}"] .dx-fact-wide`, { hasText: 'How certain' });
      const line = await textOf(fact.locator('dd'));
      const label = levels[d.certainty.level];
      const times = line.split(/[\s:—.,]+/).filter((w) => w.toLowerCase() === label.toLowerCase()).length;
      assert.equal(times, 1, `${d.id}: "${line}" says ${label} once`);
      if (d.certainty.note) assert.ok(line.includes(en(d.certainty.note).slice(0, 20)), `${d.id}: the note is shown`);
    }
    await assertClean(page, watch);
  });
});
