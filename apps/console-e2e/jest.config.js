// The web console in Debian's Chromium (Playwright, /usr/bin/chromium) against the real stack: the
// console's production build served by a gateway process, membership behind it, PostgreSQL and NATS as
// `npm test` finds them, this run's own schemas and streams. Jest runs it, so its results count in CI
// like every other project's. Screenshots go to tmp/console-e2e/.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 480_000,
};
