import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Segmented, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDate, formatDateTime } from '../../lib/time';
import { NoticeForm } from './NoticeForm';
import { NOTICE_CATEGORIES, NOTICE_STATUSES, NOTICE_TONES, type NoticeSummary } from './labels';

/** Notices and policy documents (通知公告); a representative's "to acknowledge" view. */
export default function NoticesPage() {
  const { t, tx } = useI18n();
  const { account, role } = useSession();
  const navigate = useNavigate();
  const [which, setWhich] = useState<'all' | 'owing'>(role === 'member_rep' ? 'owing' : 'all');
  const [category, setCategory] = useState<NoticeSummary['category'] | undefined>();
  const [status, setStatus] = useState<NoticeSummary['status'] | undefined>();
  const [creating, setCreating] = useState(false);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const reset = () => setCursors([undefined]);

  const notices = useQuery({
    queryKey: ['notices', which, category, status, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/notices', {
          params: {
            query: { category, status, ...(which === 'owing' ? { owing: true } : {}), cursor, limit: 50 },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={2}>{t('notices.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {role === 'member_rep' && (
            <Segmented<'all' | 'owing'>
              aria-label={t('notices.which')}
              value={which}
              onChange={(v) => (setWhich(v), reset())}
              options={[
                { value: 'owing', label: t('notices.owing') },
                { value: 'all', label: t('notices.all') },
              ]}
            />
          )}
          <Select
            aria-label={t('notices.category')}
            placeholder={t('notices.category')}
            allowClear
            style={{ width: 160 }}
            value={category}
            onChange={(v) => (setCategory(v), reset())}
            options={NOTICE_CATEGORIES.map((c) => ({ value: c, label: tx(`notice.category.${c}`) }))}
          />
          <Select
            aria-label={t('notices.status')}
            placeholder={t('notices.status')}
            allowClear
            style={{ width: 140 }}
            value={status}
            onChange={(v) => (setStatus(v), reset())}
            options={NOTICE_STATUSES.map((s) => ({ value: s, label: tx(`notice.status.${s}`) }))}
          />
          {can(account, 'notice.create') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('notices.create')}
            </Button>
          )}
        </Space>
        {notices.error instanceof ApiError && <ProblemAlert problem={notices.error.problem} />}
        <Table<NoticeSummary>
          rowKey="id"
          loading={notices.isFetching}
          dataSource={notices.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('notices.empty')}</EmptyText> }}
          columns={[
            {
              title: t('notices.titleField'),
              dataIndex: 'title',
              render: (title: string, n) => <Link to={`/notices/${n.id}`}>{title}</Link>,
            },
            {
              title: t('notices.category'),
              dataIndex: 'category',
              render: (c: string) => tx(`notice.category.${c}`),
            },
            { title: t('notices.issuer'), dataIndex: 'issuer' },
            {
              title: t('notices.status'),
              dataIndex: 'status',
              render: (s: NoticeSummary['status']) => (
                <StatusTag tone={NOTICE_TONES[s]}>{tx(`notice.status.${s}`)}</StatusTag>
              ),
            },
            {
              title: t('notices.publishedAt'),
              dataIndex: 'publishedAt',
              render: (d: string | null) => formatDate(d),
            },
            {
              title: t('notices.acknowledgeBy'),
              dataIndex: 'acknowledgeBy',
              render: (d: string | null, n) => (n.requiresAcknowledgement ? formatDateTime(d) : '—'),
            },
            {
              title: t('notices.acknowledgement'),
              render: (_, n) =>
                n.mine?.addressed && n.requiresAcknowledgement ? (
                  n.mine.acknowledgedAt ? (
                    <StatusTag tone="green">{t('notices.acknowledged')}</StatusTag>
                  ) : (
                    <StatusTag tone="orange">{t('notices.toAcknowledge')}</StatusTag>
                  )
                ) : n.addressedCount !== null && n.requiresAcknowledgement ? (
                  `${n.acknowledgedCount ?? 0} / ${n.addressedCount}`
                ) : (
                  '—'
                ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!notices.data?.nextCursor}
            onClick={() => setCursors([...cursors, notices.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
      <NoticeForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(n) => {
          setCreating(false);
          void navigate(`/notices/${n.id}`);
        }}
      />
    </>
  );
}
