#!/usr/bin/env bash
# Vendors the JavaScript Snowball stemmers of the search into assets/search/stemmers/, with their licences.
# Run it only to update them; the vendored files are committed and the site build never needs npm.
#   @orama/stemmers (Apache-2.0): Dutch, Norwegian, Danish, Swedish, Finnish, French, German, as shipped.
#   snowball-stemmers (ISC): English only (orama's English is not Snowball English), cut out of the package's
#   single UMD file into an ES module (the rest of that 870 KB file is left behind) and minified with terser,
#   as orama's files are (5 KB instead of 8 KB gzipped).
# The stemmer-agreement test (src/test/java/org/clausebook/search/StemmerAgreementTest.java) checks every one
# against Lucene's Snowball stemmers.
set -euo pipefail
cd "$(dirname "$0")/.."
ORAMA_VERSION=3.1.18
SNOWBALL_VERSION=0.6.0
TERSER_VERSION=5.51.2
out=assets/search/stemmers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm install --silent --no-save --no-audit --no-fund --ignore-scripts \
  "@orama/stemmers@$ORAMA_VERSION" "snowball-stemmers@$SNOWBALL_VERSION" "terser@$TERSER_VERSION" >/dev/null)
rm -rf "$out"
mkdir -p "$out"

# Orama's files are ES modules exporting stemmer(word); name them by Snowball algorithm.
for pair in dutch:nl norwegian:no danish:dk swedish:se finnish:fi french:fr german:de; do
  algorithm=${pair%%:*}
  file=${pair##*:}
  { printf '// @orama/stemmers %s, dist/%s.js (Apache-2.0, see LICENSE-orama-stemmers.md). Vendored by bench/vendor-stemmers.sh.\n' \
      "$ORAMA_VERSION" "$file"
    cat "$work/node_modules/@orama/stemmers/dist/$file.js"
    printf '\n'; } > "$out/$algorithm.js"
done
cp "$work/node_modules/@orama/stemmers/LICENSE.md" "$out/LICENSE-orama-stemmers.md"

# snowball-stemmers: keep the runtime (Among, SnowballProgram, SnowballStemmer) and englishStemmer.
node - "$work/node_modules/snowball-stemmers/snowball-stemmers.js" "$out/english.js" "$SNOWBALL_VERSION" <<'JS'
const fs = require('fs');
const [source, target, version] = process.argv.slice(2);
const lines = fs.readFileSync(source, 'utf8').split('\n');
const find = (re, from = 0) => {
  const i = lines.findIndex((l, n) => n >= from && re.test(l));
  if (i < 0) throw new Error('snowball-stemmers changed: no line matches ' + re);
  return i;
};
const strict = find(/^\s*'use strict';\s*$/);
const runtimeEnd = find(/^\s*}\(SnowballProgram\);\s*$/);
const englishStart = find(/^\s*var englishStemmer = function \(_SnowballStemmer\d*\) {\s*$/);
const englishEnd = find(/^\s*}\(SnowballStemmer\);\s*$/, englishStart);
const runtime = lines.slice(strict + 1, runtimeEnd + 1)
  .filter(l => !/^\s*(Object\.defineProperty\(exports|exports\.)/.test(l))
  .join('\n').replace(/^\s*value: true\s*\n\s*}\);\s*$/m, '');
const english = lines.slice(englishStart, englishEnd + 1).join('\n');
const typeofHelper = lines[find(/^var _typeof = /)];
const header = `// snowball-stemmers ${version} (ISC, see LICENSE-snowball-stemmers.txt): its runtime and englishStemmer only,
// cut out of snowball-stemmers.js into an ES module by bench/vendor-stemmers.sh. Do not edit; re-run the script.
`;
const footer = `
const englishInstance = new englishStemmer();

/** Snowball English (Porter2), as Lucene's org.tartarus.snowball.ext.EnglishStemmer. */
export function stemmer(word) {
    englishInstance.setCurrent(word);
    englishInstance.stem();
    return englishInstance.getCurrent();
}
export const language = 'english';
`;
fs.writeFileSync(target + '.full.js', header + typeofHelper + '\n' + runtime + '\n' + english + '\n' + footer);
JS
"$work/node_modules/.bin/terser" "$out/english.js.full.js" --module --compress --mangle --comments '/snowball-stemmers/' \
  --output "$out/english.js"
rm "$out/english.js.full.js"
author=$(node -e "console.log(require('$work/node_modules/snowball-stemmers/package.json').author)")
cat > "$out/LICENSE-snowball-stemmers.txt" <<TXT
english.js is cut out of snowball-stemmers $SNOWBALL_VERSION (https://github.com/mazko/jssnowball),
a JavaScript port of the Snowball stemmers. Its package.json declares the ISC licence:

ISC License

Copyright (c) $author

Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is
hereby granted, provided that the above copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE
INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE,
DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN
CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.

The stemming algorithms are the Snowball project's (https://snowballstem.org/), which are published under
the BSD 3-clause licence:

Copyright (c) 2001, Dr Martin Porter
Copyright (c) 2004,2005, Richard Boulton
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are permitted provided that
the following conditions are met:
1. Redistributions of source code must retain the above copyright notice, this list of conditions and the
   following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the
   following disclaimer in the documentation and/or other materials provided with the distribution.
3. Neither the name of the Snowball project nor the names of its contributors may be used to endorse or
   promote products derived from this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED
WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A
PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR ANY
DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO,
PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE
OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH
DAMAGE.
TXT
ls -l "$out"
