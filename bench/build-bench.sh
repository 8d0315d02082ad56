#!/usr/bin/env bash
# Build benchmark: time and peak memory of `clausebook build` on the shipped site and on synthetic sites.
# Usage: bench/build-bench.sh [FILES ...]   (default: 5000; each item has a source and 7 translations)
# Prints one line per site: content files, pages, seconds, peak resident memory. Not a test: numbers only.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-5000}")
if [ ! -x /usr/bin/time ]; then
  echo "bench needs GNU time for peak memory: apt-get install -y time" >&2
  exit 2
fi
./mvnw -q -B -DskipTests package test-compile >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # name, source dir
  local log="$work/time.log"
  /usr/bin/time -v java -jar target/clausebook.jar build -q --source "$2" --out "$work/out" >"$work/build.out" 2>"$log"
  local secs rss
  secs=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  printf "%-22s %8s files %8s pages %10s wall  %6d MB peak RSS   (%s)\n" "$1" \
    "$(find "$2/content" -name '*.md' | wc -l)" "$(find "$work/out" -name '*.html' | wc -l)" "$secs" $((rss / 1024)) \
    "$(tail -1 "$work/build.out" | sed 's/ into .*//')"
}

measure "shipped site" "$PWD"
for n in "${sizes[@]}"; do
  rm -rf "$work/site"
  java -cp "target/test-classes:target/clausebook.jar" org.clausebook.bench.SyntheticSite "$work/site" "$n" >/dev/null
  measure "synthetic $n" "$work/site"
done
