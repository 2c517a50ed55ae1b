// The console's typed API client, generated from the gateway's OpenAPI document:
//   npm run console:api          writes apps/console/src/api/openapi.json and schema.d.ts
//   npm run console:api -- --check   exits 1 (and says which file) when the committed files are stale
// The document comes from a gateway started in this process on its own schema, subject and stream prefix
// (PostgreSQL and NATS as `npm test` finds them: DATABASE_URL/NATS_URL or the local defaults); no
// service behind it is needed, the document describes the routes alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { TestEnvironment } from '@alliance/testing';
import { startGateway } from '../../apps/gateway/src/bootstrap';

const ROOT = resolve(__dirname, '../..');
export const API_DIR = resolve(ROOT, 'apps/console/src/api');
export const DOCUMENT_FILE = resolve(API_DIR, 'openapi.json');
export const SCHEMA_FILE = resolve(API_DIR, 'schema.d.ts');

/** The gateway's current `/api/openapi.json`, from a gateway started for the purpose. */
export async function currentGatewayDocument(): Promise<unknown> {
  const env = new TestEnvironment('console-api');
  const app = await startGateway({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: env.databaseUrl,
    dbSchema: env.schema('gateway'),
    natsUrl: env.natsUrl,
    subjectPrefix: env.subjectPrefix,
    rpcTimeoutMs: 2000,
    jwtSecret: randomBytes(32).toString('base64url'),
    jwtTtlSeconds: 3600,
    adminUsername: 'admin',
    adminPassword: randomBytes(12).toString('hex'),
    logLevel: 'error',
    loginRateLimit: { limit: 100, ttlMs: 60_000 },
    services: [],
  });
  try {
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const response = await fetch(`${url}/api/openapi.json`);
    if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
    return await response.json();
  } finally {
    await app.close();
    await env.cleanup();
  }
}

async function formatted(text: string, parser: 'json' | 'typescript', file: string): Promise<string> {
  const prettier = require('prettier') as typeof import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, parser });
}

/** The two generated files for a document: the document itself and its TypeScript types. */
export async function generatedFiles(document: unknown): Promise<Record<string, string>> {
  const { default: openapiTS, astToString } =
    require('openapi-typescript') as typeof import('openapi-typescript');
  const ast = await openapiTS(JSON.stringify(document), { alphabetize: true });
  const banner =
    "// Generated from the gateway's OpenAPI document by `npm run console:api` (tools/console/api.ts).\n" +
    '// Do not edit: a test fails when it is stale against the gateway.\n';
  return {
    [DOCUMENT_FILE]: await formatted(JSON.stringify(document), 'json', DOCUMENT_FILE),
    [SCHEMA_FILE]: await formatted(banner + astToString(ast), 'typescript', SCHEMA_FILE),
  };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await generatedFiles(await currentGatewayDocument());
  const stale: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (committed === text) continue;
    if (check) stale.push(file.slice(ROOT.length + 1));
    else writeFileSync(file, text);
  }
  if (check && stale.length) {
    console.error(
      `the console's API client is stale against the gateway: ${stale.join(', ')} — run \`npm run console:api\` and commit`,
    );
    process.exit(1);
  }
  console.log(
    check ? 'the console API client matches the gateway' : `wrote ${Object.keys(files).join(', ')}`,
  );
  process.exit(0);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  });
}
