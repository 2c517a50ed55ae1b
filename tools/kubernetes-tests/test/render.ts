import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from './rules';

export const WORKSPACE_ROOT = resolve(__dirname, '../../..');
export const KUSTOMIZE_ROOT = resolve(WORKSPACE_ROOT, 'deploy/kubernetes');
export const OVERLAYS = ['dev', 'production'] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** `kubectl` from KUBECTL or the PATH; null when there is none that runs (the tests then skip, saying so). */
export function findKubectl(): string | null {
  const candidate = process.env.KUBECTL || 'kubectl';
  const probe = spawnSync(candidate, ['version', '--client'], { encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0 ? candidate : null;
}

/** `kubectl kustomize <dir>`: the objects an overlay applies, rendered offline (no cluster involved). */
export function renderKustomization(kubectl: string, dir: string): KubeObject[] {
  const text = execFileSync(kubectl, ['kustomize', dir], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseManifests(text);
}

export function renderOverlay(kubectl: string, overlay: Overlay): KubeObject[] {
  return renderKustomization(kubectl, resolve(KUSTOMIZE_ROOT, 'overlays', overlay));
}

/** Every YAML document of a multi-document stream; a YAML error throws (kustomize output is always valid YAML). */
export function parseManifests(text: string): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0)
      throw new Error(`invalid YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
    const value = doc.toJS() as KubeObject | null;
    if (value !== null) objects.push(value);
  }
  return objects;
}
