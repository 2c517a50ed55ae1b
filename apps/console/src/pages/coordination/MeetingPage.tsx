import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useDistricts } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { calendarDate, formatDateTime, formatTime } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import { ActionItemsTable } from './ActionItemsTable';
import { MEETING_TONES, type Meeting } from './labels';
import { SignInQr } from './SignInQr';

type Invitation = Schemas['MeetingInvitation'];

function RsvpForm({ meeting, onSaved }: { meeting: Meeting; onSaved(m: Meeting): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ answer: 'attending' | 'declined'; attendees?: number; note?: string }>();
  const problems = useProblemForm(form);
  const answer = Form.useWatch('answer', form);
  const mine = meeting.mine;
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{
        answer: mine?.answer ?? 'attending',
        attendees: mine?.attendees ?? 1,
        note: mine?.note ?? undefined,
      }}
      onFinish={async (v) => {
        problems.clear();
        try {
          onSaved(
            await unwrap(
              api.POST('/api/v1/meetings/{id}/rsvp', {
                params: { path: { id: meeting.id } },
                body: {
                  answer: v.answer,
                  attendees: v.answer === 'attending' ? v.attendees : undefined,
                  note: v.note?.trim() || undefined,
                },
              }),
            ),
          );
        } catch (e) {
          problems.show(e);
        }
      }}
    >
      <ProblemAlert problem={problems.problem} />
      <Form.Item name="answer" label={t('meetings.rsvp')}>
        <Radio.Group
          options={[
            { value: 'attending', label: t('meetings.attending') },
            { value: 'declined', label: t('meetings.declined') },
          ]}
        />
      </Form.Item>
      {answer === 'attending' && (
        <Form.Item
          name="attendees"
          label={t('meetings.attendees')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={1} max={50} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('meetings.note')}>
        <Input style={{ width: 220 }} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('meetings.answer')}
      </Button>
    </Form>
  );
}

interface MinutesValues {
  summary: string;
  decisions?: string;
  actionItems?: { title: string; ownerOrganisationId: string; dueDate: dayjs.Dayjs }[];
}

function MinutesDialog(props: {
  meeting: Meeting;
  open: boolean;
  onClose(): void;
  onSaved(m: Meeting): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<MinutesValues>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  const owners = props.meeting.invitations.map((i) => ({ value: i.organisationId, label: i.name }));
  return (
    <Modal
      open={props.open}
      title={t('meetings.publishMinutes')}
      okText={t('meetings.publishMinutes')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      width={760}
      destroyOnHidden
    >
      <ProblemAlert problem={problems.problem} />
      <Form<MinutesValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (v) => {
          setBusy(true);
          problems.clear();
          try {
            props.onSaved(
              await unwrap(
                api.POST('/api/v1/meetings/{id}/minutes', {
                  params: { path: { id: props.meeting.id } },
                  body: {
                    expectedVersion: props.meeting.version,
                    summary: v.summary,
                    decisions: (v.decisions ?? '')
                      .split('\n')
                      .map((d) => d.trim())
                      .filter(Boolean),
                    actionItems: (v.actionItems ?? []).map((a) => ({
                      title: a.title,
                      ownerOrganisationId: a.ownerOrganisationId,
                      dueDate: calendarDate(a.dueDate),
                    })),
                  },
                }),
              ),
            );
          } catch (e) {
            problems.show(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item
          name="summary"
          label={t('meetings.summary')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="decisions" label={t('meetings.decisions')} extra={t('meetings.decisionsHint')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.List name="actionItems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, whitespace: true, message: t('form.required') }]}
                  >
                    <Input
                      placeholder={t('actionItems.item')}
                      aria-label={t('actionItems.item')}
                      style={{ width: 240 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'ownerOrganisationId']}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <Select
                      placeholder={t('actionItems.owner')}
                      aria-label={t('actionItems.owner')}
                      style={{ width: 200 }}
                      options={owners}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'dueDate']}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <DatePicker placeholder={t('actionItems.due')} aria-label={t('actionItems.due')} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('meetings.removeItem')}</Button>
                </Space>
              ))}
              <Button onClick={() => add()}>{t('meetings.addItem')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** One meeting: agenda, answering the invitation, the sign-in code, attendance, minutes and action items. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const { t, tx } = useI18n();
  const { account, role } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [showCode, setShowCode] = useState(false);
  const districts = useDistricts();
  const district = (code: string) => districts.data?.find((d) => d.code === code)?.name ?? code;
  const [minutesOpen, setMinutesOpen] = useState(false);
  const [cancelling, setCancelling] = useState(false);

  const meeting = useQuery({
    queryKey: ['meetings', id],
    queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })),
  });
  const m = meeting.data;
  // A representative organises only when its organisation is granted; the service answers 403 otherwise.
  const organiser =
    !!m && (role === 'alliance_admin' || (role === 'member_rep' && m.createdBy === account?.id));
  const attendance = useQuery({
    queryKey: ['meetings', id, 'attendance'],
    queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}/attendance', { params: { path: { id } } })),
    enabled: organiser && can(account, 'meeting.attendance'),
    refetchInterval: showCode ? 15_000 : false,
  });
  const changed = (next?: Meeting) => {
    if (next) queryClient.setQueryData(['meetings', id], next);
    void queryClient.invalidateQueries({ queryKey: ['meetings'] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    void queryClient.invalidateQueries({ queryKey: ['action-items'] });
  };

  if (meeting.error instanceof ApiError) return <ProblemAlert problem={meeting.error.problem} />;
  if (!m) return <Card loading />;
  const started = Date.parse(m.startsAt) <= Date.now();
  const place = m.place.address ?? m.place.url ?? tx(`meeting.place.${m.place.kind}`);

  return (
    <>
      <Typography.Title level={2}>
        {m.title} <StatusTag tone={MEETING_TONES[m.status]}>{tx(`meeting.status.${m.status}`)}</StatusTag>
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('meetings.kind')}>{tx(`meeting.kind.${m.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('meetings.when')}>
            {formatDateTime(m.startsAt)}–{formatTime(m.endsAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('meetings.place')}>{place}</Descriptions.Item>
          <Descriptions.Item label={t('meetings.answers')}>
            {t('meetings.attendingOf', { attending: m.attendingCount, invited: m.invitedCount })}
          </Descriptions.Item>
          {m.cancelReason && (
            <Descriptions.Item label={t('meetings.cancelReason')}>{m.cancelReason}</Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Title level={4}>{t('meetings.agenda')}</Typography.Title>
        {m.agenda.length ? (
          <ol>
            {m.agenda.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        ) : (
          <EmptyText>{t('meetings.noAgenda')}</EmptyText>
        )}
        <Space wrap style={{ marginTop: 8 }}>
          {organiser && m.status === 'scheduled' && can(account, 'meeting.signInCode') && (
            <Button type="primary" onClick={() => setShowCode(!showCode)}>
              {showCode ? t('meetings.hideCode') : t('meetings.showCode')}
            </Button>
          )}
          {organiser &&
            started &&
            !m.minutes &&
            m.status === 'scheduled' &&
            can(account, 'meeting.minutes') && (
              <Button onClick={() => setMinutesOpen(true)}>{t('meetings.publishMinutes')}</Button>
            )}
          {organiser && !started && m.status === 'scheduled' && can(account, 'meeting.cancel') && (
            <Button danger onClick={() => setCancelling(true)}>
              {t('meetings.cancel')}
            </Button>
          )}
        </Space>
      </Card>
      {showCode && (
        <div style={{ marginBottom: 16 }}>
          <SignInQr meetingId={m.id} />
        </div>
      )}
      {m.mine && role === 'member_rep' && m.status === 'scheduled' && !started && (
        <Card title={t('meetings.yourAnswer')} style={{ marginBottom: 16 }}>
          <RsvpForm meeting={m} onSaved={(next) => (changed(next), message.success(t('form.saved')))} />
        </Card>
      )}
      {organiser && (
        <Card title={t('meetings.invitations')} style={{ marginBottom: 16 }}>
          <Table<Invitation>
            rowKey="organisationId"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={m.invitations}
            columns={[
              { title: t('notices.organisation'), dataIndex: 'name' },
              { title: t('notices.district'), dataIndex: 'districtCode', render: district },
              {
                title: t('meetings.rsvp'),
                render: (_, i) =>
                  i.answer ? (
                    <StatusTag tone={i.answer === 'attending' ? 'green' : 'grey'}>
                      {tx(`meeting.answer.${i.answer}`)}
                      {i.attendees ? ` · ${i.attendees}` : ''}
                    </StatusTag>
                  ) : (
                    t('meetings.noAnswer')
                  ),
              },
              { title: t('meetings.note'), dataIndex: 'note', render: (n: string | null) => n ?? '—' },
            ]}
          />
        </Card>
      )}
      {attendance.data && (
        <Card title={t('meetings.attendance')} style={{ marginBottom: 16 }} data-testid="attendance">
          <Typography.Paragraph>
            {t('meetings.signedInCount', { count: attendance.data.signedIn })}
          </Typography.Paragraph>
          <Table
            rowKey="districtCode"
            size="small"
            pagination={false}
            dataSource={attendance.data.districts}
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('notices.district'), dataIndex: 'districtCode', render: district },
              { title: t('meetings.organisations'), dataIndex: 'organisations' },
              { title: t('meetings.signedInHeader'), dataIndex: 'signedIn' },
            ]}
          />
          <Table
            rowKey="organisationId"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={attendance.data.organisations}
            columns={[
              { title: t('notices.organisation'), dataIndex: 'name' },
              { title: t('notices.district'), dataIndex: 'districtCode', render: district },
              {
                title: t('meetings.expected'),
                dataIndex: 'attendeesExpected',
                render: (n: number | null) => n ?? '—',
              },
              { title: t('meetings.signedInHeader'), dataIndex: 'signedIn' },
            ]}
          />
        </Card>
      )}
      <Card title={t('meetings.minutes')} style={{ marginBottom: 16 }}>
        {m.minutes ? (
          <>
            <div style={{ whiteSpace: 'pre-wrap' }}>{m.minutes.summary}</div>
            {m.minutes.decisions.length > 0 && (
              <>
                <Typography.Title level={5}>{t('meetings.decisions')}</Typography.Title>
                <ol>
                  {m.minutes.decisions.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ol>
              </>
            )}
            <Typography.Paragraph type="secondary">
              {m.minutes.publishedBy} · {formatDateTime(m.minutes.publishedAt)}
            </Typography.Paragraph>
          </>
        ) : (
          <EmptyText>{t('meetings.noMinutes')}</EmptyText>
        )}
      </Card>
      {m.actionItems.length > 0 && (
        <Card title={t('actionItems.title')}>
          <ActionItemsTable items={m.actionItems} onChanged={() => changed()} />
        </Card>
      )}
      <ReasonDialog
        open={cancelling}
        title={t('meetings.cancel')}
        okText={t('meetings.cancel')}
        required
        danger
        onCancel={() => setCancelling(false)}
        onSubmit={async (reason) => {
          changed(
            await unwrap(
              api.POST('/api/v1/meetings/{id}/cancel', {
                params: { path: { id: m.id } },
                body: { expectedVersion: m.version, reason: reason ?? '' },
              }),
            ),
          );
          setCancelling(false);
        }}
      />
      <MinutesDialog
        meeting={m}
        open={minutesOpen}
        onClose={() => setMinutesOpen(false)}
        onSaved={(next) => (setMinutesOpen(false), changed(next))}
      />
    </>
  );
}
