import { LocalDirectoryStorage, S3FileStorage, fileStorageFor, storageFromEnv } from '.';

describe('storageFromEnv: one service’s variables, named by its prefix', () => {
  const prefix = 'COORDINATION_ATTACHMENT_';

  it('defaults to the local directory it is given, or the one <prefix>DIR names', () => {
    expect(storageFromEnv({}, prefix, '/data/attachments')).toEqual({
      directory: '/data/attachments',
      s3: undefined,
    });
    const settings = storageFromEnv({ COORDINATION_ATTACHMENT_DIR: ' /srv/files ' }, prefix, '/x');
    expect(settings.directory).toBe('/srv/files');
    expect(fileStorageFor(settings)).toBeInstanceOf(LocalDirectoryStorage);
  });

  it('reads the bucket from <prefix>S3_* and ignores another service’s variables', () => {
    const settings = storageFromEnv(
      {
        COORDINATION_ATTACHMENT_STORE: 's3',
        COORDINATION_ATTACHMENT_S3_REGION: 'us-east-1',
        COORDINATION_ATTACHMENT_S3_BUCKET: 'alliance-files',
        COORDINATION_ATTACHMENT_S3_PREFIX: 'coordination',
        COMPLIANCE_EVIDENCE_S3_BUCKET: 'alliance-evidence',
      },
      prefix,
      '/x',
    );
    expect(settings.s3).toEqual({
      endpoint: undefined,
      region: 'us-east-1',
      bucket: 'alliance-files',
      accessKeyId: undefined,
      secretAccessKey: undefined,
      forcePathStyle: false,
      prefix: 'coordination/',
    });
    const store = fileStorageFor(settings);
    expect(store).toBeInstanceOf(S3FileStorage);
    (store as S3FileStorage).onApplicationShutdown();
  });

  it('names the prefixed variables in its refusals', () => {
    expect(() => storageFromEnv({ COORDINATION_ATTACHMENT_STORE: 's3' }, prefix, '/x')).toThrow(
      /COORDINATION_ATTACHMENT_STORE=s3 is not usable:[\s\S]*COORDINATION_ATTACHMENT_S3_REGION is required/,
    );
  });
});
