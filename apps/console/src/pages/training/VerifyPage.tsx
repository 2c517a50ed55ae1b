import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Result, Spin, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { StatusTag } from '../../lib/StatusTag';
import { VALIDITY_TONES } from './labels';

/** The public check of a certificate's code (printed on it): no login, only what the certificate says. */
export default function VerifyPage() {
  const { code = '' } = useParams();
  const { t, tx } = useI18n();
  const check = useQuery({
    queryKey: ['verify', code],
    queryFn: () => unwrap(api.GET('/api/v1/certificates/verify/{code}', { params: { path: { code } } })),
    retry: false,
  });
  const v = check.data;
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f0f4f8',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('verify.title')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        {check.isLoading && <Spin style={{ display: 'block', margin: 32 }} />}
        {check.error instanceof ApiError && (
          <Result
            status={check.error.status === 404 ? 'warning' : 'error'}
            title={
              check.error.status === 404
                ? t('verify.unknown')
                : tx(`problem.${check.error.code ?? 'INTERNAL'}`)
            }
            subTitle={code}
          />
        )}
        {v && (
          <>
            <div style={{ margin: '16px 0' }}>
              <StatusTag tone={VALIDITY_TONES[v.validity]} testId="verification">
                {tx(`certificate.validity.${v.validity}`)}
              </StatusTag>
            </div>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('certificates.holder')}>{v.holderName}</Descriptions.Item>
              <Descriptions.Item
                label={t('certificates.course')}
              >{`${v.courseCode} ${v.courseTitle}`}</Descriptions.Item>
              <Descriptions.Item label={t('certificates.hours')}>{v.hours}</Descriptions.Item>
              <Descriptions.Item label={t('certificates.issuedAt')}>{v.issuedOn}</Descriptions.Item>
              <Descriptions.Item label={t('certificates.expiresOn')}>{v.expiresOn ?? '—'}</Descriptions.Item>
              {v.revokedOn && (
                <Descriptions.Item label={t('verify.revokedOn')}>{v.revokedOn}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('certificates.code')}>{code}</Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Card>
    </main>
  );
}
