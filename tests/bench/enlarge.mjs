// Makes a larger dataset of the same shape: the dialogues repeated under new ids (`tip-2023-c2`),
// with their entries, so that every rule of the format still holds. Used by the browser
// benchmark (bench-browser.mjs) and usable alone:
//
//   node tests/bench/enlarge.mjs public/data/dialogues.json 10000 > /tmp/big.json
//
// The second argument is the number of entries wanted (at least); the result has as many whole
// copies of the dialogues as that takes.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entriesOf = (d) => (d.agenda_items?.length ?? 0) + (d.topics_raised?.length ?? 0);

/** The dataset with its dialogues copied until it holds at least `entries` entries. */
export function enlarge(dataset, entries) {
  const perCopy = dataset.dialogues.reduce((n, d) => n + entriesOf(d), 0);
  const copies = Math.max(1, Math.ceil(entries / perCopy));
  const dialogues = [];
  for (let copy = 1; copy <= copies; copy++) {
    for (const d of dataset.dialogues) {
      if (copy === 1) {
        dialogues.push(d);
        continue;
      }
      const suffix = `-c${copy}`;
      const renamed = (list) => (list ?? []).map((e) => ({ ...e, id: e.id + suffix }));
      dialogues.push({
        ...d,
        id: d.id + suffix,
        agenda_items: renamed(d.agenda_items),
        topics_raised: renamed(d.topics_raised),
      });
    }
  }
  return { ...dataset, dialogues };
}

export function countEntries(dataset) {
  return dataset.dialogues.reduce((n, d) => n + entriesOf(d), 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, wanted] = process.argv.slice(2);
  if (!file || !wanted) {
    console.error('usage: node tests/bench/enlarge.mjs DATASET ENTRIES');
    process.exit(2);
  }
  const big = enlarge(JSON.parse(readFileSync(file, 'utf8')), Number(wanted));
  process.stdout.write(JSON.stringify(big, null, 1) + '\n');
}
