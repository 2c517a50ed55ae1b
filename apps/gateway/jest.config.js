module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'gateway',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // The end-to-end suites start PostgreSQL schemas, NATS servers and the membership process.
  testTimeout: 120_000,
};
