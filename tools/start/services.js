// The services to run: every app under apps/ with a src/main.ts, the gateway last (it checks the others
// in /ready). Built apps run as JavaScript from dist/ with the path aliases mapped to the compiled
// libraries; START_FROM_SOURCE=1 (or a missing build output) runs the TypeScript through @swc-node/register.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { LauncherError } = require('./errors');

const GATEWAY = 'gateway';

function discoverServices(root) {
  const appsDir = path.join(root, 'apps');
  if (!fs.existsSync(appsDir)) return [];
  const services = fs
    .readdirSync(appsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((dir) => fs.existsSync(path.join(appsDir, dir, 'src/main.ts')))
    .map((dir) => {
      let project = dir;
      try {
        project = JSON.parse(fs.readFileSync(path.join(appsDir, dir, 'project.json'), 'utf8')).name || dir;
      } catch {
        /* no project.json: the folder name */
      }
      return { name: dir, project, dir: path.join('apps', dir) };
    });
  return services.sort((a, b) => (a.name === GATEWAY) - (b.name === GATEWAY) || a.name.localeCompare(b.name));
}

/** `nx run-many -t build` for the given projects (and the web console, which the gateway serves at /); throws when the build fails. */
function buildServices(root, services, log) {
  const projects = services.map((service) => service.project);
  if (fs.existsSync(path.join(root, 'apps/console/project.json'))) projects.push('console');
  log.info(`building ${projects.join(', ')} (nx run-many -t build)`);
  const result = spawnSync(
    process.execPath,
    [
      require.resolve('nx/bin/nx.js', { paths: [root] }),
      'run-many',
      '-t',
      'build',
      '-p',
      projects.join(','),
      '--outputStyle=stream',
    ],
    { cwd: root, stdio: 'inherit', env: { NX_NO_CLOUD: 'true', ...process.env } },
  );
  if (result.status !== 0) {
    throw new LauncherError(`the build failed (nx exited with ${result.status ?? result.signal}): see above`);
  }
}

/** How to run one service: [executable, args, mode]. */
function commandFor(root, service, { fromSource }) {
  const compiled = path.join('dist', service.dir, 'src/main.js');
  if (!fromSource && fs.existsSync(path.join(root, compiled))) {
    return [
      process.execPath,
      ['--enable-source-maps', '-r', './tools/runtime/register-dist-paths.js', compiled],
      'dist',
    ];
  }
  return [process.execPath, ['-r', '@swc-node/register', path.join(service.dir, 'src/main.ts')], 'source'];
}

module.exports = { discoverServices, buildServices, commandFor, GATEWAY };
