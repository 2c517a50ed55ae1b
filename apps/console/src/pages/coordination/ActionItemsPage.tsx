import { useState } from 'react';
import { useParams } from 'react-router';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Segmented, Space, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ActionItemsTable } from './ActionItemsTable';

/** The action items of meetings' minutes by due date; `/action-items/:id` (a to-do link) marks its row. */
export default function ActionItemsPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<'open' | 'all'>('open');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const items = useQuery({
    queryKey: ['action-items', open, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/action-items', {
          params: { query: { ...(open === 'open' ? { open: true } : {}), cursor, limit: 100 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Typography.Title level={2}>{t('actionItems.title')}</Typography.Title>
      <Card>
        <Segmented<'open' | 'all'>
          aria-label={t('actionItems.which')}
          style={{ marginBottom: 16 }}
          value={open}
          onChange={(v) => (setOpen(v), setCursors([undefined]))}
          options={[
            { value: 'open', label: t('actionItems.open') },
            { value: 'all', label: t('actionItems.all') },
          ]}
        />
        {items.error instanceof ApiError && <ProblemAlert problem={items.error.problem} />}
        <ActionItemsTable
          items={items.data?.items ?? []}
          loading={items.isFetching}
          highlight={id}
          showMeeting
          onChanged={() => {
            void queryClient.invalidateQueries({ queryKey: ['action-items'] });
            void queryClient.invalidateQueries({ queryKey: ['tasks'] });
          }}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!items.data?.nextCursor}
            onClick={() => setCursors([...cursors, items.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
    </>
  );
}
