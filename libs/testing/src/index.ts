export * from './test-environment';
export * from './private-nats-server';
export * from './wait-for';
export * from './service-process';
export * from './credit-codes';
export * from './stream-events';
export * from './rpc-refusal';
export * from './private-nats-cluster';
