import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { PlanAuditDialog } from './AuditPlanning';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { AUDIT_STATUSES, AUDIT_TONES, type AuditSummary } from './labels';

/** Audits by planned date: an inspector's own first, a representative's organisation's (the service scopes). */
export default function AuditsPage() {
  const { t, tx } = useI18n();
  const { account, role } = useSession();
  const [status, setStatus] = useState<AuditSummary['status'] | undefined>();
  const [mine, setMine] = useState(role === 'inspector');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const inspector = mine && account ? account.id : undefined;
  // Onboarding audits wait here until an admin names their inspectors.
  const [unassigned, setUnassigned] = useState(false);
  const [planning, setPlanning] = useState(false);

  const audits = useQuery({
    queryKey: ['audits', status, inspector, unassigned, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/audits', {
          params: { query: { status, inspector, cursor, limit: 50, ...(unassigned ? { unassigned } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={2}>{t('audits.title')}</Typography.Title>
      <Card
        extra={
          can(account, 'audit.plan') && (
            <Button type="primary" onClick={() => setPlanning(true)}>
              {t('audits.plan')}
            </Button>
          )
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('audits.status')}
            placeholder={t('audits.status')}
            allowClear
            style={{ width: 150 }}
            value={status}
            onChange={(v) => (setStatus(v), setCursors([undefined]))}
            options={AUDIT_STATUSES.map((s) => ({ value: s, label: tx(`audit.status.${s}`) }))}
          />
          {role === 'inspector' && (
            <Checkbox checked={mine} onChange={(e) => (setMine(e.target.checked), setCursors([undefined]))}>
              {t('audits.mine')}
            </Checkbox>
          )}
          {can(account, 'audit.assign') && (
            <Checkbox
              checked={unassigned}
              onChange={(e) => (setUnassigned(e.target.checked), setCursors([undefined]))}
            >
              {t('audits.waitingForInspector')}
            </Checkbox>
          )}
        </Space>
        {audits.error instanceof ApiError && <ProblemAlert problem={audits.error.problem} />}
        <Table<AuditSummary>
          rowKey="id"
          loading={audits.isFetching}
          dataSource={audits.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('audits.empty')}</EmptyText> }}
          columns={[
            {
              title: t('audits.organisation'),
              dataIndex: 'organisationName',
              render: (n: string, a) => <Link to={`/audits/${a.id}`}>{n}</Link>,
            },
            { title: t('audits.plannedDate'), dataIndex: 'plannedDate' },
            { title: t('audits.kind'), dataIndex: 'kind', render: (k: string) => tx(`audit.kind.${k}`) },
            { title: t('audits.standard'), render: (_, a) => `${a.standardCode} · ${a.standardEdition}` },
            {
              title: t('audits.inspectors'),
              render: (_, a) =>
                a.inspectors.length ? a.inspectors.map((i) => i.name).join('、') : t('audits.unassigned'),
            },
            {
              title: t('audits.status'),
              dataIndex: 'status',
              render: (s: AuditSummary['status']) => (
                <StatusTag tone={AUDIT_TONES[s]}>{tx(`audit.status.${s}`)}</StatusTag>
              ),
            },
            {
              title: t('audits.score'),
              render: (_, a) => (a.score !== null ? `${a.score} · ${a.grade ?? '—'}` : '—'),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!audits.data?.nextCursor}
            onClick={() => setCursors([...cursors, audits.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
      <PlanAuditDialog open={planning} onClose={() => setPlanning(false)} />
    </>
  );
}
