/**
 * Our own rules for the Kubernetes manifests, beyond what the Kubernetes schemas check. Each rule takes the
 * rendered objects of one overlay and returns what breaks it, one line per finding (`Kind/name: what`); an
 * empty list means the rule holds. They are plain functions so that test/rules.spec.ts can feed them bad
 * objects and see them fail.
 */

/* The parts of Kubernetes objects the rules read (the schemas are checked separately, see schema.ts). */

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  spec?: unknown;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

interface Probe {
  exec?: unknown;
  httpGet?: unknown;
  tcpSocket?: unknown;
  grpc?: unknown;
}

interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
  capabilities?: { add?: string[]; drop?: string[] };
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: unknown;
}

interface Container {
  name: string;
  env?: EnvVar[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: SecurityContext;
  lifecycle?: { preStop?: { exec?: { command?: string[] }; sleep?: { seconds?: number } } };
}

interface PodSpec {
  containers?: Container[];
  initContainers?: Container[];
  securityContext?: SecurityContext;
  terminationGracePeriodSeconds?: number;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  topologySpreadConstraints?: { topologyKey: string; whenUnsatisfiable: string }[];
  affinity?: {
    podAntiAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { topologyKey: string }[] };
  };
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec?: PodSpec;
}

/** The longest drain of a service after SIGTERM (libs/messaging drainOnSignals' grace), in seconds. */
export const SERVICE_DRAIN_SECONDS = 15;

/** Pods of the platform's own services (gateway and RPC services) carry this label. */
export const SERVICE_TIER_LABEL = 'alliance.platform/tier';

const WORKLOAD_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Pod',
]);
const SCALABLE_KINDS = new Set(['Deployment', 'StatefulSet']);

export function describeObject(object: KubeObject): string {
  return `${object.kind ?? '?'}/${object.metadata?.name ?? '?'}`;
}

function namespaceOf(object: KubeObject): string {
  return object.metadata?.namespace ?? 'default';
}

function specOf<T>(object: KubeObject): T {
  return (object.spec ?? {}) as T;
}

/** The pod template of a workload (the object itself for a Pod); undefined for anything else. */
export function podTemplateOf(object: KubeObject): PodTemplate | undefined {
  if (!object.kind || !WORKLOAD_KINDS.has(object.kind)) return undefined;
  if (object.kind === 'Pod') return { metadata: object.metadata, spec: specOf<PodSpec>(object) };
  if (object.kind === 'CronJob') {
    return specOf<{ jobTemplate?: { spec?: { template?: PodTemplate } } }>(object).jobTemplate?.spec
      ?.template;
  }
  return specOf<{ template?: PodTemplate }>(object).template ?? {};
}

export function workloads(objects: KubeObject[]): KubeObject[] {
  return objects.filter((o) => podTemplateOf(o) !== undefined);
}

export function selectorMatches(
  selector: LabelSelector | undefined,
  labels: Record<string, string> = {},
): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return key in labels && values.includes(labels[key]);
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        return false;
    }
  });
  return byLabels && byExpressions;
}

const hasHandler = (probe: Probe | undefined): boolean =>
  !!probe && [probe.exec, probe.httpGet, probe.tcpSocket, probe.grpc].some((h) => h !== undefined);

/**
 * Every container: liveness and readiness probes (init containers run to completion and have none), CPU and
 * memory requests and limits, and a locked-down security context — non-root with a numeric uid (an image's
 * USER name cannot be checked by the kubelet), read-only root filesystem, no privilege escalation, every
 * capability dropped; no host namespaces.
 */
export function containerViolations(objects: KubeObject[]): string[] {
  const found: string[] = [];
  for (const object of workloads(objects)) {
    const spec = podTemplateOf(object)?.spec ?? {};
    const pod = spec.securityContext ?? {};
    const name = describeObject(object);
    if (!spec.containers?.length) found.push(`${name}: no containers`);
    for (const flag of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
      if (spec[flag]) found.push(`${name}: ${flag} is on`);
    }
    const all = [
      ...(spec.containers ?? []).map((c) => ({ c, init: false })),
      ...(spec.initContainers ?? []).map((c) => ({ c, init: true })),
    ];
    for (const { c, init } of all) {
      const where = `${name} container ${c.name}`;
      if (!init && !hasHandler(c.livenessProbe)) found.push(`${where}: no livenessProbe`);
      if (!init && !hasHandler(c.readinessProbe)) found.push(`${where}: no readinessProbe`);
      for (const kind of ['requests', 'limits'] as const) {
        for (const resource of ['cpu', 'memory']) {
          if (!c.resources?.[kind]?.[resource]) found.push(`${where}: no resources.${kind}.${resource}`);
        }
      }
      const sc = c.securityContext ?? {};
      const runAsNonRoot = sc.runAsNonRoot ?? pod.runAsNonRoot;
      const runAsUser = sc.runAsUser ?? pod.runAsUser;
      if (runAsNonRoot !== true) found.push(`${where}: runAsNonRoot is not true`);
      if (typeof runAsUser !== 'number' || runAsUser === 0) {
        found.push(`${where}: no numeric non-root runAsUser (pod or container)`);
      }
      if (sc.readOnlyRootFilesystem !== true) found.push(`${where}: readOnlyRootFilesystem is not true`);
      if (sc.allowPrivilegeEscalation !== false)
        found.push(`${where}: allowPrivilegeEscalation is not false`);
      if (sc.privileged) found.push(`${where}: privileged`);
      if (!sc.capabilities?.drop?.includes('ALL'))
        found.push(`${where}: capabilities.drop does not include ALL`);
      if (sc.capabilities?.add?.length)
        found.push(`${where}: adds capabilities ${sc.capabilities.add.join(', ')}`);
    }
  }
  return found;
}

const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|PASSPHRASE|TOKEN|PRIVATE_?KEY|API_?KEY|CREDENTIAL)/i;
/** scheme://user:password@… — a connection URL that carries its password. */
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;

/** Why a literal (a container env `value` or a ConfigMap entry) looks like a secret; undefined when it does not. */
export function secretLooking(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (SECRET_NAME.test(name)) return `${name} has a literal value (take it from a Secret)`;
  if (URL_WITH_PASSWORD.test(value)) return `${name} is a URL with a password in it (take it from a Secret)`;
  return undefined;
}

/** No secret values in plain manifests: container env literals and ConfigMaps (Secrets are checked apart). */
export function plainSecretViolations(objects: KubeObject[]): string[] {
  const found: string[] = [];
  for (const object of workloads(objects)) {
    const spec = podTemplateOf(object)?.spec ?? {};
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const env of c.env ?? []) {
        const why = secretLooking(env.name, env.value);
        if (why) found.push(`${describeObject(object)} container ${c.name}: ${why}`);
      }
    }
  }
  for (const object of objects.filter((o) => o.kind === 'ConfigMap')) {
    for (const [key, value] of Object.entries(object.data ?? {})) {
      const why = secretLooking(key, value);
      if (why) found.push(`${describeObject(object)}: ${why}`);
    }
  }
  return found;
}

/** An overlay that must not carry secret values: no Secret object with data at all. */
export function secretObjectViolations(objects: KubeObject[]): string[] {
  return objects
    .filter((o) => o.kind === 'Secret')
    .filter((o) => Object.keys(o.data ?? {}).length + Object.keys(o.stringData ?? {}).length > 0)
    .map(
      (o) => `${describeObject(o)}: a Secret with values in the manifests (create it in the cluster instead)`,
    );
}

/** Every Deployment and StatefulSet has a PodDisruptionBudget selecting its pods. */
export function disruptionBudgetViolations(objects: KubeObject[]): string[] {
  const budgets = objects.filter((o) => o.kind === 'PodDisruptionBudget');
  return objects
    .filter((o) => o.kind && SCALABLE_KINDS.has(o.kind))
    .filter((workload) => {
      const labels = podTemplateOf(workload)?.metadata?.labels;
      return !budgets.some(
        (pdb) =>
          namespaceOf(pdb) === namespaceOf(workload) &&
          selectorMatches(specOf<{ selector?: LabelSelector }>(pdb).selector, labels),
      );
    })
    .map((o) => `${describeObject(o)}: no PodDisruptionBudget selects its pods`);
}

function preStopSeconds(container: Container): number {
  const preStop = container.lifecycle?.preStop;
  if (preStop?.sleep?.seconds) return preStop.sleep.seconds;
  const command = preStop?.exec?.command ?? [];
  return command[0] === 'sleep' && Number.isFinite(Number(command[1])) ? Number(command[1]) : 0;
}

/** The platform's services get longer than their drain (plus any preStop pause) before SIGKILL. */
export function terminationGraceViolations(objects: KubeObject[]): string[] {
  const found: string[] = [];
  for (const object of workloads(objects)) {
    const template = podTemplateOf(object);
    if (!template?.metadata?.labels?.[SERVICE_TIER_LABEL]) continue;
    const spec = template.spec ?? {};
    const grace = spec.terminationGracePeriodSeconds ?? 30;
    const pause = Math.max(0, ...(spec.containers ?? []).map(preStopSeconds));
    if (grace <= SERVICE_DRAIN_SECONDS + pause) {
      found.push(
        `${describeObject(object)}: terminationGracePeriodSeconds ${grace} is not longer than the drain ` +
          `(${SERVICE_DRAIN_SECONDS} s) plus preStop (${pause} s)`,
      );
    }
  }
  return found;
}

/** Only the gateway is reachable from outside: no NodePort or LoadBalancer Service, Ingresses lead to it alone. */
export function exposureViolations(objects: KubeObject[], publicService = 'gateway'): string[] {
  const found: string[] = [];
  for (const service of objects.filter((o) => o.kind === 'Service')) {
    const type = specOf<{ type?: string }>(service).type ?? 'ClusterIP';
    if (type !== 'ClusterIP')
      found.push(`${describeObject(service)}: type ${type} exposes it outside the cluster`);
  }
  for (const ingress of objects.filter((o) => o.kind === 'Ingress')) {
    const spec = specOf<{
      defaultBackend?: { service?: { name?: string } };
      rules?: { http?: { paths?: { backend?: { service?: { name?: string } } }[] } }[];
    }>(ingress);
    const backends = [
      spec.defaultBackend,
      ...(spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend)),
    ].filter((b) => b !== undefined);
    for (const backend of backends) {
      if (backend?.service?.name !== publicService) {
        found.push(
          `${describeObject(ingress)}: leads to ${backend?.service?.name ?? 'a non-Service backend'}`,
        );
      }
    }
  }
  return found;
}

interface HpaSpec {
  scaleTargetRef?: { kind?: string; name?: string };
  minReplicas?: number;
}

/** At least `min` pods of every Deployment and StatefulSet: its replicas, or the minimum of its autoscaler. */
export function replicaViolations(objects: KubeObject[], min = 2): string[] {
  const autoscalers = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');
  const found: string[] = [];
  for (const workload of objects.filter((o) => o.kind && SCALABLE_KINDS.has(o.kind))) {
    const hpa = autoscalers.find((a) => {
      const ref = specOf<HpaSpec>(a).scaleTargetRef;
      return (
        namespaceOf(a) === namespaceOf(workload) &&
        ref?.kind === workload.kind &&
        ref?.name === workload.metadata?.name
      );
    });
    const replicas = specOf<{ replicas?: number }>(workload).replicas;
    const hpaMin = hpa ? (specOf<HpaSpec>(hpa).minReplicas ?? 1) : undefined;
    const effective = hpaMin ?? replicas ?? 1;
    if (effective < min || (replicas !== undefined && replicas < min)) {
      found.push(
        `${describeObject(workload)}: ${effective} replica(s)${hpa ? ' (autoscaler minimum)' : ''}, fewer than ${min}`,
      );
    }
  }
  return found;
}

/** Replicas of a Deployment or StatefulSet never share a node: a hard spread or a required anti-affinity. */
export function spreadViolations(objects: KubeObject[]): string[] {
  return objects
    .filter((o) => o.kind && SCALABLE_KINDS.has(o.kind))
    .filter((workload) => {
      const spec = podTemplateOf(workload)?.spec ?? {};
      const spread = (spec.topologySpreadConstraints ?? []).some(
        (c) => c.topologyKey === 'kubernetes.io/hostname' && c.whenUnsatisfiable === 'DoNotSchedule',
      );
      const antiAffinity = (
        spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []
      ).some((term) => term.topologyKey === 'kubernetes.io/hostname');
      return !spread && !antiAffinity;
    })
    .map(
      (o) =>
        `${describeObject(o)}: its replicas may share a node (no hard spread or anti-affinity by hostname)`,
    );
}

interface NetworkPolicySpec {
  podSelector?: LabelSelector;
  policyTypes?: string[];
}

/**
 * NetworkPolicies exist, and every workload's pods are isolated both ways: some policy in their namespace
 * selects them for Ingress and some for Egress (whatever is not allowed is then refused).
 */
export function networkPolicyViolations(objects: KubeObject[]): string[] {
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  if (policies.length === 0) return ['no NetworkPolicy at all'];
  const found: string[] = [];
  for (const workload of workloads(objects)) {
    const labels = podTemplateOf(workload)?.metadata?.labels;
    for (const direction of ['Ingress', 'Egress']) {
      const isolated = policies.some((p) => {
        const spec = specOf<NetworkPolicySpec>(p);
        const types = spec.policyTypes ?? ['Ingress'];
        return (
          namespaceOf(p) === namespaceOf(workload) &&
          types.includes(direction) &&
          selectorMatches(spec.podSelector ?? {}, labels)
        );
      });
      if (!isolated) found.push(`${describeObject(workload)}: no NetworkPolicy restricts its ${direction}`);
    }
  }
  return found;
}

/** Every rule that holds for any overlay. */
export function commonViolations(objects: KubeObject[]): string[] {
  return [
    ...containerViolations(objects),
    ...plainSecretViolations(objects),
    ...disruptionBudgetViolations(objects),
    ...terminationGraceViolations(objects),
    ...exposureViolations(objects),
  ];
}

/** The production overlay's rules on top: no Secrets, ≥ 2 replicas spread across nodes, NetworkPolicies. */
export function productionViolations(objects: KubeObject[]): string[] {
  return [
    ...commonViolations(objects),
    ...secretObjectViolations(objects),
    ...replicaViolations(objects, 2),
    ...spreadViolations(objects),
    ...networkPolicyViolations(objects),
  ];
}
