#!/usr/bin/env bash
# Clausebook against Hugo on the same content, side by side, alternating, several runs per site.
#
# Usage: bench/compare.sh [--runs N] [--json FILE] [--no-build] [--jvm-defaults] [SIZE ...]
#        bench/compare.sh --compare pagefind [PAGES]      (the search side: bench/search-bench.sh)
# SIZE:  shipped   the shipped site (content/ of this repository)
#        xK        the shipped items copied K times (ShippedCopies), e.g. x10
#        synN      a synthetic library of about N content files in eight languages (SyntheticSite), e.g. syn13000
#                  (about 3.7 Clausebook pages per file: syn13500 is a 50,000-page site)
# Default sizes: shipped x10. Default runs: 3 (Clausebook and Hugo alternate: C H C H C H).
# Clausebook runs as a user runs it, through ./clausebook (its JVM options); --jvm-defaults runs plain java -jar.
# Each Clausebook project is converted for Hugo (HugoSite: multilingual, same taxonomies, minimal templates).
# Prints per site and tool: pages (HTML files written), median wall and CPU (user+sys) time, pages per second,
# peak RSS (GNU time), output size, Clausebook's per-stage times, and the Clausebook/Hugo ratios; writes JSON
# (default bench/results/compare-<date>.json). Needs JDK 17, GNU time (apt-get install -y time), Hugo
# (apt-get install -y hugo; Debian's is 0.111), python3 for the summary. Not a test: numbers only.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--compare" ]; then
  [ "${2:-}" = "pagefind" ] || { echo "--compare takes: pagefind" >&2; exit 2; }
  shift 2
  exec bench/search-bench.sh "$@"
fi
runs=3 json="" build=1 sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --json) json=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --jvm-defaults) export CLAUSEBOOK_JAVA_OPTS=""; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(shipped x10)
if { ! command -v hugo >/dev/null || [ ! -x /usr/bin/time ]; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's hugo and GNU time for the bench…" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo time >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo time >/dev/null 2>&1; } || true
fi
for tool in /usr/bin/time hugo python3 java; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (see the header of $0)" >&2; exit 2; }
done
json=${json:-bench/results/compare-$(date -u +%Y%m%dT%H%M%SZ).json}
mkdir -p "$(dirname "$json")"
[ $build = 0 ] || ./mvnw -q -B -DskipTests package >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the jar, so that rebuilding the project while the bench runs does not change what is measured.
cp target/clausebook.jar "$work/clausebook.jar"
cp -r target/test-classes "$work/test-classes"
cp=$work/test-classes:$work/clausebook.jar
records="$work/records.jsonl"
: >"$records"

gnutime() { # log file -> "wall cpu rss_kb"
  python3 - "$1" <<'PY'
import sys, re
t = open(sys.argv[1]).read()
def f(k): return re.search(re.escape(k) + r".*?: (.*)", t).group(1).strip()
w = f("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(w)))
print(wall, float(f("User time (seconds)")) + float(f("System time (seconds)")), int(f("Maximum resident set size (kbytes)")))
PY
}

record() { # site files tool run out log stdout
  read -r wall cpu rss < <(gnutime "$6")
  local pages bytes stages
  pages=$(find "$5" -name '*.html' | wc -l)
  bytes=$(du -sb "$5" | cut -f1)
  stages=$(sed -nE 's/^  ([a-z &]+[a-z]) +([0-9]+) ms$/"\1": \2,/p' "$7" | tr -d '\n' | sed 's/,$//')
  printf '{"site": "%s", "files": %s, "tool": "%s", "run": %s, "pages": %s, "wall_s": %s, "cpu_s": %s, "rss_kb": %s, "bytes": %s, "stages_ms": {%s}}\n' \
    "$1" "$2" "$3" "$4" "$pages" "$wall" "$cpu" "$rss" "$bytes" "$stages" >>"$records"
  printf '  %-10s run %s: %6s pages %8.2f s wall %8.2f s CPU %6d MB\n' "$3" "$4" "$pages" "$wall" "$cpu" $((rss / 1024)) >&2
}

for size in "${sizes[@]}"; do
  src="$work/src-$size" hugo_src="$work/hugo-$size"
  case "$size" in
    shipped) src=$PWD ;;
    x[0-9]*) java -cp "$cp" org.clausebook.bench.ShippedCopies "$PWD" "$src" "${size#x}" >&2 ;;
    syn[0-9]*) java -cp "$cp" org.clausebook.bench.SyntheticSite "$src" "${size#syn}" >&2 ;;
    *) echo "unknown size '$size'" >&2; exit 2 ;;
  esac
  java -cp "$cp" org.clausebook.bench.HugoSite "$src" "$hugo_src" >&2
  files=$(find "$src/content" -name '*.md' | wc -l)
  echo "== $size: $files content files (JVM options: ${CLAUSEBOOK_JAVA_OPTS-those of ./clausebook})" >&2
  for run in $(seq 1 "$runs"); do
    rm -rf "$work/out"
    CLAUSEBOOK_JAR="$work/clausebook.jar" /usr/bin/time -v ./clausebook build --source "$src" --out "$work/out" >"$work/cb.out" 2>"$work/cb.time" \
      || { cat "$work/cb.out" "$work/cb.time" >&2; exit 1; }
    record "$size" "$files" clausebook "$run" "$work/out" "$work/cb.time" "$work/cb.out"
    rm -rf "$work/out"
    /usr/bin/time -v hugo --quiet -s "$hugo_src" -d "$work/out" >"$work/hugo.out" 2>"$work/hugo.time" \
      || { cat "$work/hugo.out" "$work/hugo.time" >&2; exit 1; }
    record "$size" "$files" hugo "$run" "$work/out" "$work/hugo.time" "$work/hugo.out"
  done
  rm -rf "$work/out" "$hugo_src"
  [ "$src" = "$PWD" ] || rm -rf "$src"
done

python3 bench/compare-summary.py "$records" "$json" "$(nproc)" "$(uptime | sed 's/.*load average: //')"
