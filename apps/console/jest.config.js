// The console's unit tests: translations, role-based navigation, form rules, dates, and that the
// generated API client matches the gateway (that one starts a gateway, so it needs PostgreSQL and NATS
// like every other project's tests). Components are checked in the browser by apps/console-e2e.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 180_000,
};
