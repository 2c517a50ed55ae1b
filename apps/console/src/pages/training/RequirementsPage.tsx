import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, List, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { canOpen } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag, type Tone } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import { CATEGORIES } from './labels';

type Requirement = Schemas['TrainingRequirement'];
const STATUSES: Requirement['status'][] = ['open', 'met', 'closed', 'withdrawn'];
const TONES: Record<Requirement['status'], Tone> = {
  open: 'orange',
  met: 'blue',
  closed: 'green',
  withdrawn: 'grey',
};

/**
 * Training an audit finding asks for: a representative's own organisation's, every one for trainers, each with
 * the courses of its category and their sessions still open for enrolment.
 */
export default function RequirementsPage() {
  const { t, tx } = useI18n();
  const { role } = useSession();
  const [status, setStatus] = useState<Requirement['status'] | undefined>('open');
  const [category, setCategory] = useState<Requirement['category'] | undefined>();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const requirements = useQuery({
    queryKey: ['training', 'requirements', status, category, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/requirements', {
          params: { query: { status, category, cursor, limit: 50 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={2}>{t('requirements.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('requirements.status')}
            placeholder={t('requirements.status')}
            allowClear
            style={{ width: 150 }}
            value={status}
            onChange={(v) => (setStatus(v), setCursors([undefined]))}
            options={STATUSES.map((s) => ({ value: s, label: tx(`requirement.status.${s}`) }))}
          />
          <Select
            aria-label={t('requirements.category')}
            placeholder={t('requirements.category')}
            allowClear
            style={{ width: 200 }}
            value={category}
            onChange={(v) => (setCategory(v), setCursors([undefined]))}
            options={CATEGORIES.map((c) => ({ value: c, label: tx(`course.category.${c}`) }))}
          />
        </Space>
        {requirements.error instanceof ApiError && <ProblemAlert problem={requirements.error.problem} />}
        <Table<Requirement>
          rowKey="id"
          loading={requirements.isFetching}
          dataSource={requirements.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('requirements.empty')}</EmptyText> }}
          expandable={{
            defaultExpandAllRows: true,
            expandedRowRender: (r) =>
              r.courses.length === 0 ? (
                <EmptyText>{t('requirements.noCourses')}</EmptyText>
              ) : (
                <List
                  size="small"
                  dataSource={r.courses}
                  renderItem={(c) => (
                    <List.Item>
                      <Space orientation="vertical" size={2}>
                        <Typography.Text strong>
                          {`${c.code} ${c.title} · ${t('requirements.creditHours', { hours: c.creditHours })}`}
                        </Typography.Text>
                        {c.sessions.length === 0 ? (
                          <EmptyText>{t('requirements.noSessions')}</EmptyText>
                        ) : (
                          c.sessions.map((s) => (
                            <Link key={s.id} to={`/sessions/${s.id}`}>
                              {t('requirements.session', {
                                when: formatDateTime(s.startsAt),
                                closes: formatDateTime(s.enrolmentClosesAt),
                                seats: s.freeSeats,
                              })}
                            </Link>
                          ))
                        )}
                      </Space>
                    </List.Item>
                  )}
                />
              ),
          }}
          columns={[
            {
              title: t('staff.organisation'),
              dataIndex: 'organisationName',
              render: (n: string | null) => n ?? '—',
            },
            {
              title: t('requirements.category'),
              dataIndex: 'category',
              render: (c: Requirement['category']) => tx(`course.category.${c}`),
            },
            {
              title: t('requirements.finding'),
              render: (_, r) => (
                <Space size={4}>
                  {canOpen(role, 'audit') ? (
                    <Link to={`/audits/${r.auditId}`}>{r.criterionCode}</Link>
                  ) : (
                    <span>{r.criterionCode}</span>
                  )}
                  <span>{tx(`finding.severity.${r.severity}`)}</span>
                </Space>
              ),
            },
            { title: t('requirements.dueDate'), dataIndex: 'dueDate' },
            {
              title: t('requirements.status'),
              dataIndex: 'status',
              render: (s: Requirement['status'], r) => (
                <StatusTag tone={TONES[s]}>
                  {tx(`requirement.status.${s}`)}
                  {r.statusReason ? ` · ${r.statusReason}` : ''}
                </StatusTag>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!requirements.data?.nextCursor}
            onClick={() => setCursors([...cursors, requirements.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
    </>
  );
}
