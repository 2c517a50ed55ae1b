export * from './content-type';
export * from './file-storage';
export * from './s3-file-storage';
export * from './storage-config';
