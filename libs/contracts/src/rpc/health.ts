import { rpcSubject } from '../events/subjects';

/**
 * Every service answers `<service>.health.ping` so that the gateway's `/ready` can tell that the
 * service is up and reachable over NATS, not only that NATS is.
 */
export function healthPingSubject(service: string): string {
  return rpcSubject(service, 'health', 'ping');
}

export interface HealthPingResult {
  service: string;
  status: 'ok';
  /** The answering process (its host name: a pod's name on Kubernetes). */
  instance?: string;
}

/** A host name as one NATS subject token (no dots, spaces or wildcards). */
export function instanceToken(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_') || 'unnamed';
}

/**
 * The same subject answered by one process only (no queue group): `<subject>.<instance>`. A probe in a pod
 * asks its own process, where the shared subject may be answered by any instance of the service.
 */
export function perInstanceSubject(subject: string, instance: string): string {
  return `${subject}.${instanceToken(instance)}`;
}
