import { rpcSubject } from '../events/subjects';

export const DASHBOARD_CONTEXT = 'dashboard';

const rpc = (aggregate: string, action: string) => rpcSubject(DASHBOARD_CONTEXT, aggregate, action);

/**
 * Request-reply subjects served by the dashboard service (before any deployment prefix). The dashboard
 * publishes no events: it is a read model of the other four contexts' streams.
 */
export const DashboardRpc = {
  figures: rpc('figures', 'get'),
  exportTable: rpc('figures', 'export'),
  setPopulation: rpc('district', 'set-population'),
  rebuild: rpc('projection', 'rebuild'),
} as const;
export type DashboardRpcSubject = (typeof DashboardRpc)[keyof typeof DashboardRpc];
