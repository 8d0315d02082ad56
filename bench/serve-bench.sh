#!/usr/bin/env bash
# serve benchmark: the first build of `serve` against `build`, then the time from one saved file to serve's reload
# message and to the reloaded page. Not a test: numbers only. Needs curl.
#
# Usage: bench/serve-bench.sh [SOURCE_DIR] [FILE_TO_EDIT] [RUNS]
#   SOURCE_DIR    project folder (default: this repository, the shipped site). A synthetic one:
#                 java -cp target/test-classes:target/clausebook.jar org.clausebook.bench.SyntheticSite DIR FILES
#   FILE_TO_EDIT  a content file (default: the first clause's en.md); a sentence is appended to its body per run
#                 and the file is restored at the end
#   RUNS          edits to time (default: 5)
# Runs ./clausebook (its JVM options; CLAUSEBOOK_JAVA_OPTS replaces them).
# Environment: PORT (default 8091), PAGE (the page fetched after each reload, default /en/), SKIP_BUILD=1 to skip
# the `build` timing, NO_PACKAGE=1 to use target/clausebook.jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(realpath "${1:-.}")
file=${2:-$(find "$src/content/clauses" -name en.md | sort | head -1)}
runs=${3:-5}
port=${PORT:-8091}
page=${PAGE:-/en/}
[ "${NO_PACKAGE:-}" = 1 ] || ./mvnw -q -B -DskipTests package >/dev/null
work=$(mktemp -d)
cp "$file" "$work/original"
now() { date +%s%N; }
ms() { echo $((($2 - $1) / 1000000)); }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  t0=$(now)
  ./clausebook build -q --source "$src" --out "$work/build" >"$work/build.log"
  echo "build (full, one JVM run):          $(ms "$t0" "$(now)") ms wall   ($(tail -1 "$work/build.log" | sed 's/ into .*//'))"
fi

t0=$(now)
./clausebook serve --source "$src" --out "$work/serve" --port "$port" >"$work/serve.log" 2>&1 &
serve=$!
cleanup() {
  cp "$work/original" "$file"
  kill "$serve" "${events:-}" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
until grep -q '^Serving' "$work/serve.log"; do
  kill -0 "$serve" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.05
done
echo "serve first build (to 'Serving'):   $(ms "$t0" "$(now)") ms wall   ($(grep '^Built' "$work/serve.log" | head -1 | sed 's/ into .*//'))"

curl -sN "http://127.0.0.1:$port/__serve/events" >"$work/events" &
events=$!
sleep 1
for i in $(seq 1 "$runs"); do
  before=$(grep -c '^event: reload' "$work/events" || true)
  lines=$(wc -l <"$work/serve.log")
  t0=$(now)
  printf '\nEdited for the serve bench, run %d.\n' "$i" >>"$file"
  until [ "$(grep -c '^event: reload' "$work/events" || true)" -gt "$before" ]; do sleep 0.002; done
  t1=$(now)
  curl -s -o /dev/null "http://127.0.0.1:$port$page"
  t2=$(now)
  echo "edit $i: reload message after $(ms "$t0" "$t1") ms, page reloaded after $(ms "$t0" "$t2") ms"
  sleep 0.3
  tail -n +"$((lines + 1))" "$work/serve.log" | sed 's/^/    serve| /'
done
