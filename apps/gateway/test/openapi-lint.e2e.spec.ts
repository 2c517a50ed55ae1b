import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { GatewayHarness } from './support/gateway-harness';

const LINT = resolve(__dirname, '../../../tools/openapi/lint.mjs');

interface Problem {
  severity: 'error' | 'warn';
  rule: string;
  message: string;
  at: string;
}

async function lint(document: unknown): Promise<Problem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    // Exit code 1 means "errors found": the problems are still printed.
    const { stdout } = await promisify(execFile)(process.execPath, [LINT, file, '--json']).catch(
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? '[]' }),
    );
    return JSON.parse(stdout) as Problem[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('OpenAPI document against Redocly’s recommended rules', () => {
  const h = new GatewayHarness('gw-openapi-lint', { membership: false });
  let document: unknown;

  beforeAll(async () => {
    await h.start();
    document = (await h.request('GET', '/api/openapi.json')).body;
  });
  afterAll(() => h.stop());

  it('has no errors (what contract-testing tools and client generators trip over)', async () => {
    const errors = (await lint(document)).filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.rule}: ${p.message} at ${p.at}`)).toEqual([]);
  });

  it('finds an error where there is one', async () => {
    const broken = { ...(document as object), servers: [] };
    expect((await lint(broken)).some((p) => p.severity === 'error')).toBe(true);
  });
});
