// Tests of the workspace tooling itself: the build and its Nx cache, the runtime path mapping.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'workspace-tests',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  // The build-cache test builds the workspace twice and starts a service.
  testTimeout: 240_000,
};
