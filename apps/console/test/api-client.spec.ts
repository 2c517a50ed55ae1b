import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

describe('the generated API client', () => {
  it('matches the gateway’s current OpenAPI document (else: npm run console:api, and commit)', () => {
    // A gateway started for the purpose (its own schema and prefixes) serves the document; the check
    // regenerates openapi.json and schema.d.ts in memory and compares them with the committed files.
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', 'tools/console/api.ts', '--check'], {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.json') },
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect({
      status: run.status,
      output: (run.stdout + run.stderr).trim().split('\n').slice(-5).join('\n'),
    }).toEqual({
      status: 0,
      output: expect.stringContaining('matches the gateway'),
    });
  });
});
