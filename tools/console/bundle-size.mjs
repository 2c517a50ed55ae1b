// Prints the initial JavaScript of the console's production build (the entry chunk and every chunk it
// imports statically — what a browser loads before the first page; the areas' lazy chunks are not
// counted) gzipped, writes it to dist/apps/console/bundle-size.json, and exits 1 above the budget.
//   node tools/console/bundle-size.mjs [dist folder]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 400_000; // 400 kB gzip

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.argv[2] ?? 'dist/apps/console');
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8'));

const initial = new Set();
function visit(key) {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
}
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const files = [...initial].filter((file) => file.endsWith('.js'));
const sizes = files.map((file) => {
  const bytes = readFileSync(resolve(dist, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
const raw = sizes.reduce((sum, s) => sum + s.bytes, 0);
const lazy = Object.values(manifest).filter((c) => c.file.endsWith('.js') && !initial.has(c.file)).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
writeFileSync(
  resolve(dist, 'bundle-size.json'),
  JSON.stringify(
    { initialJsGzipBytes: gzip, initialJsBytes: raw, budgetBytes: BUDGET_BYTES, files: sizes },
    null,
    2,
  ),
);
console.log(
  `console: initial JavaScript ${kb(gzip)} gzip (${kb(raw)} raw, ${files.length} file(s); ${lazy} lazy chunk(s) not counted); budget ${kb(BUDGET_BYTES)}`,
);
if (gzip > BUDGET_BYTES) {
  console.error(`console: the initial JavaScript is over its budget by ${kb(gzip - BUDGET_BYTES)}`);
  process.exit(1);
}
