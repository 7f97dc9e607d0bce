// Starts the module on the standalone page (index.html) and the iframe page (embed.html): what
// trunk would otherwise write inline into the page (Trunk.toml: inject_scripts = false), as a
// file, so that a Content-Security-Policy of `script-src 'self'` allows it. The module then
// mounts itself into #dialogue-explorer (src/main.rs); embed.js starts it on its own instead.
import init, * as bindings from './dialogue-explorer.js';

// A panic stops the release build's module at once, without its panic hook
// (scripts/build-explorer.sh): it throws a WebAssembly.RuntimeError instead, and the notice
// that the hook would write is written from here, once.
let stopped = false;
const onStop = (error) => {
  if (stopped || !(error instanceof WebAssembly.RuntimeError)) return;
  stopped = true;
  try {
    bindings.show_stopped();
  } catch {
    // a module that stopped before it mounted anything
  }
};
addEventListener('error', (event) => onStop(event.error));
addEventListener('unhandledrejection', (event) => onStop(event.reason));

// Next to this file, as trunk's './dialogue-explorer_bg.wasm' is next to the page.
const wasm = await init({ module_or_path: new URL('./dialogue-explorer_bg.wasm', import.meta.url) });

window.wasmBindings = bindings;

dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
