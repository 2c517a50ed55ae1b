import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDateTime, formatTime } from '../../lib/time';
import { ScheduleMeetingDialog } from './ScheduleMeetingDialog';
import { MEETING_KINDS, MEETING_TONES, type MeetingSummary } from './labels';

/** Alliance meetings and site visits (联盟会议/实地参访) the caller organises or is invited to, latest first. */
export default function MeetingsPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const navigate = useNavigate();
  const [scheduling, setScheduling] = useState(false);
  const [kind, setKind] = useState<MeetingSummary['kind'] | undefined>();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];

  const meetings = useQuery({
    queryKey: ['meetings', kind, cursor],
    queryFn: () => unwrap(api.GET('/api/v1/meetings', { params: { query: { kind, cursor, limit: 50 } } })),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Typography.Title level={2}>{t('meetings.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('meetings.kind')}
            placeholder={t('meetings.kind')}
            allowClear
            style={{ width: 180 }}
            value={kind}
            onChange={(v) => (setKind(v), setCursors([undefined]))}
            options={MEETING_KINDS.map((k) => ({ value: k, label: tx(`meeting.kind.${k}`) }))}
          />
          {can(account, 'meeting.schedule') && (
            <Button type="primary" onClick={() => setScheduling(true)}>
              {t('meetings.schedule')}
            </Button>
          )}
        </Space>
        {meetings.error instanceof ApiError && <ProblemAlert problem={meetings.error.problem} />}
        <Table<MeetingSummary>
          rowKey="id"
          loading={meetings.isFetching}
          dataSource={meetings.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('meetings.empty')}</EmptyText> }}
          columns={[
            {
              title: t('meetings.titleField'),
              dataIndex: 'title',
              render: (title: string, m) => <Link to={`/meetings/${m.id}`}>{title}</Link>,
            },
            { title: t('meetings.kind'), dataIndex: 'kind', render: (k: string) => tx(`meeting.kind.${k}`) },
            {
              title: t('meetings.when'),
              render: (_, m) => `${formatDateTime(m.startsAt)}–${formatTime(m.endsAt)}`,
            },
            {
              title: t('meetings.place'),
              render: (_, m) => m.place.address ?? m.place.url ?? tx(`meeting.place.${m.place.kind}`),
            },
            {
              title: t('meetings.answers'),
              render: (_, m) =>
                t('meetings.attendingOf', { attending: m.attendingCount, invited: m.invitedCount }),
            },
            {
              title: t('meetings.status'),
              dataIndex: 'status',
              render: (s: MeetingSummary['status']) => (
                <StatusTag tone={MEETING_TONES[s]}>{tx(`meeting.status.${s}`)}</StatusTag>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!meetings.data?.nextCursor}
            onClick={() => setCursors([...cursors, meetings.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
      <ScheduleMeetingDialog
        open={scheduling}
        onClose={() => setScheduling(false)}
        onSaved={(m) => (setScheduling(false), void navigate(`/meetings/${m.id}`))}
      />
    </>
  );
}
