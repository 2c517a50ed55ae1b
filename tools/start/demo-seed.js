// Loads the demo alliance (demo-alliance.json) through the gateway's HTTP API, as the first admin, when the
// membership database has no organisation yet: every organisation applies and is admitted, then the
// working group is formed. Going through the API means the demo data also produces the domain events.
const fs = require('node:fs');
const path = require('node:path');
const { request, login, HttpError } = require('./gateway-client');

const DATA_FILE = path.join(__dirname, 'demo-alliance.json');

/** GB 32100-2015 check character from the contracts library (compiled in dist/, else from source). */
function loadCheckChar(root) {
  const compiled = path.join(root, 'dist/libs/contracts/src/validation/unified-social-credit-code.js');
  if (fs.existsSync(compiled)) return require(compiled).unifiedSocialCreditCodeCheckChar;
  require('@swc-node/register');
  return require(path.join(root, 'libs/contracts/src/validation/unified-social-credit-code.ts'))
    .unifiedSocialCreditCodeCheckChar;
}

function creditCode(organisation, checkChar) {
  const first17 = organisation.creditCodeFirst17;
  const check = checkChar(first17);
  if (!check)
    throw new Error(`${organisation.name}: "${first17}" is not the start of a unified social credit code`);
  return first17 + check;
}

function applicationOf(organisation, checkChar) {
  const body = { ...organisation, creditCode: creditCode(organisation, checkChar) };
  delete body.key;
  delete body.creditCodeFirst17;
  return body;
}

async function seedDemoAlliance({ baseUrl, config, log }) {
  const demo = JSON.parse(fs.readFileSync(DATA_FILE, 'utf8'));
  let token;
  try {
    token = await login(baseUrl, config.adminUsername, config.adminPassword);
  } catch (error) {
    log.warn(`demo alliance not loaded: could not log in as ${config.adminUsername} (${error.message})`);
    return;
  }
  const call = (method, route, body) => request(baseUrl, method, route, { token, body });

  const existing = await call('GET', '/api/v1/members?limit=1');
  if (existing && Array.isArray(existing.items) && existing.items.length > 0) {
    log.info('membership already has organisations: the demo alliance is not loaded again');
    return;
  }

  const checkChar = loadCheckChar(config.root);
  log.info(`loading the demo alliance: ${demo.organisations.length} organisations of the founding meeting`);
  const ids = new Map();
  try {
    for (const organisation of demo.organisations) {
      const applied = await call('POST', '/api/v1/members', applicationOf(organisation, checkChar));
      const admitted = await call('POST', `/api/v1/members/${applied.id}/admit`, {
        expectedVersion: applied.version,
        reason: '南部片区托育联盟成立大会（6月12日）',
      });
      ids.set(organisation.key, admitted.id);
    }
    const group = demo.workingGroup;
    const formed = await call('POST', '/api/v1/working-groups', {
      name: group.name,
      description: group.description,
      chairOrganisationId: ids.get(group.chair),
      memberOrganisationIds: group.members.map((key) => ids.get(key)),
    });
    log.info(
      `demo alliance loaded: ${ids.size} organisations admitted (lead unit 成都高新区卫生健康局, ` +
        `guidance centre 咿薇托育), working group ${formed.name} with ${formed.members?.length ?? '?'} members`,
    );
  } catch (error) {
    const detail =
      error instanceof HttpError && error.body?.errors ? ` ${JSON.stringify(error.body.errors)}` : '';
    log.warn(`the demo alliance was only partly loaded: ${error.message}${detail}`);
  }
}

module.exports = { seedDemoAlliance, applicationOf, loadCheckChar, DATA_FILE };
