import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { StandardEditor } from './StandardEditor';
import { standardContent, type StandardSummary } from './standard-form';
import { STANDARD_STATUSES, STANDARD_TONES } from './labels';

/** The standards audits are scored against, edition by edition. */
export default function StandardsPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [status, setStatus] = useState<StandardSummary['status'] | undefined>();
  const [authoring, setAuthoring] = useState(false);
  const standards = useQuery({
    queryKey: ['standards', 'list', status],
    queryFn: () => unwrap(api.GET('/api/v1/standards', { params: { query: { status, limit: 200 } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Typography.Title level={2}>{t('standards.title')}</Typography.Title>
      <Card
        extra={
          can(account, 'standard.create') && (
            <Button type="primary" onClick={() => setAuthoring(true)}>
              {t('standards.new')}
            </Button>
          )
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('standards.status')}
            placeholder={t('standards.status')}
            allowClear
            style={{ width: 150 }}
            value={status}
            onChange={setStatus}
            options={STANDARD_STATUSES.map((s) => ({ value: s, label: tx(`standard.status.${s}`) }))}
          />
        </Space>
        {standards.error instanceof ApiError && <ProblemAlert problem={standards.error.problem} />}
        <Table<StandardSummary>
          rowKey="id"
          loading={standards.isFetching}
          dataSource={standards.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('standards.empty')}</EmptyText> }}
          columns={[
            {
              title: t('standards.code'),
              render: (_, s) => (
                <Link
                  to={`/standards/${s.id}`}
                >{`${s.code} · ${t('standards.edition', { edition: s.edition })}`}</Link>
              ),
            },
            { title: t('standards.titleField'), dataIndex: 'title' },
            { title: t('standards.issuer'), dataIndex: 'issuer' },
            { title: t('standards.effectiveFrom'), dataIndex: 'effectiveFrom' },
            { title: t('standards.points'), dataIndex: 'totalPoints', align: 'right' },
            {
              title: t('standards.status'),
              dataIndex: 'status',
              render: (s: StandardSummary['status']) => (
                <StatusTag tone={STANDARD_TONES[s]}>{tx(`standard.status.${s}`)}</StatusTag>
              ),
            },
          ]}
        />
      </Card>
      <StandardEditor
        open={authoring}
        title={t('standards.new')}
        withCode
        onClose={() => setAuthoring(false)}
        onSubmit={async (v) => {
          const created = await unwrap(
            api.POST('/api/v1/standards', { body: { code: (v.code ?? '').trim(), ...standardContent(v) } }),
          );
          setAuthoring(false);
          message.success(t('standards.drafted'));
          await queryClient.invalidateQueries({ queryKey: ['standards'] });
          navigate(`/standards/${created.id}`);
        }}
      />
    </>
  );
}
