#!/usr/bin/env bash
# Print the raw and gzip -9 size of every file of a build directory (default dist/), and the total.
set -euo pipefail

dir="${1:-dist}"
if [[ ! -d "$dir" ]]; then
  echo "size: $dir/ does not exist: run 'make build' first" >&2
  exit 1
fi

mapfile -d '' files < <(find "$dir" -type f ! -path '*/.stage/*' -print0 | LC_ALL=C sort -z)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "size: $dir/ is empty: run 'make build' first" >&2
  exit 1
fi

human() {
  awk -v b="$1" 'BEGIN {
    if (b >= 1048576) printf "%.1f MiB", b / 1048576;
    else if (b >= 1024) printf "%.1f KiB", b / 1024;
    else printf "%d B", b;
  }'
}

width=4
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
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf "%-${width}s  %12s  %12s\n" "$name" "$(human "$raw")" "$(human "$gz")"
done
echo "$rule"
printf "%-${width}s  %12s  %12s\n" "total (${#files[@]} files)" "$(human "$total_raw")" "$(human "$total_gz")"
