// Dialogue Explorer, embeddable: include this script once per page, then place
// <dialogue-explorer></dialogue-explorer> elements wherever the explorer should appear.
//
//   <script type="module" src="https://example.org/tools/dialogues/embed.js"></script>
//   <dialogue-explorer view="agenda" theme="auto"></dialogue-explorer>
//
// Attributes: src (dataset address; default: data/dialogues.json next to this script), view
// (matrix, agenda, list), lang, theme (light, dark, auto), url-state (off by default, or a
// namespace such as "dx" to keep the state in the page's address), font ("inherit" takes the
// host page's font), header ("show" shows the title). Changing one re-renders the explorer.
// Each explorer lives in its own shadow root: the page's styles do not reach it and its
// styles do not reach the page.

const base = new URL('./', import.meta.url);
const ATTRIBUTES = ['src', 'view', 'lang', 'theme', 'url-state', 'font', 'header', 'today', 'timeout'];

// Tells the module not to mount itself into the page as the standalone page does.
globalThis.__dialogueExplorerEmbed = true;

let module = null;
function loadModule() {
  module ??= import(new URL('dialogue-explorer.js', base).href).then(async (m) => {
    await m.default({ module_or_path: new URL('dialogue-explorer_bg.wasm', base) });
    return m;
  });
  return module;
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

  // The module itself could not load (network, CORS, a missing file): say so in the element
  // rather than leave it blank, with a link to the standalone page.
  #fail(error) {
    this.shadowRoot.replaceChildren();
    const box = document.createElement('p');
    box.className = 'dx-load-failure';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'font: 1rem/1.5 system-ui, sans-serif; padding: 1rem; border: 2px solid #a4161a; color: #a4161a; background: #fff;';
    box.append(`Dialogue Explorer could not load (${error?.message ?? error}). `);
    const link = document.createElement('a');
    link.href = base.href;
    link.textContent = 'Open it on its own page';
    link.style.color = '#0b5f8a';
    box.append(link);
    this.shadowRoot.append(box);
    console.error('Dialogue Explorer could not load:', error);
  }
}

if (!customElements.get('dialogue-explorer')) {
  customElements.define('dialogue-explorer', DialogueExplorerElement);
}
