export * from './database-url';
export * from './schema-admin';
export * from './service-data-source';
export * from './persistence.module';
export * from './postgres-errors';
export * from './lock-versioned';
export * from './search';
export * from './page-cursor';
