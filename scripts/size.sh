#!/usr/bin/env bash
# Print the raw and gzip -9 size of every file of a build directory (default dist/), the total,
# and the first load: the files a first visit of index.html downloads before the dataset.
#
#   scripts/size.sh [dir]                     the table
#   scripts/size.sh --budget FILE [dir]       the first-load line, then fail when it is over the
#                                             number of bytes (gzip -9) that FILE holds
set -euo pipefail

budget_file=""
if [[ "${1:-}" == "--budget" ]]; then
  budget_file="${2:?--budget needs a file}"
  shift 2
fi
dir="${1:-dist}"
if [[ ! -d "$dir" ]]; then
  echo "size: $dir/ does not exist: run 'make build' first" >&2
  exit 1
fi

# What index.html makes the browser fetch before the app can ask for its dataset: the page, the
# module's start script and glue (modulepreload), the loader of the module's other parts
# (modulepreload), the main module (preload) and the page's stylesheet. The app's own stylesheet
# is compiled into the module (src/ui/styles.rs). The dataset (data/dialogues.json, fetched in
# parallel), the 200-byte icon, the chunks of the other views (split_*.wasm and the
# chunk_*.wasm they share, fetched when a view is first shown) and the print header's part
# (fetched once the first results are drawn, printed apart below) are not counted.
first_load=(index.html start.js dialogue-explorer.js __wasm_split.js dialogue-explorer_bg.wasm page.css)

gzip_size() { gzip -9 -c "$1" | wc -c; }

human() {
  awk -v b="$1" 'BEGIN {
    if (b >= 1048576) printf "%.1f MiB", b / 1048576;
    else if (b >= 1024) printf "%.1f KiB", b / 1024;
    else printf "%d B", b;
  }'
}

first_raw=0
first_gz=0
for name in "${first_load[@]}"; do
  if [[ ! -f "$dir/$name" ]]; then
    echo "size: $dir/$name is missing: the first load names a file the build no longer writes" >&2
    exit 1
  fi
  first_raw=$((first_raw + $(wc -c <"$dir/$name")))
  first_gz=$((first_gz + $(gzip_size "$dir/$name")))
done

if [[ -n "$budget_file" ]]; then
  # The first line of the file that is a number; the other lines say why it is that number.
  budget="$(grep -m1 -E '^[0-9]+$' "$budget_file" || true)"
  if [[ -z "$budget" ]]; then
    echo "size: $budget_file holds no budget (a line with a number of bytes)" >&2
    exit 1
  fi
  printf 'first load (%d files): %d bytes gzip -9 (%s), budget %d bytes (%s)\n' \
    "${#first_load[@]}" "$first_gz" "$(human "$first_gz")" "$budget" "$(human "$budget")"
  if ((first_gz > budget)); then
    echo "size: the first load is $((first_gz - budget)) bytes over the budget of $budget_file:" \
      "make it smaller (docs/size.md), or raise the budget there saying why" >&2
    exit 1
  fi
  exit 0
fi

mapfile -d '' files < <(find "$dir" -type f ! -path '*/.stage/*' -print0 | LC_ALL=C sort -z)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "size: $dir/ is empty: run 'make build' first" >&2
  exit 1
fi

width=24
for f in "${files[@]}"; do
  name="${f#"$dir"/}"
  ((${#name} > width)) && width=${#name}
done

rule="$(printf '%*s' $((width + 28)) '' | tr ' ' '-')"
printf "%-${width}s  %12s  %12s\n" "file" "raw" "gzip -9"
echo "$rule"
total_raw=0
total_gz=0
for f in "${files[@]}"; do
  name="${f#"$dir"/}"
  raw=$(wc -c <"$f")
  gz=$(gzip_size "$f")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf "%-${width}s  %12s  %12s\n" "$name" "$(human "$raw")" "$(human "$gz")"
done
echo "$rule"
printf "%-${width}s  %12s  %12s\n" "total (${#files[@]} files)" "$(human "$total_raw")" "$(human "$total_gz")"
printf "%-${width}s  %12s  %12s\n" "first load (${#first_load[@]} files)" "$(human "$first_raw")" "$(human "$first_gz")"
printf '%s\n' "first load: ${first_load[*]} = $first_gz bytes gzip -9"
# The print header's part, which every first visit fetches once its first results are drawn
# (it shows on paper only: docs/decisions.md), and the chunks it shares with other parts.
if [[ -f "$dir/split_print_header.wasm" ]]; then
  printf '%s\n' "after the first results: split_print_header.wasm = $(gzip_size "$dir/split_print_header.wasm") bytes gzip -9, with the chunks it shares"
fi
# The parts of the module that come later, when a view other than the matrix is first shown.
parts_gz=0
parts=0
for f in "$dir"/split_*.wasm "$dir"/chunk_*.wasm; do
  [[ -f "$f" ]] || continue
  parts=$((parts + 1))
  parts_gz=$((parts_gz + $(gzip_size "$f")))
done
printf '%s\n' "loaded on first use of a view: $parts chunks (split_*.wasm, chunk_*.wasm) = $parts_gz bytes gzip -9"
