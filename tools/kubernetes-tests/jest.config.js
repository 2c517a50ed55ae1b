// The Kubernetes manifests (deploy/kubernetes): both overlays rendered with `kubectl kustomize`, every object
// validated against the Kubernetes schemas (kubernetes-models) and against our own rules (test/rules.ts).
// No PostgreSQL or NATS: the workspace's global setup, which makes sure they run, is left out.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'kubernetes-tests',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  // Reading kubernetes-models' declarations with the TypeScript compiler takes seconds on a loaded machine.
  testTimeout: 120_000,
};
