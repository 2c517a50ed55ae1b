import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { KubeObject } from './rules';

/**
 * Unknown fields. The Kubernetes schemas allow any extra property (kubernetes-models' `validate()` too), so a
 * misspelt field — `terminationGracePeriodSecond`, `readinesProbe` — would pass them and be dropped or refused
 * only by the API server on apply. This walks an object along the types kubernetes-models declares for its kind
 * (its .d.ts files, read with the TypeScript compiler) and reports every property the type does not have.
 */

const MODELS_ROOT = dirname(require.resolve('kubernetes-models/package.json'));

function declarationFile(apiVersion: string, kind: string): string | undefined {
  if (!/^[a-z0-9.]+(\/[a-z0-9]+)?$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) return undefined;
  const file = join(MODELS_ROOT, apiVersion, `${kind}.d.ts`);
  return existsSync(file) ? file : undefined;
}

const programs = new Map<string, ts.Program>();

/** One program over the declarations of every kind at hand (kubernetes-models' own .d.ts, no lib checks). */
function programFor(files: string[]): ts.Program {
  const key = [...new Set(files)].sort().join('\n');
  let program = programs.get(key);
  if (!program) {
    program = ts.createProgram(key.split('\n'), { noEmit: true, skipLibCheck: true, types: [] });
    programs.set(key, program);
  }
  return program;
}

function objectMembers(checker: ts.TypeChecker, type: ts.Type): ts.Type[] {
  const nonNullable = checker.getNonNullableType(type);
  const members = nonNullable.isUnion() ? nonNullable.types : [nonNullable];
  return members.filter((t) => (t.flags & ts.TypeFlags.Object) !== 0);
}

function walk(checker: ts.TypeChecker, value: unknown, type: ts.Type, path: string, found: string[]): void {
  if (value === null || typeof value !== 'object') return;
  const candidates = objectMembers(checker, type);
  if (candidates.length === 0) return; // any, unknown, a primitive: nothing to say
  if (Array.isArray(value)) {
    const element = candidates.map((t) => checker.getIndexTypeOfType(t, ts.IndexKind.Number)).find((t) => t);
    if (element) value.forEach((item, i) => walk(checker, item, element, `${path}[${i}]`, found));
    return;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const owner = candidates.find((t) => t.getProperty(key));
    const property = owner?.getProperty(key);
    if (property) {
      walk(checker, child, checker.getTypeOfSymbol(property), `${path}.${key}`, found);
      continue;
    }
    const indexed = candidates.map((t) => checker.getIndexTypeOfType(t, ts.IndexKind.String)).find((t) => t);
    if (indexed) walk(checker, child, indexed, `${path}.${key}`, found);
    else found.push(`${path}.${key}`);
  }
}

/** Every property of the objects that their kind does not declare (`Kind/name: unknown field spec.template…`). */
export function unknownFieldViolations(objects: KubeObject[]): string[] {
  const files = new Map<KubeObject, string | undefined>(
    objects.map((o) => [o, o.apiVersion && o.kind ? declarationFile(o.apiVersion, o.kind) : undefined]),
  );
  const known = [...files.values()].filter((f): f is string => f !== undefined);
  const program = known.length > 0 ? programFor(known) : undefined;
  const checker = program?.getTypeChecker();
  const found: string[] = [];
  for (const object of objects) {
    const name = `${object.kind ?? '?'}/${object.metadata?.name ?? '?'}`;
    const file = files.get(object);
    if (!file || !program || !checker) {
      found.push(`${name}: no declared type for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    const declared =
      symbol && checker.getExportsOfModule(symbol).find((s) => s.getName() === `I${object.kind}`);
    if (!declared) {
      found.push(`${name}: no interface I${object.kind} in ${file}`);
      continue;
    }
    const paths: string[] = [];
    walk(checker, object, checker.getDeclaredTypeOfSymbol(declared), '', paths);
    found.push(...paths.map((path) => `${name}: unknown field ${path.slice(1)}`));
  }
  return found;
}
