module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'coordination',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // Integration suites create a PostgreSQL schema, JetStream streams and boot the service in-process.
  testTimeout: 60_000,
};
