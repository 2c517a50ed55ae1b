import { envPrefixOf, serviceConfigFromEnv } from './service-config';

describe('serviceConfigFromEnv', () => {
  it('takes the shared variables, with defaults for a development machine', () => {
    const config = serviceConfigFromEnv('training', {});
    expect(config).toEqual({
      service: 'training',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/alliance',
      schema: 'training',
      natsUrl: 'nats://127.0.0.1:4222',
      subjectPrefix: '',
      streamPrefix: '',
      streamReplicas: 1,
      relayEnabled: true,
      logLevel: 'info',
    });
  });

  it('lets <SERVICE>_* variables override the shared ones for that service only', () => {
    const env = {
      DATABASE_URL: 'postgres://shared/alliance',
      TRAINING_DATABASE_URL: 'postgres://own/training',
      TRAINING_DB_SCHEMA: 'training_b',
      TRAINING_RELAY_ENABLED: 'false',
      TRAINING_LOG_LEVEL: 'debug',
      LOG_LEVEL: 'warn',
      SUBJECT_PREFIX: 't1.',
      STREAM_PREFIX: 'T1',
    };
    expect(serviceConfigFromEnv('training', env)).toMatchObject({
      databaseUrl: 'postgres://own/training',
      schema: 'training_b',
      relayEnabled: false,
      logLevel: 'debug',
      subjectPrefix: 't1.',
      streamPrefix: 'T1',
    });
    expect(serviceConfigFromEnv('membership', env)).toMatchObject({
      databaseUrl: 'postgres://shared/alliance',
      schema: 'membership',
      relayEnabled: true,
      logLevel: 'warn',
    });
  });

  it('refuses an unknown log level instead of logging nothing', () => {
    expect(() => serviceConfigFromEnv('training', { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });

  it('reads the stream replicas for a JetStream cluster, 1 by default, and refuses nonsense', () => {
    expect(serviceConfigFromEnv('training', {}).streamReplicas).toBe(1);
    expect(serviceConfigFromEnv('training', { STREAM_REPLICAS: '3' }).streamReplicas).toBe(3);
    for (const bad of ['0', '2.5', 'three', '7'])
      expect(() => serviceConfigFromEnv('training', { STREAM_REPLICAS: bad })).toThrow(
        /STREAM_REPLICAS must be/,
      );
  });

  it('sizes the database pool from DB_POOL_SIZE (a service’s own first), and refuses nonsense', () => {
    expect(serviceConfigFromEnv('training', {}).poolSize).toBeUndefined();
    expect(serviceConfigFromEnv('training', { DB_POOL_SIZE: '4' }).poolSize).toBe(4);
    expect(serviceConfigFromEnv('training', { DB_POOL_SIZE: '4', TRAINING_DB_POOL_SIZE: '2' }).poolSize).toBe(
      2,
    );
    for (const bad of ['0', '2.5', 'many', '5000'])
      expect(() => serviceConfigFromEnv('training', { DB_POOL_SIZE: bad })).toThrow(/DB_POOL_SIZE must be/);
  });

  it('derives the variable prefix from the service name', () => {
    expect(envPrefixOf('resources')).toBe('RESOURCES');
    expect(envPrefixOf('talent-pool')).toBe('TALENT_POOL');
  });
});
