export * from './pipeline.contract';
