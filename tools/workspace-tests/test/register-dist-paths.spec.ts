import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace-copy';

/**
 * tools/runtime/register-dist-paths.js maps every path alias of tsconfig.base.json onto dist/: exact
 * ones (`@alliance/messaging`) and wildcard ones (`@alliance/contracts/*`, the per-context entry points).
 * Checked on a tiny fake workspace, so it does not depend on which aliases the real one has today.
 */
describe('register-dist-paths', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'alliance-dist-paths-'));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    cpSync(
      join(WORKSPACE_ROOT, 'tools/runtime/register-dist-paths.js'),
      join(dir, 'tools/runtime/register-dist-paths.js'),
    );
    symlinkSync(join(WORKSPACE_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    write(
      'tsconfig.base.json',
      JSON.stringify({
        compilerOptions: {
          baseUrl: '.',
          paths: { '@x/lib': ['libs/lib/src'], '@x/lib/*': ['libs/lib/src/*'] },
        },
      }),
    );
    write('dist/libs/lib/src/index.js', "module.exports = 'root entry';");
    write('dist/libs/lib/src/area/index.js', "module.exports = 'area entry';");
    write('dist/libs/lib/src/area/file.js', "module.exports = 'area file';");
    // The sources must not be what gets loaded.
    write('libs/lib/src/index.js', "module.exports = 'source';");
  });

  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const load = (specifier: string) =>
    execFileSync(
      process.execPath,
      [
        '-r',
        './tools/runtime/register-dist-paths.js',
        '-e',
        `process.stdout.write(require(${JSON.stringify(specifier)}))`,
      ],
      { cwd: dir },
    ).toString();

  it('maps an exact alias onto dist/', () => {
    expect(load('@x/lib')).toBe('root entry');
  });

  it('maps a wildcard alias onto a folder and a file under dist/', () => {
    expect(load('@x/lib/area')).toBe('area entry');
    expect(load('@x/lib/area/file')).toBe('area file');
  });
});
