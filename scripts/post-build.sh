#!/bin/sh
# trunk's post_build hook (Trunk.toml), on the pages of the build before they reach the dist
# directory:
#
# - with inject_scripts = false trunk leaves the <link data-trunk rel="rust"> of index.html in
#   place (start.js starts the module): it is removed;
# - the maintainer's page (maintain.html) gets its own module (scripts/build-maintainer.sh);
# - `make serve` builds in debug and writes trunk's live-reload script inline into index.html,
#   which the page's Content-Security-Policy refuses (script-src 'self'): in that build only,
#   the policy also allows inline scripts, so that the page reloads itself after a change. The
#   policy of a release build (`make build`) is left exactly as written;
# - in a release build, the explorer's module is built again in parts (scripts/build-explorer.sh:
#   the first screen's code, and a chunk per other view loaded on first use); the debug build
#   keeps trunk's whole module, and its pages lose the preload of the parts' loader;
# - in a release build, wasm-bindgen's glue (dialogue-explorer.js) is minified with terser (npm,
#   on PATH from node_modules/.bin): 27 % less to download gzipped (docs/size.md). Its exports
#   keep their names, for start.js and embed.js.
set -eu
page="$TRUNK_STAGING_DIR/index.html"
sed -i '/<link data-trunk rel="rust"/d' "$page"
# The maintainer's page has a module of its own, built beside the explorer's.
sh scripts/build-maintainer.sh "$TRUNK_STAGING_DIR" "${TRUNK_PROFILE:-release}"
if [ "${TRUNK_PROFILE:-}" != debug ]; then
  # The explorer's module again, cut into a main part and a chunk per view (replacing trunk's).
  sh scripts/build-explorer.sh "$TRUNK_STAGING_DIR"
  for glue in "$TRUNK_STAGING_DIR/dialogue-explorer.js" "$TRUNK_STAGING_DIR/__wasm_split.js" \
    "$TRUNK_STAGING_DIR/dialogue-maintainer.js"; do
    terser "$glue" --module --compress --mangle --output "$glue.min"
    mv "$glue.min" "$glue"
  done
  exit 0
fi
# The debug build's module is whole: there is no __wasm_split.js to preload.
for html in "$page" "$TRUNK_STAGING_DIR/embed.html"; do
  [ -f "$html" ] && sed -i '/<link rel="modulepreload" href="__wasm_split.js"/d' "$html"
done
sed -i "s/script-src 'self' 'wasm-unsafe-eval';/script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';/" "$page"
grep -q "'wasm-unsafe-eval' 'unsafe-inline';" "$page" || {
  echo "scripts/post-build.sh: found no script-src 'self' 'wasm-unsafe-eval'; to relax in $page" >&2
  exit 1
}
