import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDate } from '../../lib/time';
import { PracticeForm } from './PracticeForm';
import { PRACTICE_KINDS, PRACTICE_TONES, type PracticeSummary } from './labels';

/** The practice library (南部经验): searched in Chinese over title, summary and tags. */
export default function PracticesPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [tag, setTag] = useState<string | undefined>();
  const [kind, setKind] = useState<PracticeSummary['kind'] | undefined>();
  const [creating, setCreating] = useState(false);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const reset = () => setCursors([undefined]);

  const practices = useQuery({
    queryKey: ['practices', q, tag, kind, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/practices', {
          params: { query: { ...(q ? { q } : {}), tag, kind, cursor, limit: 50 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={2}>{t('practices.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('practices.search')}
            placeholder={t('practices.search')}
            allowClear
            style={{ width: 260 }}
            onSearch={(v) => (setQ(v.trim()), reset())}
          />
          <Select
            aria-label={t('practices.kind')}
            placeholder={t('practices.kind')}
            allowClear
            style={{ width: 140 }}
            value={kind}
            onChange={(v) => (setKind(v), reset())}
            options={PRACTICE_KINDS.map((k) => ({ value: k, label: tx(`practice.kind.${k}`) }))}
          />
          {tag && (
            <Tag closable onClose={() => (setTag(undefined), reset())}>
              {tag}
            </Tag>
          )}
          {can(account, 'practice.create') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('practices.create')}
            </Button>
          )}
        </Space>
        {practices.error instanceof ApiError && <ProblemAlert problem={practices.error.problem} />}
        <Table<PracticeSummary>
          rowKey="id"
          loading={practices.isFetching}
          dataSource={practices.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('practices.empty')}</EmptyText> }}
          columns={[
            {
              title: t('practices.titleField'),
              dataIndex: 'title',
              render: (title: string, p) => (
                <>
                  <Link to={`/practices/${p.id}`}>{title}</Link>
                  <div style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{p.summary}</div>
                </>
              ),
            },
            {
              title: t('practices.kind'),
              dataIndex: 'kind',
              render: (k: string) => tx(`practice.kind.${k}`),
            },
            {
              title: t('practices.tags'),
              render: (_, p) =>
                p.tags.map((x) => (
                  <Tag key={x} style={{ cursor: 'pointer' }} onClick={() => (setTag(x), reset())}>
                    {x}
                  </Tag>
                )),
            },
            {
              title: t('practices.contributor'),
              dataIndex: 'contributorName',
              render: (n: string | null) => n ?? '—',
            },
            {
              title: t('practices.status'),
              dataIndex: 'status',
              render: (s: PracticeSummary['status']) => (
                <StatusTag tone={PRACTICE_TONES[s]}>{tx(`practice.status.${s}`)}</StatusTag>
              ),
            },
            {
              title: t('practices.publishedAt'),
              dataIndex: 'publishedAt',
              render: (d: string | null) => formatDate(d),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!practices.data?.nextCursor}
            onClick={() => setCursors([...cursors, practices.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
      <PracticeForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(p) => (setCreating(false), void navigate(`/practices/${p.id}`))}
      />
    </>
  );
}
