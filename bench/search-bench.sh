#!/usr/bin/env bash
# Search benchmark: builds a synthetic site of PAGES search pages (default 10000) in eight languages from the real
# criteria and clauses, indexes it with Clausebook and with Pagefind (npm, installed into a temporary folder here),
# and prints index build time, size, files, bytes per query and time to results for both, measured in headless
# Chromium (/usr/bin/chromium), plus Lucene/browser parity on the synthetic index. Not a test: numbers only.
# Usage: bench/search-bench.sh [PAGES]     Needs: JDK 17, node, npm, chromium. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGEFIND_VERSION=1.6.0
pages=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -q -B -DbuildDir=target-search -DskipTests test-compile
./mvnw -q -B -DbuildDir=target-search dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target-search/bench-classpath.txt >/dev/null
(cd "$work" && npm install --silent --no-audit --no-fund --no-save "pagefind@$PAGEFIND_VERSION" >/dev/null)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
java -Xmx8g -cp "target-search/test-classes:target-search/classes:$(cat target-search/bench-classpath.txt)" \
  org.clausebook.search.SearchBench "$work" "$work/node_modules/.bin/pagefind" "$pages"
