import type { KubeObject } from './rules';

interface ModelClass {
  new (data: unknown): { validate(): void };
}

/**
 * `apps/v1` → `kubernetes-models/apps/v1`, `v1` → `kubernetes-models/v1`, `networking.k8s.io/v1` →
 * `kubernetes-models/networking.k8s.io/v1`: the module of the kubernetes-models package with a class per kind,
 * whose `validate()` checks an object against the Kubernetes OpenAPI schema (types, enums, required fields).
 */
function modelClass(apiVersion: string, kind: string): ModelClass | undefined {
  if (!/^[a-z0-9.]+(\/[a-z0-9]+)?$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) return undefined;
  let module: Record<string, unknown>;
  try {
    module = require(`kubernetes-models/${apiVersion}`) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const model = module[kind];
  return typeof model === 'function' ? (model as ModelClass) : undefined;
}

/**
 * kustomize wraps a long base64 value of a Secret over several lines; the API server's base64 decoder skips line
 * breaks, the schema's `byte` format does not: join them before validating.
 */
function forSchema(object: KubeObject): KubeObject {
  if (object.kind !== 'Secret' || !object.data) return object;
  const data = Object.fromEntries(
    Object.entries(object.data).map(([k, v]) => [k, String(v).replace(/[\r\n]/g, '')]),
  );
  return { ...object, data };
}

/** Why `object` does not fit the Kubernetes schema of its kind; empty when it does. */
export function schemaViolations(object: KubeObject): string[] {
  const name = `${object.kind ?? '?'}/${object.metadata?.name ?? '?'}`;
  if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') {
    return [`${name}: no apiVersion or kind`];
  }
  const Model = modelClass(object.apiVersion, object.kind);
  if (!Model) return [`${name}: no Kubernetes schema for ${object.apiVersion} ${object.kind}`];
  try {
    new Model(forSchema(object)).validate();
    return [];
  } catch (error) {
    return [`${name}: ${(error as Error).message}`];
  }
}
