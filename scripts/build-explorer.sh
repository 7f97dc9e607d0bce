#!/bin/sh
# Builds the explorer's module of a release build into a directory, cut into parts: the main
# module (dialogue-explorer.js and dialogue-explorer_bg.wasm, what a first visit loads) and one
# chunk per view that the first screen does not need (split_*.wasm, with the shared chunk_*.wasm),
# which __wasm_split.js fetches from beside itself when a view is first shown (src/ui/on_demand.rs,
# docs/decisions.md). Runs from trunk's post_build hook (scripts/post-build.sh), after trunk built
# and bound the module whole (that build is what `make serve` uses); this one replaces it.
#
#   scripts/build-explorer.sh DIR
#
# The steps: cargo with the `split` feature and std built with the app, the final link keeping its relocations (which
# wasm-split-cli needs to move code between parts); wasm-split-cli; wasm-bindgen on the main
# part, keeping the linker's exports that the chunks import; the unused exports of a dependency
# out (scripts/trim-bindings.mjs); wasm-opt on every part.
set -eu
dir="$1"
target_dir="${CARGO_TARGET_DIR:-target}"
work="$target_dir/wasm-split"
# `cargo rustc` gives the extra flag to the final link only. std is built with the app, at its
# opt-level, and a panic stops the module at once instead of formatting a message: 23 KB gzip
# less (docs/size.md, docs/decisions.md). start.js and embed.js then write the crash notice.
# Both need the nightly flags of the stable compiler (RUSTC_BOOTSTRAP) and its rust-src
# component (scripts/setup.sh); the flags replace .cargo/config.toml's for this build, so its
# `--cfg erase_components` is repeated here.
RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort" \
  cargo rustc --quiet --release --target wasm32-unknown-unknown --bin dialogue-explorer \
  --features split -- -Clink-args=--emit-relocs
rm -rf "$work"
mkdir -p "$work/parts"
wasm-split-cli --out-name dialogue-explorer \
  "$target_dir/wasm32-unknown-unknown/release/dialogue-explorer.wasm" "$work/parts"
[ -f "$work/parts/dialogue-explorer.wasm" ] && [ -f "$work/parts/__wasm_split.js" ] || {
  echo "scripts/build-explorer.sh: wasm-split-cli wrote no dialogue-explorer.wasm and __wasm_split.js" >&2
  exit 1
}
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$dir" \
  --out-name dialogue-explorer "$work/parts/dialogue-explorer.wasm"
# wasm-streams' JS classes, exported though unused (docs/size.md): out before wasm-opt.
node scripts/trim-bindings.mjs "$dir/dialogue-explorer_bg.wasm" "$dir/dialogue-explorer.js"
# The features rustc emits for wasm32, then what makes each part smaller (docs/size.md).
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue --enable-sign-ext"
# The main module's control flow is first flattened and rebuilt (`--flatten --rereloop`), which
# lets -Oz fold more of it: 2.1 KB gzip less there, and no gain in the chunks (docs/size.md).
# shellcheck disable=SC2086
wasm-opt --flatten --rereloop -Oz $features --converge --zero-filled-memory --strip-debug \
  --strip-producers "$dir/dialogue-explorer_bg.wasm" -o "$dir/dialogue-explorer_bg.wasm"
cp "$work/parts/__wasm_split.js" "$dir/"
for part in "$work"/parts/*.wasm; do
  name="$(basename "$part")"
  [ "$name" = dialogue-explorer.wasm ] && continue
  # shellcheck disable=SC2086
  wasm-opt -Oz $features --converge --strip-debug --strip-producers "$part" -o "$dir/$name"
done
