import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Segmented, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDate } from '../../lib/time';
import { ActionPanel } from './ActionPanel';
import { ACTION_TONES, SEVERITY_TONES, type Finding } from './labels';

/** Findings and their corrective actions, open ones first: answering, verifying, reopening. */
export default function ActionsPage() {
  const { t, tx } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<'open' | 'all'>('open');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];

  const findings = useQuery({
    queryKey: ['findings', open, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/findings', {
          params: { query: { ...(open === 'open' ? { open: true } : {}), cursor, limit: 50 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={2}>{t('actions.title')}</Typography.Title>
      <Card>
        <Segmented<'open' | 'all'>
          aria-label={t('actions.which')}
          style={{ marginBottom: 16 }}
          value={open}
          onChange={(v) => (setOpen(v), setCursors([undefined]))}
          options={[
            { value: 'open', label: t('actions.open') },
            { value: 'all', label: t('actions.all') },
          ]}
        />
        {findings.error instanceof ApiError && <ProblemAlert problem={findings.error.problem} />}
        <Table<Finding>
          rowKey="id"
          loading={findings.isFetching}
          dataSource={findings.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('actions.empty')}</EmptyText> }}
          expandable={{
            expandedRowRender: (f) => (
              <ActionPanel
                finding={f}
                onChanged={() => void queryClient.invalidateQueries({ queryKey: ['findings'] })}
              />
            ),
          }}
          columns={[
            {
              title: t('actions.criterion'),
              render: (_, f) => `${f.criterionCode} ${f.criterionText}`,
            },
            {
              title: t('actions.severity'),
              dataIndex: 'severity',
              render: (s: Finding['severity']) => (
                <StatusTag tone={SEVERITY_TONES[s]}>{tx(`finding.severity.${s}`)}</StatusTag>
              ),
            },
            {
              title: t('actions.result'),
              dataIndex: 'result',
              render: (r: string) => tx(`answer.result.${r}`),
            },
            { title: t('actions.raisedAt'), dataIndex: 'raisedAt', render: (d: string) => formatDate(d) },
            { title: t('action.due'), render: (_, f) => f.action.dueDate },
            {
              title: t('action.status'),
              render: (_, f) => (
                <StatusTag tone={f.action.overdue ? 'red' : ACTION_TONES[f.action.status]}>
                  {tx(`action.status.${f.action.status}`)}
                  {f.action.overdue ? ` · ${t('action.overdue')}` : ''}
                </StatusTag>
              ),
            },
            {
              title: t('actions.audit'),
              render: (_, f) => <Link to={`/audits/${f.auditId}`}>{t('actions.toAudit')}</Link>,
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!findings.data?.nextCursor}
            onClick={() => setCursors([...cursors, findings.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
    </>
  );
}
