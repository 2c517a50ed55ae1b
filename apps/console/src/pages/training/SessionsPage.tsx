import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Calendar,
  Card,
  ConfigProvider,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDateTime, formatTime, inAlliance } from '../../lib/time';
import { ScheduleSessionDialog } from './ScheduleSessionDialog';
import { SESSION_TONES, type Session } from './labels';

type View = 'week' | 'month' | 'list';
interface Slot {
  session: Session;
  startsAt: string;
  endsAt: string;
}

/** Monday of the week a day is in (the alliance's weeks start on Monday). */
function mondayOf(day: Dayjs): Dayjs {
  return day.subtract((day.day() + 6) % 7, 'day').startOf('day');
}

function SlotLink({ slot }: { slot: Slot }) {
  const { tx } = useI18n();
  return (
    <Link
      to={`/sessions/${slot.session.id}`}
      style={{
        display: 'block',
        fontSize: 12,
        lineHeight: '18px',
        textDecoration: slot.session.status === 'cancelled' ? 'line-through' : undefined,
      }}
      title={`${slot.session.courseTitle} · ${tx(`session.status.${slot.session.status}`)}`}
    >
      {formatTime(slot.startsAt)} {slot.session.courseTitle}
    </Link>
  );
}

/** Sessions as a week grid, a month calendar or a list; every time in Chengdu. */
export default function SessionsPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState<Dayjs>(() => inAlliance(new Date().toISOString()).startOf('day'));
  const [status, setStatus] = useState<Session['status'] | undefined>();
  const [scheduling, setScheduling] = useState(false);

  // Sessions from a month before what is shown: a session that began earlier can still meet in view.
  const rangeStart = view === 'month' ? anchor.startOf('month') : view === 'week' ? mondayOf(anchor) : anchor;
  const from = rangeStart.subtract(31, 'day').format('YYYY-MM-DD');
  const sessions = useQuery({
    queryKey: ['sessions', from, status],
    queryFn: () => unwrap(api.GET('/api/v1/sessions', { params: { query: { from, status, limit: 100 } } })),
    placeholderData: keepPreviousData,
  });

  // Every meeting under the Chengdu date it happens on.
  const byDay = useMemo(() => {
    const map = new Map<string, Slot[]>();
    for (const session of sessions.data?.items ?? []) {
      for (const m of session.meetings) {
        const key = inAlliance(m.startsAt).format('YYYY-MM-DD');
        map.set(key, [...(map.get(key) ?? []), { session, startsAt: m.startsAt, endsAt: m.endsAt }]);
      }
    }
    for (const slots of map.values()) slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return map;
  }, [sessions.data]);

  const week = Array.from({ length: 7 }, (_, i) => mondayOf(anchor).add(i, 'day'));

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('sessions.title')}</Typography.Title>
        {can(account, 'session.schedule') && (
          <Button type="primary" onClick={() => setScheduling(true)}>
            {t('sessions.schedule')}
          </Button>
        )}
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<View>
            aria-label={t('sessions.view')}
            value={view}
            onChange={setView}
            options={[
              { value: 'week', label: t('sessions.week') },
              { value: 'month', label: t('sessions.month') },
              { value: 'list', label: t('sessions.list') },
            ]}
          />
          {view === 'week' && (
            <Space>
              <Button onClick={() => setAnchor(anchor.subtract(7, 'day'))}>
                {t('sessions.previousWeek')}
              </Button>
              <Button onClick={() => setAnchor(inAlliance(new Date().toISOString()).startOf('day'))}>
                {t('sessions.today')}
              </Button>
              <Button onClick={() => setAnchor(anchor.add(7, 'day'))}>{t('sessions.nextWeek')}</Button>
            </Space>
          )}
          <Select
            aria-label={t('sessions.status')}
            placeholder={t('sessions.status')}
            allowClear
            style={{ width: 150 }}
            value={status}
            onChange={setStatus}
            options={(['scheduled', 'completed', 'cancelled'] as const).map((s) => ({
              value: s,
              label: tx(`session.status.${s}`),
            }))}
          />
        </Space>
        {sessions.error instanceof ApiError && <ProblemAlert problem={sessions.error.problem} />}
        {view === 'week' && (
          <div
            data-testid="week-grid"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: 8 }}
          >
            {week.map((day) => {
              const key = day.format('YYYY-MM-DD');
              const slots = byDay.get(key) ?? [];
              return (
                <section
                  key={key}
                  aria-label={day.format('YYYY-MM-DD dddd')}
                  style={{ border: '1px solid #e5e5e5', borderRadius: 6, padding: 8, minHeight: 120 }}
                >
                  <div style={{ fontWeight: 600, marginBottom: 4 }}>{day.format('MM-DD ddd')}</div>
                  {slots.length ? (
                    slots.map((slot) => <SlotLink key={slot.session.id + slot.startsAt} slot={slot} />)
                  ) : (
                    <EmptyText>—</EmptyText>
                  )}
                </section>
              );
            })}
          </div>
        )}
        {view === 'month' && (
          // Days of the neighbouring months and the selected day in colours readable at WCAG AA.
          <ConfigProvider
            theme={{
              token: { colorTextDisabled: 'rgba(0, 0, 0, 0.56)', colorPrimary: '#08476f' },
              components: { Calendar: { itemActiveBg: '#f0f6fb' } },
            }}
          >
            <Calendar
              value={anchor}
              // Buttons with names instead of antd's unlabelled year and month selects.
              headerRender={({ value, onChange }) => (
                <Space style={{ padding: '8px 0' }}>
                  <Button onClick={() => onChange(value.subtract(1, 'month'))}>
                    {t('sessions.previousMonth')}
                  </Button>
                  <Typography.Text strong>{value.format('YYYY-MM')}</Typography.Text>
                  <Button onClick={() => onChange(value.add(1, 'month'))}>{t('sessions.nextMonth')}</Button>
                </Space>
              )}
              onPanelChange={(value) => setAnchor(value)}
              onSelect={(value, info) => {
                setAnchor(value);
                if (info.source === 'date') setView('week');
              }}
              cellRender={(date, info) =>
                info.type === 'date'
                  ? (byDay.get(date.format('YYYY-MM-DD')) ?? []).map((slot) => (
                      <SlotLink key={slot.session.id + slot.startsAt} slot={slot} />
                    ))
                  : info.originNode
              }
            />
          </ConfigProvider>
        )}
        {view === 'list' && (
          <Table<Session>
            rowKey="id"
            loading={sessions.isFetching}
            dataSource={sessions.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyText>{t('sessions.empty')}</EmptyText> }}
            columns={[
              {
                title: t('sessions.course'),
                render: (_, s) => <Link to={`/sessions/${s.id}`}>{`${s.courseCode} ${s.courseTitle}`}</Link>,
              },
              {
                title: t('sessions.startsAt'),
                dataIndex: 'startsAt',
                render: (d: string) => formatDateTime(d),
              },
              { title: t('sessions.meetings'), render: (_, s) => s.meetings.length, align: 'right' },
              {
                title: t('sessions.seats'),
                render: (_, s) => `${s.confirmedCount} / ${s.capacity}`,
                align: 'right',
              },
              { title: t('sessions.waitlist'), dataIndex: 'waitlistCount', align: 'right' },
              {
                title: t('sessions.status'),
                dataIndex: 'status',
                render: (st: Session['status']) => (
                  <StatusTag tone={SESSION_TONES[st]}>{tx(`session.status.${st}`)}</StatusTag>
                ),
              },
            ]}
          />
        )}
      </Card>
      <ScheduleSessionDialog
        open={scheduling}
        onClose={() => setScheduling(false)}
        onScheduled={(session) => {
          setScheduling(false);
          message.success(t('sessions.scheduled'));
          navigate(`/sessions/${session.id}`);
        }}
      />
    </>
  );
}
