import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  findKubectl,
  KUSTOMIZE_ROOT,
  OVERLAYS,
  renderKustomization,
  renderOverlay,
  WORKSPACE_ROOT,
} from './render';
import {
  commonViolations,
  podTemplateOf,
  productionViolations,
  selectorMatches,
  workloads,
  type KubeObject,
} from './rules';
import { unknownFieldViolations } from './fields';
import { schemaViolations } from './schema';

/**
 * deploy/kubernetes rendered as `kubectl apply -k` would send it: every object of both overlays fits the
 * Kubernetes schema of its kind and our rules (rules.ts), and each overlay is what the README says it is.
 */

const kubectl = findKubectl();
if (!kubectl) {
  // Only where kubectl is missing altogether (CI and the development machine have it): say so loudly — on stderr
  // itself, as Jest shows no console output of a file whose tests are all skipped.
  process.stderr.write(
    '\nkubernetes-tests: SKIPPED — no kubectl (KUBECTL or PATH): deploy/kubernetes is NOT rendered or validated; ' +
      'install kubectl (it includes kustomize) to run these tests.\n\n',
  );
}
const describeRendered = kubectl ? describe : describe.skip;

/** The nats-server that `npm test` needs anyway (libs/testing looks in the same places). */
const natsServer = [
  process.env.NATS_SERVER_BIN,
  '/usr/sbin/nats-server',
  '/usr/local/bin/nats-server',
  '/usr/bin/nats-server',
]
  .filter((c): c is string => !!c)
  .find((c) => existsSync(c));

/** The services of the platform: the gateway and the RPC services behind it. */
const RPC_SERVICES = ['membership', 'training', 'resources', 'compliance', 'dashboard', 'coordination'];
const SERVICES = ['gateway', ...RPC_SERVICES];

/** Secrets the production overlay expects to find in the cluster; the README tells how to create each. */
const EXTERNAL_SECRETS = ['alliance-gateway', 'alliance-database', 'alliance-coordination', 'alliance-tls'];

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
}
interface Container {
  name: string;
  image?: string;
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  volumeMounts?: { name: string; mountPath: string }[];
}

const byKind = (objects: KubeObject[], kind: string) => objects.filter((o) => o.kind === kind);
const find = (objects: KubeObject[], kind: string, name: string): KubeObject | undefined =>
  objects.find((o) => o.kind === kind && o.metadata?.name === name);
const get = (objects: KubeObject[], kind: string, name: string): KubeObject => {
  const found = find(objects, kind, name);
  if (!found) throw new Error(`${kind}/${name} is not rendered`);
  return found;
};
const spec = <T>(object: KubeObject): T => object.spec as T;
const containersOf = (object: KubeObject): Container[] =>
  (podTemplateOf(object)?.spec?.containers ?? []) as unknown as Container[];
/** The ConfigMap the services read (its name carries kustomize's content hash). */
const allianceConfig = (objects: KubeObject[]): Record<string, string> => {
  const maps = byKind(objects, 'ConfigMap').filter((o) => o.metadata?.name?.startsWith('alliance-config'));
  expect(maps).toHaveLength(1);
  return maps[0].data ?? {};
};

describeRendered.each(OVERLAYS)('the %s overlay', (overlay) => {
  let objects: KubeObject[];

  beforeAll(() => {
    objects = renderOverlay(kubectl!, overlay);
  });

  it('renders', () => {
    expect(objects.length).toBeGreaterThan(10);
  });

  it('every object fits the Kubernetes schema of its kind', () => {
    expect(objects.flatMap(schemaViolations)).toEqual([]);
  });

  it('no object has a field its kind does not declare (a misspelt field)', () => {
    expect(unknownFieldViolations(objects)).toEqual([]);
  });

  it(`keeps our rules (${overlay === 'production' ? 'production' : 'common'} set)`, () => {
    expect(overlay === 'production' ? productionViolations(objects) : commonViolations(objects)).toEqual([]);
  });

  it('runs every service from the one image, each told which it is (SERVICE)', () => {
    for (const service of SERVICES) {
      const [container, ...others] = containersOf(get(objects, 'Deployment', service));
      expect(others).toEqual([]);
      expect(container.image).toMatch(/(^|\/)alliance-platform:[^:]+$/);
      expect(container.env?.find((e) => e.name === 'SERVICE')?.value).toBe(service);
    }
  });

  it('deploys every Node service of the repository (each committed apps/<app>/src/main.ts)', () => {
    // Committed ones: a service still being written in a working tree is not in the image yet. A new service needs
    // base/<app>.yaml (copy membership.yaml), its line in base/kustomization.yaml and GATEWAY_SERVICES, and its
    // name in RPC_SERVICES above.
    const listed = spawnSync('git', ['ls-files', 'apps/*/src/main.ts'], {
      cwd: WORKSPACE_ROOT,
      encoding: 'utf8',
    });
    expect(listed.status).toBe(0);
    const apps = listed.stdout
      .split('\n')
      .filter(Boolean)
      .map((file) => file.split('/')[1]);
    const deployed = byKind(objects, 'Deployment').map((d) => d.metadata?.name);
    expect(apps.filter((app) => !deployed.includes(app))).toEqual([]);
    expect(apps.sort()).toEqual([...SERVICES].sort());
  });

  it('the gateway pings every RPC service for /ready, and the RPC services are exactly those', () => {
    expect(allianceConfig(objects).GATEWAY_SERVICES.split(',')).toEqual(RPC_SERVICES);
    const deployed = byKind(objects, 'Deployment')
      .filter((d) => d.metadata?.labels?.['app.kubernetes.io/component'] === 'rpc-service')
      .map((d) => d.metadata?.name);
    expect(deployed.sort()).toEqual([...RPC_SERVICES].sort());
  });

  it('the gateway is probed on /health (liveness) and /ready/self (readiness: its NATS and PostgreSQL)', () => {
    const [gateway] = containersOf(get(objects, 'Deployment', 'gateway')) as unknown as {
      livenessProbe: { httpGet: { path: string } };
      readinessProbe: { httpGet: { path: string } };
    }[];
    expect(gateway.livenessProbe.httpGet.path).toBe('/health');
    expect(gateway.readinessProbe.httpGet.path).toBe('/ready/self');
  });

  it('the RPC services are ready when their pipeline status answers over NATS (tools/runtime/service-ready.js)', () => {
    const script = resolve(WORKSPACE_ROOT, 'tools/runtime/service-ready.js');
    expect(readFileSync(script, 'utf8')).toContain('.pipeline.status');
    for (const service of RPC_SERVICES) {
      const [container] = containersOf(get(objects, 'Deployment', service)) as unknown as {
        readinessProbe: { exec: { command: string[] } };
      }[];
      expect(container.readinessProbe.exec.command).toEqual(['node', 'tools/runtime/service-ready.js']);
    }
  });

  it('the gateway has a Service, an Ingress to it and a PodDisruptionBudget', () => {
    const service = get(objects, 'Service', 'gateway');
    const gatewayLabels = podTemplateOf(get(objects, 'Deployment', 'gateway'))?.metadata?.labels;
    expect(
      selectorMatches(
        { matchLabels: spec<{ selector: Record<string, string> }>(service).selector },
        gatewayLabels,
      ),
    ).toBe(true);
    const ingress = JSON.stringify(get(objects, 'Ingress', 'gateway').spec);
    expect(ingress).toContain('"name":"gateway"');
    expect(find(objects, 'PodDisruptionBudget', 'gateway')).toBeDefined();
  });

  it('every ConfigMap, Secret and volume claim a pod refers to is rendered or documented as created outside', () => {
    const names = (kind: string) => new Set(byKind(objects, kind).map((o) => o.metadata?.name));
    const configMaps = names('ConfigMap');
    const secrets = names('Secret');
    const claims = names('PersistentVolumeClaim');
    const missing: string[] = [];
    for (const workload of workloads(objects)) {
      const pod = podTemplateOf(workload)?.spec as unknown as {
        containers: Container[];
        volumes?: { configMap?: { name: string }; persistentVolumeClaim?: { claimName: string } }[];
      };
      for (const c of pod.containers) {
        for (const from of c.envFrom ?? []) {
          if (from.configMapRef && !configMaps.has(from.configMapRef.name))
            missing.push(from.configMapRef.name);
        }
        for (const env of c.env ?? []) {
          const ref = env.valueFrom?.secretKeyRef;
          if (ref && !ref.optional && !secrets.has(ref.name) && !EXTERNAL_SECRETS.includes(ref.name)) {
            missing.push(ref.name);
          }
        }
      }
      for (const volume of pod.volumes ?? []) {
        if (volume.configMap && !configMaps.has(volume.configMap.name)) missing.push(volume.configMap.name);
        if (volume.persistentVolumeClaim && !claims.has(volume.persistentVolumeClaim.claimName)) {
          missing.push(volume.persistentVolumeClaim.claimName);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives nats-server a configuration it accepts (nats-server -t)', () => {
    if (!natsServer) {
      console.warn('kubernetes-tests: no nats-server binary (NATS_SERVER_BIN): nats.conf not checked');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'alliance-nats-conf-'));
    try {
      const file = join(dir, 'nats.conf');
      writeFileSync(file, get(objects, 'ConfigMap', 'nats-config').data?.['nats.conf'] ?? '');
      // SERVER_NAME as the StatefulSet sets it (the pod name).
      const result = spawnSync(natsServer, ['-t', '-c', file], {
        encoding: 'utf8',
        env: { ...process.env, SERVER_NAME: 'nats-0' },
        timeout: 30_000,
      });
      expect(`${result.stdout}${result.stderr}`.trim()).toMatch(/is valid$/);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compliance keeps its evidence files on a volume (the root filesystem is read-only)', () => {
    const [container] = containersOf(get(objects, 'Deployment', 'compliance'));
    const dir = container.env?.find((e) => e.name === 'COMPLIANCE_EVIDENCE_DIR')?.value;
    expect(container.volumeMounts?.map((m) => m.mountPath)).toContain(dir);
  });

  it('coordination keeps its attachments on a volume too', () => {
    const [container] = containersOf(get(objects, 'Deployment', 'coordination'));
    const dir = container.env?.find((e) => e.name === 'COORDINATION_ATTACHMENT_DIR')?.value;
    expect(dir).toBeDefined();
    expect(container.volumeMounts?.map((m) => m.mountPath)).toContain(dir);
  });

  it('everything lands in the overlay namespace, which the overlay creates', () => {
    const [namespace] = byKind(objects, 'Namespace');
    expect(namespace).toBeDefined();
    const outside = objects
      .filter((o) => o.kind !== 'Namespace' && o.metadata?.namespace !== namespace.metadata?.name)
      .map((o) => `${o.kind}/${o.metadata?.name}`);
    expect(outside).toEqual([]);
  });
});

describeRendered('the production overlay', () => {
  let objects: KubeObject[];

  beforeAll(() => {
    objects = renderOverlay(kubectl!, 'production');
  });

  it('contains no Secret: the ones it needs are created in the cluster (README)', () => {
    expect(byKind(objects, 'Secret')).toEqual([]);
    const readme = readFileSync(resolve(WORKSPACE_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Running on Kubernetes');
    expect(start).toBeGreaterThanOrEqual(0);
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end < 0 ? undefined : end);
    for (const name of EXTERNAL_SECRETS) expect(section).toContain(name);
  });

  it('autoscales the gateway from 2 pods and runs every other service twice or more', () => {
    const hpa = get(objects, 'HorizontalPodAutoscaler', 'gateway');
    expect(spec<{ minReplicas: number }>(hpa).minReplicas).toBeGreaterThanOrEqual(2);
    // The autoscaler owns the gateway's count: a replicas field would reset it on every apply.
    expect(spec<{ replicas?: number }>(get(objects, 'Deployment', 'gateway')).replicas).toBeUndefined();
    for (const service of RPC_SERVICES) {
      expect(spec<{ replicas: number }>(get(objects, 'Deployment', service)).replicas).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('runs a three-node NATS JetStream cluster with its store on volumes, routes through the headless Service', () => {
    const nats = get(objects, 'StatefulSet', 'nats');
    const natsSpec = spec<{
      replicas: number;
      serviceName: string;
      volumeClaimTemplates: { metadata: { name: string } }[];
    }>(nats);
    expect(natsSpec.replicas).toBe(3);
    expect(natsSpec.serviceName).toBe('nats-headless');
    expect(
      spec<{ clusterIP: string; publishNotReadyAddresses: boolean }>(
        get(objects, 'Service', 'nats-headless'),
      ),
    ).toEqual(expect.objectContaining({ clusterIP: 'None', publishNotReadyAddresses: true }));
    const [container] = containersOf(nats);
    const dataMount = container.volumeMounts?.find(
      (m) => m.name === natsSpec.volumeClaimTemplates[0].metadata.name,
    );
    const conf = get(objects, 'ConfigMap', 'nats-config').data?.['nats.conf'] ?? '';
    expect(conf).toMatch(new RegExp(`store_dir:\\s*${dataMount?.mountPath}\\b`));
    expect(conf).toMatch(/cluster\s*\{/);
    for (const i of [0, 1, 2]) expect(conf).toContain(`nats://nats-${i}.nats-headless:6222`);
    expect(conf).toContain('server_name: $SERVER_NAME');
    // One server per node: a lost node takes one replica of each stream, never two.
    expect(JSON.stringify(podTemplateOf(nats)?.spec)).toContain(
      '"requiredDuringSchedulingIgnoredDuringExecution"',
    );
  });

  it('has every service connect to the three NATS pods and create R3 streams', () => {
    const config = allianceConfig(objects);
    expect(config.STREAM_REPLICAS).toBe('3');
    expect(config.NATS_URL.split(',')).toEqual([0, 1, 2].map((i) => `nats://nats-${i}.nats-headless:4222`));
  });

  it('lets the services reach only NATS, PostgreSQL and DNS, and nothing reach an RPC service', () => {
    const policies = byKind(objects, 'NetworkPolicy');
    for (const service of SERVICES) {
      const labels = podTemplateOf(get(objects, 'Deployment', service))?.metadata?.labels;
      const applying = policies
        .map((p) =>
          spec<{
            podSelector: { matchLabels?: Record<string, string> };
            egress?: { ports?: { port: number }[] }[];
            ingress?: { from?: { namespaceSelector?: { matchLabels?: Record<string, string> } }[] }[];
          }>(p),
        )
        .filter((p) => selectorMatches(p.podSelector, labels));
      const egressPorts = new Set(
        applying.flatMap((p) => (p.egress ?? []).flatMap((r) => (r.ports ?? []).map((x) => x.port))),
      );
      expect([...egressPorts].sort()).toEqual([4222, 53, 5432].sort());
      const ingress = applying.flatMap((p) => p.ingress ?? []);
      if (service === 'gateway') {
        // From the ingress controller's namespace only.
        expect(ingress.flatMap((r) => r.from ?? []).every((f) => f.namespaceSelector !== undefined)).toBe(
          true,
        );
        expect(ingress.length).toBeGreaterThan(0);
      } else {
        expect(ingress).toEqual([]);
      }
    }
  });

  it('pulls the platform image from a registry by an explicit tag', () => {
    for (const service of SERVICES) {
      const [container] = containersOf(get(objects, 'Deployment', service));
      expect(container.image).toMatch(/^[a-z0-9.-]+\.[a-z]+(:\d+)?\/.+:(?!latest$)[\w.-]+$/);
    }
  });
});

describeRendered('the dev overlay', () => {
  let objects: KubeObject[];

  beforeAll(() => {
    objects = renderOverlay(kubectl!, 'dev');
  });

  it('runs one replica of each service and no autoscaler', () => {
    for (const service of SERVICES) {
      expect(spec<{ replicas: number }>(get(objects, 'Deployment', service)).replicas).toBe(1);
    }
    expect(byKind(objects, 'HorizontalPodAutoscaler')).toEqual([]);
  });

  it('runs one NATS with JetStream on a volume and a PostgreSQL StatefulSet on a volume', () => {
    const nats = get(objects, 'StatefulSet', 'nats');
    expect(spec<{ replicas: number }>(nats).replicas).toBe(1);
    expect(get(objects, 'ConfigMap', 'nats-config').data?.['nats.conf']).toMatch(/jetstream\s*\{/);
    const postgres = get(objects, 'StatefulSet', 'postgres');
    for (const set of [nats, postgres]) {
      expect(spec<{ volumeClaimTemplates: unknown[] }>(set).volumeClaimTemplates).toHaveLength(1);
    }
    expect(allianceConfig(objects).STREAM_REPLICAS).toBe('1');
    expect(allianceConfig(objects).NATS_URL).toBe('nats://nats:4222');
  });

  it('generates its Secrets with values that say they are for development only', () => {
    const secrets = byKind(objects, 'Secret');
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      for (const [key, value] of Object.entries(secret.data ?? {})) {
        expect(`${key}=${Buffer.from(value, 'base64').toString('utf8')}`).toContain('dev-only');
      }
    }
  });
});

describeRendered('the base', () => {
  it('renders on its own and keeps the common rules', () => {
    const objects = renderKustomization(kubectl!, resolve(KUSTOMIZE_ROOT, 'base'));
    expect(objects.flatMap(schemaViolations)).toEqual([]);
    expect(unknownFieldViolations(objects)).toEqual([]);
    expect(commonViolations(objects)).toEqual([]);
    expect(byKind(objects, 'Secret')).toEqual([]);
  });
});
