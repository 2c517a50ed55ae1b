import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Radio, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Problem, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDateTime, formatTime } from '../../lib/time';
import { RescheduleDialog } from './RescheduleDialog';
import { ATTENDANCE, ENROLMENT_TONES, SESSION_TONES, type AttendanceStatus, type Enrolment } from './labels';

type Meeting = Schemas['Meeting'];
type VenueState = Schemas['SessionVenue']['state'];
const VENUE_TONES: Record<VenueState, 'blue' | 'green' | 'red' | 'grey'> = {
  pending: 'blue',
  confirmed: 'green',
  flagged: 'red',
  released: 'grey',
};
type Completion = Schemas['SessionCompletion'];

/** Active staff the caller may enrol (a representative's own organisation's; the service scopes the list). */
function StaffPicker({ value, onChange }: { value: string[]; onChange(ids: string[]): void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const staff = useQuery({
    queryKey: ['staff', 'options', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/staff', {
          params: { query: { status: 'active', limit: 100, ...(q ? { q } : {}) } },
        }),
      ),
  });
  return (
    <Select
      mode="multiple"
      aria-label={t('enrol.staff')}
      placeholder={t('enrol.staff')}
      style={{ minWidth: 280 }}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={staff.isFetching}
      options={(staff.data?.items ?? []).map((s) => ({
        value: s.id,
        label: s.organisationName ? `${s.name} · ${s.organisationName}` : s.name,
      }))}
    />
  );
}

/** One meeting's attendance: a mark for every confirmed participant, sent together. */
function AttendanceSheet({
  sessionId,
  meeting,
  enrolments,
  onClose,
}: {
  sessionId: string;
  meeting: Meeting;
  enrolments: Enrolment[];
  onClose(): void;
}) {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const confirmed = enrolments.filter((e) => e.status === 'confirmed');
  const [marks, setMarks] = useState<Record<string, AttendanceStatus>>(() =>
    Object.fromEntries(confirmed.map((e) => [e.staffId, 'present' as const])),
  );
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/sessions/{id}/attendance', {
          params: { path: { id: sessionId } },
          body: {
            marks: confirmed.map((e) => ({
              meetingId: meeting.id,
              staffId: e.staffId,
              status: marks[e.staffId] ?? 'present',
            })),
          },
        }),
      ),
    onSuccess: () => message.success(t('attendance.saved', { count: confirmed.length })),
  });
  return (
    <Card
      title={t('attendance.title', {
        when: `${formatDateTime(meeting.startsAt)}–${formatTime(meeting.endsAt)}`,
      })}
      extra={<Button onClick={onClose}>{t('attendance.close')}</Button>}
      style={{ marginBottom: 16 }}
      data-testid="attendance-sheet"
    >
      {save.error instanceof ApiError && <ProblemAlert problem={save.error.problem} />}
      <Table<Enrolment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={confirmed}
        locale={{ emptyText: <EmptyText>{t('attendance.nobody')}</EmptyText> }}
        columns={[
          { title: t('enrol.staffName'), dataIndex: 'staffName' },
          {
            title: t('attendance.mark'),
            render: (_, e) => (
              <Radio.Group
                aria-label={t('attendance.markOf', { name: e.staffName })}
                value={marks[e.staffId]}
                onChange={(event) =>
                  setMarks({ ...marks, [e.staffId]: event.target.value as AttendanceStatus })
                }
                optionType="button"
                options={ATTENDANCE.map((a) => ({ value: a, label: tx(`attendance.status.${a}`) }))}
              />
            ),
          },
        ]}
      />
      <Button
        type="primary"
        style={{ marginTop: 16 }}
        disabled={!confirmed.length}
        loading={save.isPending}
        onClick={() => save.mutate()}
      >
        {t('attendance.save')}
      </Button>
    </Card>
  );
}

export default function SessionDetailPage() {
  const { id = '' } = useParams();
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);
  const [cancellingEnrolment, setCancellingEnrolment] = useState<Enrolment | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [enrolled, setEnrolled] = useState<{ name: string; enrolment?: Enrolment; problem?: Problem }[]>([]);
  const [completion, setCompletion] = useState<Completion | null>(null);

  const session = useQuery({
    queryKey: ['session', id],
    queryFn: () => unwrap(api.GET('/api/v1/sessions/{id}', { params: { path: { id } } })),
  });
  const enrolments = useQuery({
    queryKey: ['session', id, 'enrolments'],
    queryFn: () => unwrap(api.GET('/api/v1/sessions/{id}/enrolments', { params: { path: { id } } })),
    enabled: can(account, 'session.enrolments'),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['session', id] });

  const complete = useMutation({
    mutationFn: (version: number) =>
      unwrap(
        api.POST('/api/v1/sessions/{id}/complete', {
          params: { path: { id } },
          body: { expectedVersion: version },
        }),
      ),
    onSuccess: (result) => {
      setCompletion(result);
      message.success(t('session.completed'));
      void refresh();
      void queryClient.invalidateQueries({ queryKey: ['certificates'] });
    },
    onError: () => void refresh(),
  });

  const enrol = useMutation({
    mutationFn: async (staffIds: string[]) => {
      const names = new Map(
        (queryClient.getQueriesData<{ items: Schemas['Staff'][] }>({ queryKey: ['staff', 'options'] }) ?? [])
          .flatMap(([, page]) => page?.items ?? [])
          .map((s) => [s.id, s.name]),
      );
      // One after another: the order is the order of the waitlist when the session is full.
      const results: { name: string; enrolment?: Enrolment; problem?: Problem }[] = [];
      for (const staffId of staffIds) {
        const name = names.get(staffId) ?? staffId;
        try {
          results.push({
            name,
            enrolment: await unwrap(api.POST('/api/v1/enrolments', { body: { sessionId: id, staffId } })),
          });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          results.push({ name, problem: error.problem });
        }
      }
      return results;
    },
    onSuccess: (results) => {
      setEnrolled(results);
      setPicked([]);
      void refresh();
    },
  });

  if (session.error instanceof ApiError) return <ProblemAlert problem={session.error.problem} />;
  const s = session.data;
  if (!s) return <Card loading />;
  const now = Date.now();
  const meeting = s.meetings.find((m) => m.id === meetingId) ?? null;
  const all = enrolments.data ?? [];
  const confirmed = all.filter((e) => e.status === 'confirmed');
  const waitlist = all
    .filter((e) => e.status === 'waitlisted')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const cancelled = all.filter((e) => e.status === 'cancelled');
  const scheduled = s.status === 'scheduled';
  const mayCancelEnrolment = (e: Enrolment) =>
    scheduled &&
    e.status !== 'cancelled' &&
    can(account, 'enrolment.cancel') &&
    (account?.role !== 'member_rep' || account.organisationId === e.organisationId);

  const enrolmentColumns = [
    { title: t('enrol.staffName'), dataIndex: 'staffName' },
    {
      title: t('enrol.status'),
      render: (_: unknown, e: Enrolment) => (
        <StatusTag tone={ENROLMENT_TONES[e.status]}>
          {tx(`enrolment.status.${e.status}`)}
          {e.status === 'waitlisted' && e.waitlistPosition ? ` #${e.waitlistPosition}` : ''}
        </StatusTag>
      ),
    },
    { title: t('enrol.requestedAt'), render: (_: unknown, e: Enrolment) => formatDateTime(e.requestedAt) },
    {
      title: t('table.actions'),
      render: (_: unknown, e: Enrolment) =>
        mayCancelEnrolment(e) && (
          <Button size="small" danger onClick={() => setCancellingEnrolment(e)}>
            {t('enrol.cancel')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {s.courseCode} {s.courseTitle}
        </Typography.Title>
        <StatusTag tone={SESSION_TONES[s.status]} testId="session-status">
          {tx(`session.status.${s.status}`)}
        </StatusTag>
      </Space>
      {scheduled && (
        <Space wrap style={{ marginBottom: 16 }}>
          {can(account, 'session.complete') && (
            <Button
              type="primary"
              disabled={new Date(s.endsAt).getTime() > now}
              title={
                new Date(s.endsAt).getTime() > now
                  ? t('session.completeAfter', { when: formatDateTime(s.endsAt) })
                  : undefined
              }
              loading={complete.isPending}
              onClick={() => complete.mutate(s.version)}
            >
              {t('session.complete')}
            </Button>
          )}
          {can(account, 'session.reschedule') && (
            <Button onClick={() => setRescheduling(true)}>{t('session.reschedule')}</Button>
          )}
          {can(account, 'session.cancel') && (
            <Button danger onClick={() => setCancelling(true)}>
              {t('session.cancel')}
            </Button>
          )}
        </Space>
      )}
      {complete.error instanceof ApiError && <ProblemAlert problem={complete.error.problem} />}
      {completion && (
        <Card title={t('session.results')} style={{ marginBottom: 16 }} data-testid="completion-results">
          <Table
            rowKey="staffId"
            size="small"
            pagination={false}
            dataSource={completion.results}
            columns={[
              {
                title: t('enrol.staffName'),
                render: (_, r) => all.find((e) => e.staffId === r.staffId)?.staffName ?? r.staffId,
              },
              {
                title: t('session.attendedPercent'),
                render: (_, r) => `${Math.round(r.attendedPercent)}%`,
                align: 'right',
              },
              {
                title: t('session.certificate'),
                render: (_, r) =>
                  r.completed ? (
                    <StatusTag tone="green">{t('session.certified')}</StatusTag>
                  ) : (
                    <StatusTag tone="grey">{t('session.notCertified')}</StatusTag>
                  ),
              },
            ]}
          />
          <Link to={`/certificates?session=${s.id}`}>{t('session.toCertificates')}</Link>
        </Card>
      )}
      <Card title={t('session.details')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item
            label={t('sessions.seats')}
          >{`${s.confirmedCount} / ${s.capacity}`}</Descriptions.Item>
          <Descriptions.Item label={t('sessions.waitlist')}>{s.waitlistCount}</Descriptions.Item>
          <Descriptions.Item label={t('session.hours')}>{s.hours}</Descriptions.Item>
          <Descriptions.Item label={t('sessions.locationKind')}>
            {s.location.kind === 'online' ? (
              <a href={s.location.url ?? '#'} target="_blank" rel="noreferrer">
                {s.location.url}
              </a>
            ) : (
              (s.location.address ?? tx(`sessions.location.${s.location.kind}`))
            )}
          </Descriptions.Item>
          {s.venue && (
            <Descriptions.Item label={t('sessions.venue')}>
              <Space orientation="vertical" size={2}>
                <StatusTag tone={VENUE_TONES[s.venue.state]} testId="venue-state">
                  {tx(`session.venue.${s.venue.state}`)}
                </StatusTag>
                {s.venue.reason && <span>{s.venue.reason}</span>}
                {s.venue.bookings.map((b) => (
                  <span key={`${b.startsAt}-${b.bookingId ?? ''}`}>
                    {`${formatDateTime(b.startsAt)}–${formatTime(b.endsAt)} · ${tx(`venueBooking.state.${b.state}`)}`}
                    {b.reason ? ` · ${b.reason}` : ''}
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('session.enrolmentWindow')}>
            {`${formatDateTime(s.enrolmentOpensAt)} – ${formatDateTime(s.enrolmentClosesAt)}`}
          </Descriptions.Item>
          {s.cancellationReason && (
            <Descriptions.Item label={t('lifecycle.reason')}>{s.cancellationReason}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('sessions.meetings')} style={{ marginBottom: 16 }}>
        <Table<Meeting>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={s.meetings}
          columns={[
            {
              title: t('session.when'),
              render: (_, m) => `${formatDateTime(m.startsAt)}–${formatTime(m.endsAt)}`,
            },
            {
              title: t('table.actions'),
              render: (_, m) =>
                scheduled &&
                can(account, 'session.attendance') &&
                (new Date(m.startsAt).getTime() <= now ? (
                  <Button size="small" onClick={() => setMeetingId(m.id)}>
                    {t('attendance.take')}
                  </Button>
                ) : (
                  <EmptyText>{t('attendance.notStarted')}</EmptyText>
                )),
            },
          ]}
        />
      </Card>
      {meeting && scheduled && (
        <AttendanceSheet
          key={meeting.id}
          sessionId={s.id}
          meeting={meeting}
          enrolments={all}
          onClose={() => setMeetingId(null)}
        />
      )}
      {scheduled && can(account, 'enrolment.create') && (
        <Card title={t('enrol.title')} style={{ marginBottom: 16 }}>
          <Space wrap>
            <StaffPicker value={picked} onChange={setPicked} />
            <Button
              type="primary"
              disabled={!picked.length}
              loading={enrol.isPending}
              onClick={() => enrol.mutate(picked)}
            >
              {t('enrol.submit')}
            </Button>
          </Space>
          {enrolled.map((r) =>
            r.enrolment ? (
              <Alert
                key={r.name}
                style={{ marginTop: 8 }}
                type={r.enrolment.status === 'confirmed' ? 'success' : 'info'}
                showIcon
                title={
                  r.enrolment.status === 'confirmed'
                    ? t('enrol.confirmed', { name: r.name })
                    : t('enrol.waitlisted', { name: r.name, position: r.enrolment.waitlistPosition ?? '?' })
                }
              />
            ) : (
              <div key={r.name} style={{ marginTop: 8 }}>
                <Typography.Text strong>{r.name}</Typography.Text>
                <ProblemAlert problem={r.problem ?? null} />
              </div>
            ),
          )}
        </Card>
      )}
      {can(account, 'session.enrolments') && (
        <Card title={t('enrol.enrolments', { count: confirmed.length })} style={{ marginBottom: 16 }}>
          {enrolments.error instanceof ApiError && <ProblemAlert problem={enrolments.error.problem} />}
          <Table<Enrolment>
            rowKey="id"
            size="small"
            pagination={false}
            loading={enrolments.isLoading}
            dataSource={confirmed}
            locale={{ emptyText: <EmptyText>{t('enrol.none')}</EmptyText> }}
            columns={enrolmentColumns}
            data-testid="enrolments"
          />
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            {t('enrol.waitlistTitle', { count: waitlist.length })}
          </Typography.Title>
          <Table<Enrolment>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={waitlist}
            locale={{ emptyText: <EmptyText>{t('enrol.waitlistEmpty')}</EmptyText> }}
            columns={enrolmentColumns}
          />
          {cancelled.length > 0 && (
            <Typography.Paragraph style={{ marginTop: 16 }}>
              {t('enrol.cancelledCount', { count: cancelled.length })}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      <ReasonDialog
        open={cancelling}
        title={t('session.cancel')}
        okText={t('session.cancel')}
        required
        danger
        onCancel={() => setCancelling(false)}
        onSubmit={async (reason) => {
          await unwrap(
            api.POST('/api/v1/sessions/{id}/cancel', {
              params: { path: { id } },
              body: { expectedVersion: s.version, reason: reason ?? '' },
            }),
          );
          setCancelling(false);
          message.success(t('form.saved'));
          await refresh();
        }}
      />
      <ReasonDialog
        open={cancellingEnrolment !== null}
        title={cancellingEnrolment ? `${t('enrol.cancel')} · ${cancellingEnrolment.staffName}` : ''}
        okText={t('enrol.cancel')}
        required={false}
        danger
        onCancel={() => setCancellingEnrolment(null)}
        onSubmit={async (reason) => {
          if (!cancellingEnrolment) return;
          await unwrap(
            api.POST('/api/v1/enrolments/{id}/cancel', {
              params: { path: { id: cancellingEnrolment.id } },
              body: { expectedVersion: cancellingEnrolment.version, reason },
            }),
          );
          setCancellingEnrolment(null);
          message.success(t('form.saved'));
          await refresh();
        }}
      />
      <RescheduleDialog
        session={s}
        open={rescheduling}
        onClose={() => setRescheduling(false)}
        onDone={() => (setRescheduling(false), void refresh())}
      />
    </>
  );
}
