// Maps the `@alliance/<lib>` path aliases of tsconfig.base.json onto the compiled libraries in dist/, so a
// built service runs as plain JavaScript: `node -r ./tools/runtime/register-dist-paths.js dist/apps/<x>/src/main.js`.
// Every project compiles with the repository root as rootDir: a library's build writes dist/libs/<lib>/src,
// an app's build (which reads the libraries' declarations through project references) dist/apps/<app>/src.
// Wildcard aliases (`@alliance/contracts/*`) map the same way: `dist/libs/contracts/src/*`.
const fs = require('node:fs');
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');

const root = path.resolve(__dirname, '../..');
const base = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const sourcePaths = (base.compilerOptions && base.compilerOptions.paths) || {};

const paths = {};
for (const [alias, targets] of Object.entries(sourcePaths)) {
  paths[alias] = targets.map((target) => path.posix.join('dist', target));
}

tsConfigPaths.register({ baseUrl: root, paths, addMatchAll: false });
