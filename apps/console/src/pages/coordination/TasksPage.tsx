import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Segmented, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import type { Task } from './labels';

const TASK_KINDS: Task['kind'][] = [
  'notice_acknowledgement',
  'meeting_invitation',
  'action_item',
  'booking_approval',
  'corrective_action',
  'audit',
  'enrolment_promotion',
];

/** What waits for the signed-in account (待办), each row leading to the page where it is done. */
export default function TasksPage() {
  const { t, tx } = useI18n();
  const [kind, setKind] = useState<Task['kind'] | undefined>();
  const [order, setOrder] = useState<'due' | 'newest'>('due');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];

  const tasks = useQuery({
    queryKey: ['tasks', kind, order, cursor],
    queryFn: () =>
      unwrap(api.GET('/api/v1/me/tasks', { params: { query: { kind, order, cursor, limit: 50 } } })),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });

  return (
    <>
      <Typography.Title level={2}>{t('tasks.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('tasks.kind')}
            placeholder={t('tasks.kind')}
            allowClear
            style={{ width: 200 }}
            value={kind}
            onChange={(v) => (setKind(v), setCursors([undefined]))}
            options={TASK_KINDS.map((k) => ({ value: k, label: tx(`task.kind.${k}`) }))}
          />
          <Segmented<'due' | 'newest'>
            aria-label={t('tasks.order')}
            value={order}
            onChange={(v) => (setOrder(v), setCursors([undefined]))}
            options={[
              { value: 'due', label: t('tasks.order.due') },
              { value: 'newest', label: t('tasks.order.newest') },
            ]}
          />
        </Space>
        {tasks.error instanceof ApiError && <ProblemAlert problem={tasks.error.problem} />}
        <Table<Task>
          rowKey="id"
          data-testid="tasks"
          loading={tasks.isFetching}
          dataSource={tasks.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('tasks.empty')}</EmptyText> }}
          columns={[
            {
              title: t('tasks.item'),
              dataIndex: 'title',
              render: (title: string, task) => <Link to={task.link}>{title}</Link>,
            },
            { title: t('tasks.kind'), dataIndex: 'kind', render: (k: string) => tx(`task.kind.${k}`) },
            {
              title: t('tasks.due'),
              render: (_, task) => (
                <Space size={4}>
                  {formatDateTime(task.dueAt)}
                  {task.overdue && <StatusTag tone="red">{t('tasks.overdue')}</StatusTag>}
                </Space>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!tasks.data?.nextCursor}
            onClick={() => setCursors([...cursors, tasks.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
    </>
  );
}
