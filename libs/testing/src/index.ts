export * from './test-environment';
export * from './private-nats-server';
export * from './wait-for';
export * from './service-process';
