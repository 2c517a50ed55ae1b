import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDate } from '../../lib/time';
import { VALIDITY_TONES, type Certificate } from './labels';

/** Certificates issued at completion; a representative sees its own organisation's (the service scopes). */
export default function CertificatesPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const sessionId = params.get('session') ?? undefined;
  const validity = (params.get('validity') as Certificate['validity'] | null) ?? undefined;
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [revoking, setRevoking] = useState<Certificate | null>(null);

  const certificates = useQuery({
    queryKey: ['certificates', sessionId, validity, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/certificates', {
          params: { query: { sessionId, validity, cursor, limit: 50 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={2}>{t('certificates.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('certificates.validity')}
            placeholder={t('certificates.validity')}
            allowClear
            style={{ width: 160 }}
            value={validity}
            onChange={(v) => {
              const next = new URLSearchParams(params);
              if (v) next.set('validity', v);
              else next.delete('validity');
              setCursors([undefined]);
              setParams(next);
            }}
            options={(['valid', 'expired', 'revoked'] as const).map((v) => ({
              value: v,
              label: tx(`certificate.validity.${v}`),
            }))}
          />
          {sessionId && <Button onClick={() => setParams({})}>{t('certificates.allSessions')}</Button>}
        </Space>
        {certificates.error instanceof ApiError && <ProblemAlert problem={certificates.error.problem} />}
        <Table<Certificate>
          rowKey="id"
          loading={certificates.isFetching}
          dataSource={certificates.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('certificates.empty')}</EmptyText> }}
          columns={[
            { title: t('certificates.holder'), dataIndex: 'holderName' },
            { title: t('certificates.course'), dataIndex: 'courseTitle' },
            { title: t('certificates.hours'), dataIndex: 'hours', align: 'right' },
            {
              title: t('certificates.issuedAt'),
              dataIndex: 'issuedAt',
              render: (d: string) => formatDate(d),
            },
            {
              title: t('certificates.expiresOn'),
              dataIndex: 'expiresOn',
              render: (d: string | null) => d ?? '—',
            },
            {
              title: t('certificates.validity'),
              dataIndex: 'validity',
              render: (v: Certificate['validity'], c) => (
                <StatusTag tone={VALIDITY_TONES[v]}>
                  {tx(`certificate.validity.${v}`)}
                  {c.revocationReason ? ` · ${c.revocationReason}` : ''}
                </StatusTag>
              ),
            },
            {
              title: t('certificates.code'),
              dataIndex: 'code',
              render: (code: string) => <Link to={`/verify/${encodeURIComponent(code)}`}>{code}</Link>,
            },
            {
              title: t('table.actions'),
              render: (_, c) =>
                c.validity !== 'revoked' &&
                can(account, 'certificate.revoke') && (
                  <Button size="small" danger onClick={() => setRevoking(c)}>
                    {t('certificates.revoke')}
                  </Button>
                ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!certificates.data?.nextCursor}
            onClick={() => setCursors([...cursors, certificates.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
      <ReasonDialog
        open={revoking !== null}
        title={revoking ? `${t('certificates.revoke')} · ${revoking.holderName}` : ''}
        okText={t('certificates.revoke')}
        required
        danger
        onCancel={() => setRevoking(null)}
        onSubmit={async (reason) => {
          if (!revoking) return;
          await unwrap(
            api.POST('/api/v1/certificates/{id}/revoke', {
              params: { path: { id: revoking.id } },
              body: { expectedVersion: revoking.version, reason: reason ?? '' },
            }),
          );
          setRevoking(null);
          message.success(t('certificates.revoked'));
          await queryClient.invalidateQueries({ queryKey: ['certificates'] });
        }}
      />
    </>
  );
}
