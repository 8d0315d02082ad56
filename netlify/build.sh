#!/usr/bin/env bash
# Netlify build: Netlify's image has Java 8 and no Maven, and JAVA_VERSION does not select a JDK.
# So download a Temurin JDK into the build cache (once), then build with the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${CLAUSEBOOK_JDK_VERSION:-21}"
cache="${NETLIFY_CACHE_DIR:-$HOME/.cache}/clausebook-jdk-$version"
if [ ! -x "$cache/bin/java" ]; then
  echo "Downloading Temurin JDK $version…"
  mkdir -p "$cache"
  curl -fsSL "https://api.adoptium.net/v3/binary/latest/$version/ga/linux/x64/jdk/hotspot/normal/eclipse" \
    | tar -xz -C "$cache" --strip-components=1
fi
export JAVA_HOME="$cache"
export PATH="$JAVA_HOME/bin:$PATH"
java -version

# Keep Maven's downloads in Netlify's cache between builds.
export MAVEN_USER_HOME="${NETLIFY_CACHE_DIR:-$HOME/.cache}/m2wrapper"
./mvnw -B -q -DskipTests -Dmaven.repo.local="${NETLIFY_CACHE_DIR:-$HOME/.cache}/m2repo" package
./clausebook build --out public
