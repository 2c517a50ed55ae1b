export * from './s3-test-server';
export * from './storage-contract';
