// Dialogue Explorer, embeddable: include this script once per page, then place
// <dialogue-explorer></dialogue-explorer> elements wherever the explorer should appear.
//
//   <script type="module" src="https://example.org/tools/dialogues/embed.js"></script>
//   <dialogue-explorer view="agenda" theme="auto"></dialogue-explorer>
//
// Attributes: src (dataset address; default: data/dialogues.json next to this script), view
// (matrix, agenda, list), lang, theme (light, dark, auto), url-state (off by default, or a
// namespace such as "dx" to keep the state in the page's address), font ("inherit" takes the
// host page's font), header ("show" shows the title), filters (preset filters in the syntax of
// the address: "wg=tip&status=upcoming"), views (the tabs offered: "agenda" alone hides them,
// "agenda,list"), controls ("none", "search", "full"), accent and the other brand colours (hex,
// README: "Colours and font"). Changing one re-renders the explorer.
// Each explorer lives in its own shadow root: the page's styles do not reach it and its
// styles do not reach the page.

const base = new URL('./', import.meta.url);
// The brand colours, as src/core/embedding.rs names them (BRAND_COLOURS).
const COLOURS = ['accent', 'accent-dark', 'accent-contrast', 'accent-contrast-dark', 'text', 'text-dark',
  'text-muted', 'text-muted-dark', 'surface', 'surface-dark', 'surface-raised', 'surface-raised-dark',
  'border', 'border-dark', 'focus', 'focus-dark', 'danger', 'danger-dark'];
const ATTRIBUTES = ['src', 'view', 'lang', 'theme', 'url-state', 'font', 'header', 'today', 'timeout',
  'filters', 'views', 'controls', ...COLOURS];

// What the element says when the module itself could not load (so no Rust is there to ask):
// the catalogues' `could_not_load` and `open_own_page` (src/core/messages/), copied here as
// JSON; tests/embed_messages.rs checks that each is equal to its catalogue's.
const FAILURE_MESSAGES = {
  "ar": ["تعذّر تحميل Dialogue Explorer.", "افتحه في صفحة مستقلة"],
  "zh": ["无法加载Dialogue Explorer。", "在单独的页面中打开"],
  "en": ["Dialogue Explorer could not be loaded.", "Open it on its own page"],
  "fr": ["Dialogue Explorer n’a pas pu être chargé.", "Ouvrez-le dans sa propre page"],
  "ru": ["Не удалось загрузить Dialogue Explorer.", "Откройте его на отдельной странице"],
  "es": ["No se pudo cargar Dialogue Explorer.", "Ábralo en su propia página"]
};

/** The interface language that fits a language tag ("fr-CH" → "fr"), or undefined. */
function supported(tag) {
  const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(FAILURE_MESSAGES, primary) ? primary : undefined;
}

/** As the app chooses (src/ui/i18n.rs): the element's lang, the page's, the browser's, English. */
function failureLanguage(element) {
  return (
    supported(element.getAttribute('lang')) ??
    supported(document.documentElement.lang) ??
    [...(navigator.languages ?? [navigator.language])].map(supported).find(Boolean) ??
    'en'
  );
}

// Tells the module not to mount itself into the page as the standalone page does.
globalThis.__dialogueExplorerEmbed = true;

let module = null;
function loadModule() {
  module ??= import(new URL('dialogue-explorer.js', base).href).then(async (m) => {
    watchForStop(m);
    await m.default({ module_or_path: new URL('dialogue-explorer_bg.wasm', base) });
    return m;
  });
  return module;
}

// A panic stops the release build's module at once, without its panic hook
// (scripts/build-explorer.sh): it throws a WebAssembly.RuntimeError instead, and the notice
// that the hook would write in every element is written from here, once. (A host page's own
// module stopping would show it too: a RuntimeError does not say whose module threw it in
// every engine.)
function watchForStop(m) {
  let stopped = false;
  const onStop = (error) => {
    if (stopped || !(error instanceof WebAssembly.RuntimeError)) return;
    stopped = true;
    try {
      m.show_stopped();
    } catch {
      // a module that stopped before it mounted anything
    }
  };
  addEventListener('error', (event) => onStop(event.error));
  addEventListener('unhandledrejection', (event) => onStop(event.reason));
}

class DialogueExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #explorer = null;
  #generation = 0;

  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    this.#mount();
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#explorer?.unmount();
    this.#explorer = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected && this.shadowRoot) this.#mount();
  }

  #options() {
    const options = {};
    for (const name of ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) options[name] = value;
    }
    // Relative to the page, as any src attribute; the default (also for src="") sits next to
    // this script.
    const src = options.src?.trim();
    options.src = src ? new URL(src, document.baseURI).href : new URL('data/dialogues.json', base).href;
    // The host page's language, for when no lang attribute is given.
    options['host-lang'] = document.documentElement.lang || '';
    if (options['url-state'] === 'off') delete options['url-state'];
    // Links in downloaded files and shared agendas open the standalone page next to this script.
    options.app = new URL('./', base).href;
    return options;
  }

  async #mount() {
    const generation = ++this.#generation;
    let m;
    try {
      m = await loadModule();
    } catch (error) {
      module = null; // a later attempt loads it again
      if (generation === this.#generation && this.isConnected) this.#fail(error);
      return;
    }
    // The element may have left the page, or changed again, while the module loaded.
    if (generation !== this.#generation || !this.isConnected) return;
    this.#explorer?.unmount();
    this.shadowRoot.querySelector('.dx-load-failure')?.remove();
    this.#explorer = m.mount_explorer(this.shadowRoot, this.#options());
  }

  // The module itself could not load (network, CORS, a missing file): say so in the element,
  // in the reader's language, rather than leave it blank, with a link to the standalone page
  // and the browser's own words. Styled through the CSSOM (element.style), which a
  // Content-Security-Policy without 'unsafe-inline' allows, unlike a style attribute.
  #fail(error) {
    this.shadowRoot.replaceChildren();
    const lang = failureLanguage(this);
    const [sentence, linkText] = FAILURE_MESSAGES[lang];
    const box = document.createElement('div');
    box.className = 'dx-load-failure';
    box.setAttribute('role', 'alert');
    box.lang = lang;
    box.dir = lang === 'ar' ? 'rtl' : 'ltr';
    box.style.cssText = 'font: 1rem/1.5 system-ui, sans-serif; padding: 0 1rem; border: 2px solid #a4161a; color: #a4161a; background: #fff;';
    const message = document.createElement('p');
    message.append(sentence);
    const open = document.createElement('p');
    const link = document.createElement('a');
    link.href = base.href;
    link.textContent = linkText;
    link.style.color = '#0b5f8a';
    open.append(link);
    // What the browser said, as it said it (its words are not ours to translate).
    const detail = document.createElement('p');
    detail.className = 'dx-load-failure-detail';
    detail.dir = 'auto';
    detail.style.fontSize = '0.875rem';
    detail.textContent = String(error?.message ?? error);
    box.append(message, open, detail);
    this.shadowRoot.append(box);
    console.error('Dialogue Explorer could not load:', error);
  }
}

if (!customElements.get('dialogue-explorer')) {
  customElements.define('dialogue-explorer', DialogueExplorerElement);
}
