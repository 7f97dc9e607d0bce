// The expected values of the end-to-end tests, from the app's own domain: examples/oracle.rs
// runs the real `core` (the query, the matrix, the agenda, the catalogues, the exports) and
// answers for screens given by their query string, so that a test checks that the page shows
// what the domain computed, with no copy of its rules here. See the example's header for the
// request and the answer.
//
// The binary (target/release/examples/oracle) is built by `make test-e2e`, or here, once per
// test process, by `cargo build --release --example oracle` (which does nothing when it is up
// to date). Answers are cached: ask for several screens at once where you can, each is run once.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from './support.mjs';

const BINARY = path.join(path.resolve(repoRoot, process.env.CARGO_TARGET_DIR || 'target'), 'release', 'examples', 'oracle');

let built = false;

/** Builds the oracle unless this process already did (cargo leaves an up-to-date one alone). */
export function buildOracle() {
  if (built) return;
  const run = spawnSync('cargo', ['build', '--quiet', '--release', '--example', 'oracle'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 900_000,
  });
  // Without cargo, a binary built before will do.
  const noCargo = run.error?.code === 'ENOENT' && existsSync(BINARY);
  if (!noCargo && (run.error || run.status !== 0)) {
    throw new Error(`cargo build --release --example oracle failed:\n${run.stderr ?? ''}${run.error ?? ''}`);
  }
  built = true;
}

/**
 * The day of screens that name none (dx-today): the machine's calendar day, which is the
 * browser's too (the app takes it from the reader's clock; native Rust has no time zones).
 */
export function localDay(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class Oracle {
  /**
   * @param {object} options `dataset`, the path of the dataset the page loads; `base`, the
   *   app's address (links in the downloads); `today`, the day of screens that name none.
   */
  constructor({ dataset, base = '', today = localDay() }) {
    this.request = { dataset, base, today };
    this.cache = { states: new Map(), files: new Map(), fold: new Map(), plurals: { ru: new Map(), ar: new Map() } };
    this.known = null;
  }

  /** Runs the oracle on a request (its dataset, base and today added) and files the answer. */
  ask({ states = [], files = [], fold = [], plurals = [] } = {}) {
    buildOracle();
    const request = { ...this.request, states, files, fold, plurals };
    const run = spawnSync(BINARY, [], {
      cwd: repoRoot,
      input: JSON.stringify(request),
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      timeout: 120_000,
    });
    if (run.error || run.status !== 0) {
      throw new Error(`the oracle failed (${run.error ?? `status ${run.status}`}):\n${run.stderr}`);
    }
    const answer = JSON.parse(run.stdout);
    this.known = { dialogues: answer.dialogues, summary: answer.summary, catalogue: answer.catalogue };
    for (const [query, value] of Object.entries(answer.states)) this.cache.states.set(query, value);
    for (const [query, value] of Object.entries(answer.files)) this.cache.files.set(query, value);
    fold.forEach((text, i) => this.cache.fold.set(text, answer.fold[i]));
    for (const lang of ['ru', 'ar']) {
      for (const [number, category] of Object.entries(answer.plurals[lang])) this.cache.plurals[lang].set(Number(number), category);
    }
    return answer;
  }

  /** What the dataset is: `dialogues` (by id: date, precision, groups), `summary`, `catalogue`. */
  get facts() {
    if (!this.known) this.ask();
    return this.known;
  }

  /** The catalogue strings of a language (view_matrix, language_label, comma…). */
  catalogue(lang) {
    return this.facts.catalogue[lang];
  }

  /** The facts of one dialogue (which must be in the dataset). */
  dialogue(id) {
    const d = this.facts.dialogues[id];
    if (!d) throw new Error(`the oracle knows no dialogue ${id}`);
    return d;
  }

  /**
   * What the screens at these query strings show ("?dx-theme=children"), one answer each: `hits`
   * ({ entry, dialogue, kind, marks }), `dialogues`, `counts`, `facets`, `status` (by language),
   * `matrix`, `cell`, `agenda`, `distances`, `page`, `dropped`.
   */
  states(queries) {
    const missing = [...new Set(queries.filter((q) => !this.cache.states.has(q)))];
    if (missing.length > 0) this.ask({ states: missing });
    return queries.map((q) => this.cache.states.get(q));
  }

  state(query = '') {
    return this.states([query])[0];
  }

  /** The downloads of the screen at a query string: `names`, `csv`, `json`, `calendar`. */
  files(query = '') {
    if (!this.cache.files.has(query)) this.ask({ files: [query] });
    return this.cache.files.get(query);
  }

  /** The texts folded as the search folds them (lower case, no diacritics). */
  fold(texts) {
    const missing = [...new Set(texts.filter((t) => !this.cache.fold.has(t)))];
    if (missing.length > 0) this.ask({ fold: missing });
    return texts.map((t) => this.cache.fold.get(t));
  }

  /** The plural category of a number in a language (ru: one, few, many; ar: zero … other). */
  plural(lang, number) {
    if (!this.cache.plurals[lang].has(number)) this.ask({ plurals: [number] });
    return this.cache.plurals[lang].get(number);
  }
}
