export * from './events/event-envelope';
export * from './events/subjects';
export * from './errors/error-codes';
export * from './rpc/request-meta';
export * from './rpc/health';
export * from './membership';
