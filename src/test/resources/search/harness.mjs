// Shared by the Node harnesses of the search tests: the browser's search engine opened on an exported site,
// and the JSON each harness reads from standard input.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The browser's SearchSite (assets/search/engine.js) reading the exported files of SITE_DIR from disk. */
export async function openSite(assets, site) {
  const { SearchSite } = await import(pathToFileURL(join(assets, 'engine.js')).href);
  return new SearchSite(async path => new Uint8Array(await readFile(join(site, path))));
}

/** Standard input parsed as JSON. */
export async function readStdinJson() {
  let input = '';
  process.stdin.setEncoding('utf8'); // decode across chunk boundaries: a chunk may end inside a character
  for await (const chunk of process.stdin) input += chunk;
  return JSON.parse(input);
}
