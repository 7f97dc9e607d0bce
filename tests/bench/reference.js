// Plain-JS counterpart of the explorer for bench-browser.mjs: the same dataset, the same filter
// rules (values of a facet OR, facets AND, every count given the other facets), the same markup
// and stylesheet for the filter panel and for the matrix, the entries list and the agenda, the
// same page sizes, and the state written to the address. It is what a careful hand-written page
// would do: rebuild the view in one `replaceChildren` per change and set the counts in place.
const params = new URLSearchParams(location.search);
const src = params.get('src') || 'data/dialogues.json';
const view = params.get('view') || 'matrix';
// The app's page sizes (src/ui/views/results.rs and agenda.rs).
const ENTRIES_SHOWN = Number(params.get('entries') || 30);
const DIALOGUES_SHOWN = Number(params.get('dialogues') || 10);
const MAX_DIALOGUE_COLUMNS = 60;

const dataset = await (await fetch(src)).json();
const en = (t) => (t == null ? '' : typeof t === 'string' ? t : t.en);
const today = new Date().toISOString().slice(0, 10);
const dateOf = (d) => d.date || '9999';
const dialogues = [...dataset.dialogues].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
const groups = new Map(dataset.working_groups.map((w) => [w.id, w]));
const themes = new Map(dataset.themes.map((t) => [t.id, t]));
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' });
const relativeTime = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const relative = (date) => {
  const days = Math.round((new Date(date.length === 7 ? date + '-01' : date) - new Date(today)) / 86_400_000);
  return Math.abs(days) <= 45 ? relativeTime.format(days, 'day') : Math.abs(days) < 730 ? relativeTime.format(Math.round(days / 30.44), 'month') : relativeTime.format(Math.round(days / 365.25), 'year');
};
const dateText = (d, format = shortDate) =>
  !d.date ? 'date not known' : d.date.length === 7 ? monthOnly.format(new Date(d.date + '-01')) : format.format(new Date(d.date));
const groupName = (d) => d.working_groups.map((g) => en(groups.get(g)?.short_name)).join(' & ');
const lastDay = (d) => (d.date?.length === 7 ? d.date + '-31' : d.date || '0000');
const statusOf = (d) => (lastDay(d) >= today ? 'upcoming' : 'past');

const entries = dialogues.flatMap((d) => [
  ...(d.agenda_items || []).map((e) => ({ dialogue: d, entry: e, kind: 'agenda' })),
  ...(d.topics_raised || []).map((e) => ({ dialogue: d, entry: e, kind: 'topic' })),
]);
const facets = {
  wg: { name: 'Working group', keys: dataset.working_groups.map((w) => w.id), label: (k) => en(groups.get(k).short_name), of: (h) => h.dialogue.working_groups },
  year: { name: 'Year', keys: [...new Set(dialogues.filter((d) => d.date).map((d) => d.date.slice(0, 4)))].sort(), label: (k) => k, of: (h) => (h.dialogue.date ? [h.dialogue.date.slice(0, 4)] : []) },
  theme: { name: 'Theme', keys: dataset.themes.map((t) => t.id), label: (k) => en(themes.get(k).label), of: (h) => h.entry.themes },
  kind: { name: 'Kind', keys: ['agenda', 'topic'], label: (k) => (k === 'agenda' ? 'Agenda item' : 'Topic raised'), of: (h) => [h.kind] },
  status: { name: 'Status', keys: ['upcoming', 'past'], label: (k) => (k === 'upcoming' ? 'Upcoming' : 'Past'), of: (h) => [statusOf(h.dialogue)] },
};
const chosen = Object.fromEntries(Object.keys(facets).map((f) => [f, new Set()]));
const passes = (h, except) =>
  Object.entries(chosen).every(([f, set]) => f === except || set.size === 0 || facets[f].of(h).some((k) => set.has(k)));

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null && v !== false) el.setAttribute(k, v);
  el.append(...children.flat().filter((c) => c != null));
  return el;
}
function query(extra) {
  const p = new URLSearchParams();
  p.set('dx-view', view);
  for (const [f, set] of Object.entries(chosen)) if (set.size) p.set(`dx-${f}`, [...set].join(','));
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return '?' + p.toString();
}
const link = (extra, text, label) => h('a', { href: query(extra), 'aria-label': label }, text);
const star = (id, label) => h('button', { class: 'dx-star', type: 'button', 'aria-pressed': 'false', 'aria-label': label, title: label, 'data-star': id },
  h('span', { class: 'dx-star-glyph', 'aria-hidden': 'true' }), h('span', { class: 'dx-star-word', 'aria-hidden': 'true' }, 'Star'));
// "Copy citation" beside a source or a figure (the app builds the citation text too).
const cite = (what) => h('span', { class: 'dx-cite' },
  h('button', { class: 'dx-small-button dx-cite-button', type: 'button', 'aria-label': `Copy citation: ${what}` }, 'Copy citation'),
  h('span', { class: 'dx-said-inline', role: 'status' }));
const sourceName = (s) => `${en(s.publisher)}: ${en(s.title ?? s.description)}`;

function entryView({ dialogue, entry, kind }, withDialogue) {
  const source = sources.get(entry.source);
  return h('li', null, h('article', { class: 'dx-entry', 'data-entry': entry.id },
    h('p', { class: 'dx-entry-meta' },
      h('span', { class: `dx-kind dx-kind-${kind}` }, kind === 'agenda' ? 'Agenda item' : 'Topic raised'),
      withDialogue ? link({ 'dx-view': 'dialogue', 'dx-id': dialogue.id }, `${groupName(dialogue)}, ${dateText(dialogue)}`) : null,
      star(entry.id, `Star this entry (keep it in My agenda): ${en(entry.text)}`)),
    h('p', { class: 'dx-entry-text' }, en(entry.text)),
    h('ul', { class: 'dx-tags', 'aria-label': 'Themes' }, entry.themes.map((t) =>
      h('li', null, h('a', { class: 'dx-tag', href: query({ 'dx-view': 'theme', 'dx-id': t }) }, h('span', null, en(themes.get(t)?.label)))))),
    source ? h('p', { class: 'dx-entry-source' }, 'Source: ',
      h('a', { class: 'dx-source', href: source.url, rel: 'noopener noreferrer', target: '_blank' }, sourceName(source))) : null));
}

function listView(hits) {
  const parts = [];
  for (const hit of hits.slice(0, ENTRIES_SHOWN)) {
    if (parts.at(-1)?.dialogue !== hit.dialogue) parts.push({ dialogue: hit.dialogue, hits: [] });
    parts.at(-1).hits.push(hit);
  }
  return h('div', { class: 'dx-results' }, parts.map(({ dialogue, hits }) =>
    h('section', { class: 'dx-result-group' },
      h('h3', { class: 'dx-subtitle' }, link({ 'dx-view': 'dialogue', 'dx-id': dialogue.id }, `${groupName(dialogue)}, ${dateText(dialogue)}`)),
      h('ul', { class: 'dx-entries' }, hits.map((x) => entryView(x, false))))),
    more(hits.length, ENTRIES_SHOWN));
}
const more = (total, shown) => (total > shown ? h('p', { class: 'dx-show-more' }, h('button', { type: 'button', class: 'dx-button' }, `Show more (${total - shown} not shown yet)`)) : null);

function matrixView(hits, inView) {
  const byYear = inView.length > MAX_DIALOGUE_COLUMNS;
  const columnOf = (d) => (byYear ? d.date?.slice(0, 4) : d.id);
  const rank = (d) => dataset.working_groups.findIndex((w) => w.id === d.working_groups[0]);
  const columns = byYear
    ? [...new Set(inView.filter((d) => d.date).map(columnOf))].map((key) => ({ key, text: key, label: key }))
    : [...inView].sort((a, b) => rank(a) - rank(b)).map((d) => ({ key: d.id, group: d.working_groups[0], text: dateText(d), label: `${groupName(d)}, ${dateText(d)}` }));
  const index = new Map(columns.map((c, i) => [c.key, i]));
  const counts = new Map();
  const raised = new Map();
  for (const hit of hits) {
    for (const t of hit.entry.themes) {
      const c = index.get(columnOf(hit.dialogue));
      if (c === undefined) continue;
      const row = counts.get(t) || counts.set(t, new Array(columns.length).fill(0)).get(t);
      row[c] += 1;
      if (!raised.has(t)) raised.set(t, new Map());
      if (!raised.get(t).has(c)) raised.get(t).set(c, raised.get(t).size === 0 ? 'first' : 'recurs');
    }
  }
  const max = Math.max(0, ...[...counts.values()].flat());
  const level = (n) => (n === 0 || max === 0 ? 0 : Math.min(4, 1 + Math.floor((n * 4 - 1) / max)));
  const head = [h('tr', null, h('th', { class: 'dx-corner-head', scope: 'col' }, 'Theme'),
    columns.map((c) => h('th', { class: 'dx-col-head', scope: 'col' },
      link(byYear ? { 'dx-view': 'matrix', 'dx-year': c.key } : { 'dx-view': 'dialogue', 'dx-id': c.key }, c.text, c.label))),
    h('th', { class: 'dx-total-head', scope: 'col' }, 'Total'))];
  if (!byYear) {
    const spans = [];
    for (const c of columns) spans.at(-1)?.group === c.group ? spans.at(-1).n++ : spans.push({ group: c.group, n: 1 });
    head.unshift(h('tr', null, h('td', { class: 'dx-corner' }), spans.map((s) =>
      h('th', { class: 'dx-group-head', scope: 'colgroup', colspan: s.n }, en(groups.get(s.group)?.short_name))), h('td', { class: 'dx-corner' })));
  }
  const rows = dataset.themes.map((theme, r) => {
    const row = counts.get(theme.id) || new Array(columns.length).fill(0);
    const marks = raised.get(theme.id) || new Map();
    return h('tr', null,
      h('th', { class: 'dx-row-head', scope: 'row' }, link({ 'dx-view': 'theme', 'dx-id': theme.id }, h('span', null, en(theme.label)))),
      row.map((n, c) => {
        const mark = byYear ? undefined : marks.get(c);
        return h('td', null, h('button', {
          class: `dx-cell dx-level-${level(n)}${mark ? ' dx-' + mark : ''}`, type: 'button', 'data-cell': `${r}-${c}`, 'data-count': n,
          'aria-label': `${en(theme.label)} — ${columns[c].label}: ${n} ${n === 1 ? 'entry' : 'entries'}${mark === 'first' ? ' (first raised here)' : mark ? ' (raised again)' : ''}`,
          'aria-pressed': 'false', tabindex: r === 0 && c === 0 ? '0' : '-1',
        }, n > 0 ? String(n) : '·'));
      }),
      h('td', { class: 'dx-total' }, String(row.reduce((a, b) => a + b, 0))));
  });
  return h('section', { class: 'dx-matrix-view' }, h('div', { class: 'dx-matrix-scroll' },
    h('table', { class: 'dx-matrix' }, h('caption', { class: 'dx-caption' }, 'Themes raised in each dialogue'), h('thead', null, head), h('tbody', null, rows))));
}

// As the app's agenda: upcoming dialogues (soonest first), then past ones (latest first), the
// first DIALOGUES_SHOWN of each; under a filter that picks entries (a theme, a kind), each card
// lists its matching entries, says how many of all they are, and offers the others.
function agendaView(inView, hits) {
  const matching = hits && new Map();
  if (matching) for (const x of hits) (matching.get(x.dialogue) || matching.set(x.dialogue, new Set()).get(x.dialogue)).add(x.entry);
  const card = (d) => {
    const fact = (name, value) => h('div', { class: 'dx-fact' }, h('dt', null, name), h('dd', null, value ? h('span', null, value) : h('span', { class: 'dx-unknown' }, 'not known')));
    const all = [...(d.agenda_items || []), ...(d.topics_raised || [])];
    const picked = matching?.get(d);
    const narrowed = picked && picked.size < all.length ? picked : null;
    const part = (heading, list, kind) => {
      const shown = (list || []).filter((e) => !narrowed || narrowed.has(e));
      if (shown.length) return [h('h4', { class: 'dx-minor' }, heading), h('ul', { class: 'dx-entries' }, shown.map((e) => entryView({ dialogue: d, entry: e, kind }, false)))];
      return narrowed ? null : [h('h4', { class: 'dx-minor' }, heading), h('p', { class: 'dx-unknown' }, 'None recorded.')];
    };
    return h('li', null, h('article', { class: 'dx-card', 'data-dialogue': d.id },
      h('div', { class: 'dx-card-head' },
        h('h3', { class: 'dx-subtitle' }, link({ 'dx-view': 'dialogue', 'dx-id': d.id }, h('span', null, groupName(d)))),
        star(d.id, `Star ${groupName(d)}, ${dateText(d)} (keep it in My agenda)`),
        h('span', { class: 'dx-calendar-one' }, h('button', { class: 'dx-small-button', type: 'button', 'aria-label': `Add to calendar: ${groupName(d)}` }, 'Add to calendar'), h('span', { class: 'dx-said', role: 'status' }))),
      h('p', { class: 'dx-date' }, h('time', { datetime: d.date }, dateText(d, longDate)),
        d.date ? h('span', { class: 'dx-muted' }, ` · ${relative(d.date)}`) : null),
      h('ul', { class: 'dx-sessions' }, (d.follows_sessions || []).map((s) => h('li', null, `After session ${s.number} of the ${en(groups.get(s.working_group)?.name)}`,
        s.start ? ` (${shortDate.format(new Date(s.start))}${s.end ? ' – ' + shortDate.format(new Date(s.end)) : ''})` : null))),
      h('dl', { class: 'dx-facts' }, fact('Venue', en(d.venue)), fact('Format', d.format),
        h('div', { class: 'dx-fact' }, h('dt', null, 'Chaired by'), h('dd', null, d.chairs?.length
          ? h('ul', { class: 'dx-plain-list' }, d.chairs.map((c) => h('li', null, h('span', null, en(c.name)), c.country ? [' (', h('span', null, en(c.country)), ')'] : null)))
          : h('span', { class: 'dx-unknown' }, 'not known'))),
        d.ordinals?.length ? h('div', { class: 'dx-fact dx-fact-wide' }, h('dt', null, 'Counted as'), h('dd', null, h('ul', { class: 'dx-plain-list' }, d.ordinals.map((o) => {
          const source = sources.get(o.reported_by);
          return h('li', null, `No. ${o.value} among ${en(o.counted_among)}`, source ? h('span', { class: 'dx-muted' }, ' — reported by ', h('a', { class: 'dx-source', href: source.url }, sourceName(source))) : null);
        })))) : null,
        h('div', { class: 'dx-fact dx-fact-wide' }, h('dt', null, 'How certain'), h('dd', null, h('span', { class: `dx-certainty dx-certainty-${d.certainty?.level}` }, d.certainty?.level || ''), ' — ', h('span', null, en(d.certainty?.note))))),
      narrowed ? h('p', { class: 'dx-matching' }, h('span', { class: 'dx-matching-count' }, `${narrowed.size} of ${all.length} entries match the filters.`), ' ',
        h('button', { type: 'button', class: 'dx-small-button dx-show-all-entries', 'aria-pressed': 'false' }, `Show all ${all.length} entries`)) : null,
      part('Agenda', d.agenda_items, 'agenda'),
      part('Topics raised', d.topics_raised, 'topic'),
      h('h4', { class: 'dx-minor' }, 'Attendance'),
      d.attendance?.length ? h('ul', { class: 'dx-plain-list dx-attendance' }, d.attendance.map((a) => {
        const source = sources.get(a.reported_by);
        return h('li', null, h('strong', null, `${a.qualifier === 'about' ? 'about ' : a.qualifier === 'more_than' ? 'more than ' : ''}${a.count} ${a.counted}`),
          source ? h('span', { class: 'dx-muted' }, ' — reported by ', h('a', { class: 'dx-source', href: source.url }, sourceName(source))) : null,
          ' ', cite(`${a.count} ${a.counted}`),
          a.note ? [h('br'), h('span', { class: 'dx-note' }, en(a.note))] : null);
      })) : h('p', { class: 'dx-attendance' }, h('span', { class: 'dx-unknown' }, 'not known')),
      d.notes ? [h('h4', { class: 'dx-minor' }, 'Notes'), h('p', { class: 'dx-notes' }, en(d.notes))] : null,
      h('h4', { class: 'dx-minor' }, 'Sources'),
      h('ul', { class: 'dx-plain-list dx-sources' }, (d.sources || []).map((id) => sources.get(id)).filter(Boolean).map((s) =>
        h('li', null, h('a', { class: 'dx-source', href: s.url, rel: 'noopener noreferrer', target: '_blank' }, sourceName(s)), ' ', cite(sourceName(s))))),
      h('p', { class: 'dx-brief-links' }, d.working_groups.map((g) => link({ 'dx-view': 'brief', 'dx-id': g }, h('span', null, `Brief for the next ${en(groups.get(g)?.short_name)} dialogue`))))));
  };
  const upcoming = inView.filter((d) => statusOf(d) === 'upcoming');
  const past = inView.filter((d) => statusOf(d) === 'past').reverse();
  const section = (title, list, none) => h('section', null, h('h2', { class: 'dx-section-title' }, title),
    list.length ? h('ol', { class: 'dx-cards' }, list.slice(0, DIALOGUES_SHOWN).map(card)) : h('p', { class: 'dx-empty-note' }, none),
    more(list.length, DIALOGUES_SHOWN));
  return h('div', { class: 'dx-agenda' },
    section('Upcoming', upcoming, 'No upcoming dialogue matches the filters.'),
    section('Past', past, 'No past dialogue matches the filters.'));
}

const boxes = new Map();
function render(push) {
  const hits = entries.filter((x) => passes(x));
  for (const [f, facet] of Object.entries(facets)) {
    const counts = new Map();
    for (const x of entries) if (passes(x, f)) for (const k of facet.of(x)) counts.set(k, (counts.get(k) || 0) + 1);
    for (const k of facet.keys) {
      const { box, count, item } = boxes.get(`${f}:${k}`);
      const n = counts.get(k) || 0;
      count.textContent = String(n);
      box.disabled = n === 0 && !box.checked;
      item.classList.toggle('dx-empty', box.disabled);
    }
  }
  const entryLevel = chosen.theme.size > 0 || chosen.kind.size > 0;
  const held = new Set(hits.map((x) => x.dialogue));
  const inView = dialogues.filter((d) => (entryLevel ? held.has(d) : passes({ dialogue: d, entry: { themes: [] }, kind: '' }, 'theme')));
  document.getElementById('count').textContent = `${hits.length} entries from ${inView.length} dialogues`;
  const main = view === 'list' ? listView(hits) : view === 'agenda' ? agendaView(inView, entryLevel ? hits : null) : matrixView(hits, inView);
  document.getElementById('view').replaceChildren(main);
  if (push) history.pushState(null, '', query() + `&src=${encodeURIComponent(src)}`);
}

const panel = document.getElementById('facets');
for (const [f, facet] of Object.entries(facets)) {
  const list = h('ul', { class: 'dx-facet-values' });
  panel.append(h('fieldset', { class: 'dx-facet' }, h('legend', null, facet.name), list));
  for (const k of facet.keys) {
    const id = `ref-${f}-${k}`;
    const box = h('input', { type: 'checkbox', id, 'data-facet': f, 'data-value': k });
    const count = h('span', { class: 'dx-count' });
    const item = h('li', { class: 'dx-facet-value' }, box,
      h('label', { for: id }, h('span', { class: 'dx-facet-label' }, facet.label(k)), ' ', count),
      h('button', { type: 'button', class: 'dx-link-button dx-only', 'aria-label': `Only ${facet.label(k)}` }, 'only'));
    box.addEventListener('change', () => {
      box.checked ? chosen[f].add(k) : chosen[f].delete(k);
      render(true);
    });
    list.append(item);
    boxes.set(`${f}:${k}`, { box, count, item });
  }
}
render(false);
