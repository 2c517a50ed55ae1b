// Lints an OpenAPI document (a file, or the gateway's /api/openapi.json by URL) with Redocly's
// recommended rules; prints one line per problem and exits 1 when there is an error. An ES module of
// its own because @redocly/openapi-core is ESM-only (Jest on Node 20 cannot require it).
//   node tools/openapi/lint.mjs <file-or-url> [--json]
import { readFile } from 'node:fs/promises';
import { createConfig, lintFromString } from '@redocly/openapi-core';

const [target, format] = process.argv.slice(2);
if (!target) {
  console.error('usage: node tools/openapi/lint.mjs <openapi.json file or URL> [--json]');
  process.exit(2);
}
const source = /^https?:/.test(target) ? await (await fetch(target)).text() : await readFile(target, 'utf8');
const problems = await lintFromString({
  source,
  absoluteRef: target,
  config: await createConfig({ extends: ['recommended'] }),
});
const lines = problems.map((p) => ({
  severity: p.severity,
  rule: p.ruleId,
  message: p.message,
  at: p.location.map((l) => l.pointer).join(', '),
}));
if (format === '--json') console.log(JSON.stringify(lines));
else for (const l of lines) console.log(`${l.severity} ${l.rule}: ${l.message} (${l.at})`);
process.exit(lines.some((l) => l.severity === 'error') ? 1 : 0);
