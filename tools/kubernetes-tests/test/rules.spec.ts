import { parseManifests } from './render';
import {
  commonViolations,
  containerViolations,
  disruptionBudgetViolations,
  exposureViolations,
  networkPolicyViolations,
  plainSecretViolations,
  productionViolations,
  replicaViolations,
  secretLooking,
  secretObjectViolations,
  spreadViolations,
  terminationGraceViolations,
  type KubeObject,
} from './rules';
import { unknownFieldViolations } from './fields';
import { schemaViolations } from './schema';

/**
 * The rules and the schema check fed objects known to be good and known to be bad: a rule that cannot fail
 * proves nothing when the rendered overlays pass it.
 */

const labels = { 'app.kubernetes.io/name': 'membership', 'alliance.platform/tier': 'service' };

function goodDeployment(): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'membership', namespace: 'alliance' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'membership' } },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000 },
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'DoNotSchedule',
              labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'membership' } },
            },
          ],
          containers: [
            {
              name: 'membership',
              image: 'registry.example.org/alliance-platform:1.0.0',
              env: [
                { name: 'SERVICE', value: 'membership' },
                {
                  name: 'DATABASE_URL',
                  valueFrom: { secretKeyRef: { name: 'alliance-database', key: 'DATABASE_URL' } },
                },
              ],
              livenessProbe: { exec: { command: ['sh', '-c', 'kill -0 1'] } },
              readinessProbe: { exec: { command: ['node', 'tools/runtime/service-ready.js'] } },
              resources: {
                requests: { cpu: '100m', memory: '192Mi' },
                limits: { cpu: '1', memory: '512Mi' },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
            },
          ],
        },
      },
    },
  };
}

const pdb: KubeObject = {
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: 'membership', namespace: 'alliance' },
  spec: { maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'membership' } } },
};

const denyAll: KubeObject = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'default-deny', namespace: 'alliance' },
  spec: {
    podSelector: { matchLabels: { 'alliance.platform/tier': 'service' } },
    policyTypes: ['Ingress', 'Egress'],
  },
};

/** The good Deployment with one change made by `edit` to its (only) container, or to its pod spec. */
function withContainer(edit: (container: Record<string, unknown>) => void): KubeObject {
  const deployment = goodDeployment();
  const spec = deployment.spec as { template: { spec: { containers: Record<string, unknown>[] } } };
  edit(spec.template.spec.containers[0]);
  return deployment;
}

function withPodSpec(edit: (spec: Record<string, unknown>) => void): KubeObject {
  const deployment = goodDeployment();
  edit((deployment.spec as { template: { spec: Record<string, unknown> } }).template.spec);
  return deployment;
}

describe('the rules hold for a good object', () => {
  it('every rule, production included', () => {
    expect(productionViolations([goodDeployment(), pdb, denyAll])).toEqual([]);
  });

  it('and the schema', () => {
    expect(schemaViolations(goodDeployment())).toEqual([]);
    expect(schemaViolations(pdb)).toEqual([]);
    expect(schemaViolations(denyAll)).toEqual([]);
  });
});

describe('containerViolations', () => {
  it.each([
    ['livenessProbe', 'no livenessProbe'],
    ['readinessProbe', 'no readinessProbe'],
  ])('a container without %s', (probe, message) => {
    const bad = withContainer((c) => delete c[probe]);
    expect(containerViolations([bad])).toEqual([`Deployment/membership container membership: ${message}`]);
  });

  it('a probe without a handler does not count', () => {
    const bad = withContainer((c) => (c.readinessProbe = { periodSeconds: 10 }));
    expect(containerViolations([bad])).toEqual([
      'Deployment/membership container membership: no readinessProbe',
    ]);
  });

  it('missing requests and limits', () => {
    const bad = withContainer((c) => (c.resources = { requests: { cpu: '100m' } }));
    expect(containerViolations([bad])).toEqual([
      'Deployment/membership container membership: no resources.requests.memory',
      'Deployment/membership container membership: no resources.limits.cpu',
      'Deployment/membership container membership: no resources.limits.memory',
    ]);
  });

  it('root, a writable root filesystem, privilege escalation and capabilities', () => {
    const bad = withContainer(
      (c) => (c.securityContext = { runAsUser: 0, capabilities: { add: ['NET_ADMIN'] } }),
    );
    expect(containerViolations([bad])).toEqual([
      'Deployment/membership container membership: no numeric non-root runAsUser (pod or container)',
      'Deployment/membership container membership: readOnlyRootFilesystem is not true',
      'Deployment/membership container membership: allowPrivilegeEscalation is not false',
      'Deployment/membership container membership: capabilities.drop does not include ALL',
      'Deployment/membership container membership: adds capabilities NET_ADMIN',
    ]);
  });

  it('runAsNonRoot switched off in the container overrides the pod', () => {
    const bad = withContainer((c) => ((c.securityContext as Record<string, unknown>).runAsNonRoot = false));
    expect(containerViolations([bad])).toEqual([
      'Deployment/membership container membership: runAsNonRoot is not true',
    ]);
  });

  it('a user name (the image USER) is not enough: the uid must be given', () => {
    const bad = withPodSpec((s) => (s.securityContext = { runAsNonRoot: true }));
    expect(containerViolations([bad])).toEqual([
      'Deployment/membership container membership: no numeric non-root runAsUser (pod or container)',
    ]);
  });

  it('host namespaces', () => {
    const bad = withPodSpec((s) => (s.hostNetwork = true));
    expect(containerViolations([bad])).toEqual(['Deployment/membership: hostNetwork is on']);
  });

  it('init containers need no probes but the same resources and security context', () => {
    const bad = withPodSpec((s) => (s.initContainers = [{ name: 'init', image: 'busybox' }]));
    const found = containerViolations([bad]);
    expect(found).toContain('Deployment/membership container init: no resources.limits.memory');
    expect(found).toContain('Deployment/membership container init: readOnlyRootFilesystem is not true');
    expect(found.some((f) => f.includes('Probe'))).toBe(false);
  });

  it('a StatefulSet and a CronJob are workloads too', () => {
    const template = (goodDeployment().spec as { template: unknown }).template;
    const statefulSet = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 's' },
      spec: { template },
    };
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'job', image: 'x' }] } } } } },
    };
    expect(containerViolations([statefulSet])).toEqual([]);
    expect(containerViolations([cronJob])).toContain('CronJob/c container job: no livenessProbe');
  });
});

describe('plain secrets', () => {
  it.each([
    ['JWT_SECRET', 'abc'],
    ['ADMIN_PASSWORD', 'x'],
    ['POSTGRES_PASSWORD', 'x'],
    ['NATS_TOKEN', 'x'],
    ['DATABASE_URL', 'postgres://alliance:hunter2@postgres:5432/alliance'],
    ['MEMBERSHIP_DATABASE_URL', 'postgresql://u:p@db/alliance?sslmode=require'],
    ['SOMETHING', 'amqp://user:pass@broker'],
  ])('%s=%s looks like a secret', (name, value) => {
    expect(secretLooking(name, value)).toBeDefined();
  });

  it.each([
    ['DATABASE_URL', 'postgres://alliance@postgres:5432/alliance'],
    ['NATS_URL', 'nats://nats-0.nats-headless:4222,nats://nats-1.nats-headless:4222'],
    ['JWT_SECRET', ''],
    ['LOG_LEVEL', 'info'],
  ])('%s=%s does not', (name, value) => {
    expect(secretLooking(name, value)).toBeUndefined();
  });

  it('a literal JWT_SECRET or a DATABASE_URL with its password in a container env', () => {
    const bad = withContainer((c) =>
      (c.env as unknown[]).push(
        { name: 'JWT_SECRET', value: 'not-so-secret' },
        { name: 'MEMBERSHIP_DATABASE_URL', value: 'postgres://alliance:pw@postgres/alliance' },
      ),
    );
    expect(plainSecretViolations([bad])).toEqual([
      'Deployment/membership container membership: JWT_SECRET has a literal value (take it from a Secret)',
      'Deployment/membership container membership: MEMBERSHIP_DATABASE_URL is a URL with a password in it (take it from a Secret)',
    ]);
  });

  it('a password in a ConfigMap', () => {
    const configMap = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'alliance-config' },
      data: { ADMIN_PASSWORD: 'admin-change-me', LOG_LEVEL: 'info' },
    };
    expect(plainSecretViolations([configMap])).toEqual([
      'ConfigMap/alliance-config: ADMIN_PASSWORD has a literal value (take it from a Secret)',
    ]);
  });

  it('a Secret with values where there must be none', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'alliance-gateway' },
      stringData: { A: 'b' },
    };
    expect(secretObjectViolations([secret])).toEqual([
      'Secret/alliance-gateway: a Secret with values in the manifests (create it in the cluster instead)',
    ]);
  });
});

describe('disruption budgets, grace, exposure', () => {
  it('a Deployment without a PodDisruptionBudget', () => {
    expect(disruptionBudgetViolations([goodDeployment()])).toEqual([
      'Deployment/membership: no PodDisruptionBudget selects its pods',
    ]);
  });

  it('a budget of another namespace or with another selector does not count', () => {
    const elsewhere = { ...pdb, metadata: { name: 'membership', namespace: 'other' } };
    const otherPods = {
      ...pdb,
      spec: { maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'x' } } },
    };
    expect(disruptionBudgetViolations([goodDeployment(), elsewhere, otherPods])).toHaveLength(1);
  });

  it('a grace period no longer than the drain plus preStop', () => {
    const short = withPodSpec((s) => (s.terminationGracePeriodSeconds = 15));
    expect(terminationGraceViolations([short])).toHaveLength(1);
    const paused = withContainer((c) => (c.lifecycle = { preStop: { exec: { command: ['sleep', '20'] } } }));
    expect(terminationGraceViolations([paused])).toEqual([
      'Deployment/membership: terminationGracePeriodSeconds 30 is not longer than the drain (15 s) plus preStop (20 s)',
    ]);
  });

  it('a NodePort Service, and an Ingress to something other than the gateway', () => {
    const nodePort = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'nats' },
      spec: { type: 'NodePort' },
    };
    const ingress = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'oops' },
      spec: {
        rules: [
          { http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'nats' } } }] } },
        ],
      },
    };
    expect(exposureViolations([nodePort, ingress])).toEqual([
      'Service/nats: type NodePort exposes it outside the cluster',
      'Ingress/oops: leads to nats',
    ]);
  });

  it('commonViolations gathers them', () => {
    expect(commonViolations([withContainer((c) => delete c.livenessProbe)])).toEqual([
      'Deployment/membership container membership: no livenessProbe',
      'Deployment/membership: no PodDisruptionBudget selects its pods',
    ]);
  });
});

describe('production: replicas, spread, network policies', () => {
  it('one replica, or an autoscaler that may go down to one', () => {
    const one = goodDeployment();
    (one.spec as { replicas: number }).replicas = 1;
    expect(replicaViolations([one])).toEqual(['Deployment/membership: 1 replica(s), fewer than 2']);

    const scaled = goodDeployment();
    delete (scaled.spec as { replicas?: number }).replicas;
    expect(replicaViolations([scaled])).toEqual(['Deployment/membership: 1 replica(s), fewer than 2']);
    const hpa = (minReplicas: number): KubeObject => ({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'membership', namespace: 'alliance' },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'membership' },
        minReplicas,
        maxReplicas: 4,
      },
    });
    expect(replicaViolations([scaled, hpa(1)])).toEqual([
      'Deployment/membership: 1 replica(s) (autoscaler minimum), fewer than 2',
    ]);
    expect(replicaViolations([scaled, hpa(2)])).toEqual([]);
  });

  it('replicas that may share a node', () => {
    const soft = withPodSpec((s) => {
      s.topologySpreadConstraints = [
        { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway' },
      ];
    });
    expect(spreadViolations([soft])).toHaveLength(1);
    const antiAffinity = withPodSpec((s) => {
      delete s.topologySpreadConstraints;
      s.affinity = {
        podAntiAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: [
            { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: labels } },
          ],
        },
      };
    });
    expect(spreadViolations([antiAffinity])).toEqual([]);
  });

  it('no NetworkPolicy, or one that leaves egress open', () => {
    expect(networkPolicyViolations([goodDeployment()])).toEqual(['no NetworkPolicy at all']);
    const ingressOnly = { ...denyAll, spec: { podSelector: {}, policyTypes: ['Ingress'] } };
    expect(networkPolicyViolations([goodDeployment(), ingressOnly])).toEqual([
      'Deployment/membership: no NetworkPolicy restricts its Egress',
    ]);
    const otherPods = {
      ...denyAll,
      spec: { podSelector: { matchLabels: { app: 'x' } }, policyTypes: ['Ingress', 'Egress'] },
    };
    expect(networkPolicyViolations([goodDeployment(), otherPods])).toHaveLength(2);
  });
});

describe('the Kubernetes schemas (kubernetes-models)', () => {
  it('a wrong type, a missing required field, a value outside an enum', () => {
    const badPort = withContainer((c) => (c.ports = [{ containerPort: 'http' }]));
    expect(schemaViolations(badPort)).toEqual([
      'Deployment/membership: data/spec/template/spec/containers/0/ports/0/containerPort must be integer',
    ]);
    const noName = withContainer((c) => delete c.name);
    expect(schemaViolations(noName).join()).toMatch(/must have required property name/);
    const badPolicy = withContainer((c) => (c.imagePullPolicy = 'Sometimes'));
    expect(schemaViolations(badPolicy).join()).toMatch(
      /imagePullPolicy must be equal to one of the allowed values/,
    );
  });

  it('a kind without a schema (a typo, or a custom resource) is refused', () => {
    expect(schemaViolations({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } })).toEqual([
      'Deploymnet/x: no Kubernetes schema for apps/v1 Deploymnet',
    ]);
    expect(
      schemaViolations({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'db' } }),
    ).toEqual(['Cluster/db: no Kubernetes schema for postgresql.cnpg.io/v1 Cluster']);
  });

  it('a Secret whose base64 kustomize wrapped over lines is valid, broken base64 is not', () => {
    const wrapped = parseManifests(
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  K: |\n    ZGV2LW9u\n    bHk=\n',
    );
    expect(schemaViolations(wrapped[0])).toEqual([]);
    const broken = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { K: 'not base64!' } };
    expect(schemaViolations(broken)).toHaveLength(1);
  });
});

describe('unknown fields (the types kubernetes-models declares)', () => {
  it('none in a good object', () => {
    expect(unknownFieldViolations([goodDeployment(), pdb, denyAll])).toEqual([]);
  });

  it('a misspelt field anywhere: metadata, pod spec, container, env, a map of labels is free-form', () => {
    const bad = withPodSpec((s) => {
      s.terminationGracePeriodSecond = 30;
      const [container] = s.containers as Record<string, unknown>[];
      container.readinesProbe = { exec: { command: ['true'] } };
      (container.env as Record<string, unknown>[])[0].valu = 'x';
    });
    (bad.metadata as Record<string, unknown>).labelz = { a: 'b' };
    expect(unknownFieldViolations([bad])).toEqual([
      'Deployment/membership: unknown field metadata.labelz',
      'Deployment/membership: unknown field spec.template.spec.containers[0].env[0].valu',
      'Deployment/membership: unknown field spec.template.spec.containers[0].readinesProbe',
      'Deployment/membership: unknown field spec.template.spec.terminationGracePeriodSecond',
    ]);
  });

  it('a kind without declared types', () => {
    expect(
      unknownFieldViolations([{ apiVersion: 'example.org/v1', kind: 'Thing', metadata: { name: 't' } }]),
    ).toEqual(['Thing/t: no declared type for example.org/v1 Thing']);
  });
});
