import { complianceConfigFromEnv } from './compliance-config';

describe('the evidence store chosen by COMPLIANCE_EVIDENCE_STORE', () => {
  const s3 = {
    COMPLIANCE_EVIDENCE_STORE: 's3',
    COMPLIANCE_EVIDENCE_S3_ENDPOINT: 'http://minio.storage:9000',
    COMPLIANCE_EVIDENCE_S3_REGION: 'us-east-1',
    COMPLIANCE_EVIDENCE_S3_BUCKET: 'alliance-evidence',
    COMPLIANCE_EVIDENCE_S3_ACCESS_KEY_ID: 'key',
    COMPLIANCE_EVIDENCE_S3_SECRET_ACCESS_KEY: 'secret',
    COMPLIANCE_EVIDENCE_S3_FORCE_PATH_STYLE: 'true',
  };

  it('is the local directory under the data folder unless told otherwise', () => {
    const { evidence } = complianceConfigFromEnv({ DATA_DIR: '/srv/data' });
    expect(evidence).toEqual({
      maxBytes: 512 * 1024,
      directory: '/srv/data/compliance/evidence',
      s3: undefined,
    });
    expect(complianceConfigFromEnv({ COMPLIANCE_EVIDENCE_STORE: 'local' }).evidence.s3).toBeUndefined();
  });

  it('is an S3-compatible bucket with its settings', () => {
    expect(
      complianceConfigFromEnv({ ...s3, COMPLIANCE_EVIDENCE_S3_PREFIX: 'prod/evidence' }).evidence.s3,
    ).toEqual({
      endpoint: 'http://minio.storage:9000',
      region: 'us-east-1',
      bucket: 'alliance-evidence',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      prefix: 'prod/evidence/',
    });
    // AWS S3 itself: no endpoint, credentials from the pod's role, virtual-hosted URLs.
    expect(
      complianceConfigFromEnv({
        COMPLIANCE_EVIDENCE_STORE: 'S3',
        COMPLIANCE_EVIDENCE_S3_REGION: 'cn-northwest-1',
        COMPLIANCE_EVIDENCE_S3_BUCKET: 'alliance-evidence',
      }).evidence.s3,
    ).toEqual({
      endpoint: undefined,
      region: 'cn-northwest-1',
      bucket: 'alliance-evidence',
      accessKeyId: undefined,
      secretAccessKey: undefined,
      forcePathStyle: false,
      prefix: '',
    });
  });

  it('refuses at start an unknown store, naming the setting', () => {
    expect(() => complianceConfigFromEnv({ COMPLIANCE_EVIDENCE_STORE: 'ftp' })).toThrow(
      'COMPLIANCE_EVIDENCE_STORE must be "local" (the default) or "s3", not "ftp"',
    );
  });

  it('refuses at start incomplete or wrong S3 settings, naming every one', () => {
    let message = '';
    try {
      complianceConfigFromEnv({
        COMPLIANCE_EVIDENCE_STORE: 's3',
        COMPLIANCE_EVIDENCE_S3_ENDPOINT: 'minio:9000',
        COMPLIANCE_EVIDENCE_S3_BUCKET: 'Evidence_Bucket',
        COMPLIANCE_EVIDENCE_S3_ACCESS_KEY_ID: 'key',
        COMPLIANCE_EVIDENCE_S3_FORCE_PATH_STYLE: 'yes',
        COMPLIANCE_EVIDENCE_S3_PREFIX: '../up',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'COMPLIANCE_EVIDENCE_STORE=s3 is not usable:',
      expect.stringContaining('COMPLIANCE_EVIDENCE_S3_ENDPOINT must be an http(s) URL'),
      expect.stringContaining('COMPLIANCE_EVIDENCE_S3_REGION is required'),
      expect.stringContaining('COMPLIANCE_EVIDENCE_S3_BUCKET "Evidence_Bucket" is not a valid bucket name'),
      expect.stringContaining(
        'COMPLIANCE_EVIDENCE_S3_ACCESS_KEY_ID and COMPLIANCE_EVIDENCE_S3_SECRET_ACCESS_KEY go together',
      ),
      expect.stringContaining('COMPLIANCE_EVIDENCE_S3_FORCE_PATH_STYLE must be true or false'),
      expect.stringContaining('COMPLIANCE_EVIDENCE_S3_PREFIX "../up"'),
    ]);
    expect(() => complianceConfigFromEnv({ COMPLIANCE_EVIDENCE_STORE: 's3' })).toThrow(
      /COMPLIANCE_EVIDENCE_S3_REGION is required[\s\S]*COMPLIANCE_EVIDENCE_S3_BUCKET is required/,
    );
  });
});
