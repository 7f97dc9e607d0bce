// The dataset's own text in the six languages: filters, matrix rows and headers, and agenda
// cards show each language's text, marked with the right `lang`, with no English left but the
// publishers' own titles. The expected strings are read from the bundled dataset itself.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { APP, NEEDS_BUILD, assertClean, useSuite } from './harness.mjs';

const TIMEOUT = { timeout: 120_000 };
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const TODAY = '2026-11-28';

/** A dataset text in `lang` ("text" or {"en": …, "fr": …}). */
const textIn = (text, lang) => (typeof text === 'string' ? text : (text[lang] ?? text.en));
const squash = (s) => s.replace(/\s+/g, ' ').trim();

describe('dataset text in six languages', NEEDS_BUILD, () => {
  const suite = useSuite();
  const { openApp, goto } = suite;

  test('filters, matrix rows and headers, and agenda cards speak the reader’s language', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t);
    const problems = [];
    for (const lang of LANGS) {
      await goto(page, `?dx-lang=${lang}`);
      await page.locator(`${APP} table.dx-matrix`).waitFor();
      assert.equal(await page.locator(APP).getAttribute('lang'), lang, `the app root is lang=${lang}`);

      const themeLabels = await page
        .locator(`${APP} input[data-facet="theme"] + label .dx-facet-label`)
        .allInnerTexts();
      const themes = suite.dataset.themes.map((th) => squash(textIn(th.label, lang)));
      if (JSON.stringify(themeLabels.map(squash)) !== JSON.stringify(themes))
        problems.push(`${lang}: theme filters ${JSON.stringify(themeLabels)}, expected ${JSON.stringify(themes)}`);

      const groupLabels = await page
        .locator(`${APP} input[data-facet="wg"] + label .dx-facet-label`)
        .allInnerTexts();
      const groups = suite.dataset.working_groups.map((w) => squash(textIn(w.short_name, lang)));
      if (JSON.stringify(groupLabels.map(squash)) !== JSON.stringify(groups))
        problems.push(`${lang}: group filters ${JSON.stringify(groupLabels)}, expected ${JSON.stringify(groups)}`);

      const rows = await page.locator(`${APP} th.dx-row-head`).allInnerTexts();
      if (JSON.stringify(rows.map(squash)) !== JSON.stringify(themes))
        problems.push(`${lang}: matrix rows ${JSON.stringify(rows)}, expected ${JSON.stringify(themes)}`);
      const heads = await page.locator(`${APP} th.dx-group-head`).allInnerTexts();
      for (const head of heads)
        if (!groups.includes(squash(head))) problems.push(`${lang}: matrix group header "${head}" is not a short name in ${lang}`);

      // Nothing in the matrix view is English inside another language (the switcher's own
      // "English" option aside).
      const english = await page
        .locator(`${APP} [lang="en"]:not(option)`)
        .evaluateAll((els) => els.map((e) => e.textContent.trim().slice(0, 60)));
      if (lang !== 'en' && english.length > 0) problems.push(`${lang}: English in the matrix view: ${JSON.stringify(english)}`);

      // An agenda card: its entries in the language, unmarked; only source titles may stay in
      // their publishers' language.
      await goto(page, `?dx-lang=${lang}&dx-view=agenda&dx-today=${TODAY}`);
      const card = page.locator(`${APP} .dx-agenda li article`).first();
      await card.waitFor();
      const id = await card.getAttribute('data-dialogue');
      const dialogue = suite.dialogueById(id);
      const cardText = squash(await card.innerText());
      for (const entry of [...(dialogue.agenda_items ?? []), ...(dialogue.topics_raised ?? [])]) {
        const expected = squash(textIn(entry.text, lang));
        if (!cardText.includes(expected)) problems.push(`${lang}: card ${id} lacks "${expected.slice(0, 60)}"`);
      }
      const leftOver = await card
        .locator('[lang="en"]:not(.dx-source)')
        .evaluateAll((els) => els.map((e) => e.textContent.trim().slice(0, 60)));
      if (lang !== 'en' && leftOver.length > 0) problems.push(`${lang}: English on card ${id}: ${JSON.stringify(leftOver)}`);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
    await assertClean(page, watch);
  });

  test('the page says once that the dataset text is translated', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t);
    for (const lang of LANGS) {
      await goto(page, `?dx-lang=${lang}`);
      const note = page.locator(`${APP} .dx-translation-note`);
      if (lang === 'en') {
        assert.equal(await note.count(), 0, 'no translation note in English, the summaries’ own language');
        continue;
      }
      assert.equal(await note.count(), 1, `one translation note in ${lang}`);
      const expected = squash(textIn(suite.dataset.translations.note, lang));
      assert.equal(squash(await note.innerText()), expected, `the note in ${lang}`);
    }
    await assertClean(page, watch);
  });
});
