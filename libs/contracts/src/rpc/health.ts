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
}
