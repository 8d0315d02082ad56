#!/usr/bin/env bash
# Profiles `clausebook build` of a site with JFR and prints the top frames (bench/jfr-top.py).
# Usage: bench/jfr-profile.sh [SOURCE_DIR] [N]   (default: the shipped site, 30 rows). Needs target/clausebook.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-$PWD}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Through ./clausebook, with its JVM options (JDK_JAVA_OPTIONS adds the recording to them).
JDK_JAVA_OPTIONS="-XX:StartFlightRecording=filename=$work/b.jfr,settings=profile" ./clausebook build -q \
  --source "$src" --out "$work/out" >/dev/null 2>"$work/jfr.log"
jfr print --stack-depth 200 --events jdk.ExecutionSample "$work/b.jfr" | python3 bench/jfr-top.py "${2:-30}"
