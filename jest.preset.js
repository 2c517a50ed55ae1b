// Shared Jest settings for every project.
// NestJS 12 and a few of its dependencies ship ESM only; Jest's module system cannot require() ESM,
// so those packages are transformed to CommonJS by SWC like our own sources.
const path = require('node:path');

const esmOnly = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  'load-esm',
  'uid',
  '@tokenizer',
  '@borewit',
];

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', swcOptions],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^@alliance/(contracts|messaging|persistence|storage|testing)$': path.join(root, 'libs/$1/src'),
    // Per-context entry points of the contracts: `@alliance/contracts/membership`, …
    '^@alliance/contracts/(.+)$': path.join(root, 'libs/contracts/src/$1'),
    // Test helpers of the storage library (a real S3 server, the stores' contract), never built into dist.
    '^@alliance/storage/testing$': path.join(root, 'libs/storage/src/testing'),
  },
  setupFiles: [path.join(root, 'tools/jest/setup.js')],
  globalSetup: path.join(root, 'tools/jest/global-setup.js'),
  globalTeardown: path.join(root, 'tools/jest/global-teardown.js'),
  // Integration tests talk to real servers; give them room but never hang a run.
  testTimeout: 60_000,
};
