import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Table } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import type { ActionItem } from './labels';

/** Action items of minutes, with "done" for an organiser or the owner organisation's representative. */
export function ActionItemsTable(props: {
  items: ActionItem[];
  highlight?: string;
  showMeeting?: boolean;
  loading?: boolean;
  onChanged(): void;
}) {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  async function done(item: ActionItem) {
    setBusy(item.id);
    try {
      await unwrap(
        api.POST('/api/v1/action-items/{id}/done', {
          params: { path: { id: item.id } },
          body: { expectedVersion: item.version },
        }),
      );
      message.success(t('actionItems.marked'));
      props.onChanged();
    } catch (e) {
      message.error(e instanceof ApiError ? (e.problem.detail ?? e.message) : String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Table<ActionItem>
      rowKey="id"
      size="small"
      loading={props.loading}
      pagination={false}
      scroll={{ x: true }}
      dataSource={props.items}
      rowClassName={(item) => (item.id === props.highlight ? 'ant-table-row-selected' : '')}
      locale={{ emptyText: <EmptyText>{t('actionItems.empty')}</EmptyText> }}
      columns={[
        { title: t('actionItems.item'), dataIndex: 'title' },
        ...(props.showMeeting
          ? [
              {
                title: t('actionItems.meeting'),
                render: (_: unknown, item: ActionItem) => (
                  <Link to={`/meetings/${item.meetingId}`}>{item.meetingTitle}</Link>
                ),
              },
            ]
          : []),
        { title: t('actionItems.owner'), dataIndex: 'ownerName' },
        { title: t('actionItems.due'), dataIndex: 'dueDate' },
        {
          title: t('actionItems.status'),
          render: (_, item) =>
            item.status === 'done' ? (
              <StatusTag tone="green">
                {tx(`actionItem.status.${item.status}`)} · {formatDateTime(item.doneAt)}
              </StatusTag>
            ) : (
              <StatusTag tone={item.overdueAt ? 'red' : 'blue'}>
                {tx(`actionItem.status.${item.status}`)}
                {item.overdueAt ? ` · ${t('tasks.overdue')}` : ''}
              </StatusTag>
            ),
        },
        {
          title: '',
          render: (_, item) =>
            item.status === 'open' &&
            can(account, 'actionItem.done') &&
            (account?.role === 'alliance_admin' || account?.organisationId === item.ownerOrganisationId) ? (
              <Button size="small" loading={busy === item.id} onClick={() => void done(item)}>
                {t('actionItems.markDone')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
