#!/usr/bin/env node
// Runs one project's Jest suite and keeps its machine-readable results in tmp/jest-results (or the folder
// in JEST_RESULTS_DIR), where .ci/run adds up the totals over every project. Jest runs on the Node that runs
// this script (process.execPath), so a run with another Node first on the PATH tests on that Node.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const [projectRoot, projectName, ...rest] = process.argv.slice(2);
const root = path.resolve(__dirname, '../..');
const outDir = path.resolve(root, process.env.JEST_RESULTS_DIR || 'tmp/jest-results');
fs.mkdirSync(outDir, { recursive: true });
const outputFile = path.join(outDir, `${projectName}.json`);
fs.rmSync(outputFile, { force: true });
console.log(`${projectName}: Jest on Node ${process.version} (${process.execPath})`);

const result = spawnSync(
  process.execPath,
  [
    require.resolve('jest/bin/jest'),
    '--config',
    path.join(root, projectRoot, 'jest.config.js'),
    '--json',
    `--outputFile=${outputFile}`,
    // One worker unless the project asks for more (its test target passes --maxWorkers=N).
    ...(rest.some((arg) => arg.startsWith('--maxWorkers')) ? [] : ['--runInBand']),
    ...rest,
  ],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
