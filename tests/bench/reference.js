// Plain-JS counterpart of the explorer's filter-and-render, for bench-browser.mjs.
const src = new URLSearchParams(location.search).get('src') || 'data/dialogues.json';
const SHOWN = 100;

const dataset = await (await fetch(src)).json();
const dateOf = (d) => d.date || '9999';
const entries = [...dataset.dialogues]
  .sort((a, b) => dateOf(a).localeCompare(dateOf(b)))
  .flatMap((d) =>
    [...(d.agenda_items || []), ...(d.topics_raised || [])].map((e) => ({ dialogue: d, entry: e })),
  );
const text = (t) => (typeof t === 'string' ? t : t.en);
const chosen = new Set();
const boxes = new Map();

function render() {
  const hits = entries.filter(
    (h) => chosen.size === 0 || h.entry.themes.some((t) => chosen.has(t)),
  );
  for (const theme of dataset.themes) {
    // What ticking the value would give: OR within the facet.
    const count = entries.filter((h) => h.entry.themes.includes(theme.id)).length;
    boxes.get(theme.id).count.textContent = String(count);
  }
  const dialogues = new Set(hits.map((h) => h.dialogue.id)).size;
  document.getElementById('count').textContent = `${hits.length} entries from ${dialogues} dialogues`;
  const list = document.getElementById('results');
  list.replaceChildren(
    ...hits.slice(0, SHOWN).map((h) => {
      const li = document.createElement('li');
      const title = document.createElement('h3');
      title.textContent = h.dialogue.id;
      const p = document.createElement('p');
      p.textContent = text(h.entry.text);
      li.append(title, p);
      return li;
    }),
  );
}

const fieldset = document.getElementById('themes');
for (const theme of dataset.themes) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.dataset.facet = 'theme';
  box.dataset.value = theme.id;
  box.addEventListener('change', () => {
    if (box.checked) chosen.add(theme.id);
    else chosen.delete(theme.id);
    render();
  });
  const count = document.createElement('span');
  label.append(box, ' ', text(theme.label), ' ', count);
  fieldset.append(label);
  boxes.set(theme.id, { box, count });
}
render();
