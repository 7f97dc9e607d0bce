#!/bin/sh
# Builds the maintainer's page module (src/maintainer.rs, the `dialogue-maintainer` binary of the
# crate) into a directory: dialogue-maintainer.js and dialogue-maintainer_bg.wasm, beside
# maintain.html. trunk builds the explorer's module only; this runs from its post_build hook
# (scripts/post-build.sh) with the same tools: cargo, the cargo-installed wasm-bindgen, and
# npm binaryen's wasm-opt in release builds.
#
#   scripts/build-maintainer.sh DIR [release|debug]
set -eu
dir="$1"
profile="${2:-release}"
target_dir="${CARGO_TARGET_DIR:-target}"
if [ "$profile" = release ]; then
  cargo build --quiet --release --target wasm32-unknown-unknown --bin dialogue-maintainer
else
  cargo build --quiet --target wasm32-unknown-unknown --bin dialogue-maintainer
fi
wasm-bindgen --target web --no-typescript --out-dir "$dir" --out-name dialogue-maintainer \
  "$target_dir/wasm32-unknown-unknown/$profile/dialogue-maintainer.wasm"
if [ "$profile" = release ]; then
  # wasm-streams' JS classes, exported though unused (docs/size.md).
  node scripts/trim-bindings.mjs "$dir/dialogue-maintainer_bg.wasm" "$dir/dialogue-maintainer.js"
  # The flags of index.html's data-wasm-opt-params: the features rustc emits for wasm32.
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types \
    --enable-multivalue --enable-sign-ext \
    "$dir/dialogue-maintainer_bg.wasm" -o "$dir/dialogue-maintainer_bg.wasm"
fi
