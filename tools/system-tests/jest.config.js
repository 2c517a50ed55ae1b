// The whole system with every service as its own process: the gateway over HTTP, the services over NATS
// (a JetStream cluster where a test says so), each on its own schemas and streams.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'system-tests',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 240_000,
};
