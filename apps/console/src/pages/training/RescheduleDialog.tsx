import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ALLIANCE_TIME_ZONE, inAlliance } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import type { Session } from './labels';
import { meetingRowProblem, type MeetingRow } from './session-form';

interface Fields {
  meetings: MeetingRow[];
  reason?: string;
}
const instant = (date: string, time: string) => dayjs.tz(`${date} ${time}`, ALLIANCE_TIME_ZONE).toISOString();

/** Moving a scheduled session's meetings (Beijing time); the enrolled are told by the training service. */
export function RescheduleDialog(props: {
  session: Session;
  open: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  const s = props.session;
  const required = { required: true, message: t('form.required') };
  return (
    <Modal
      open={props.open}
      title={t('session.reschedule')}
      okText={t('session.rescheduleSubmit')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      width={620}
    >
      <ProblemAlert problem={problems.problem} />
      <Form<Fields>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          meetings: s.meetings.map((m) => ({
            date: inAlliance(m.startsAt).format('YYYY-MM-DD'),
            starts: inAlliance(m.startsAt).format('HH:mm'),
            ends: inAlliance(m.endsAt).format('HH:mm'),
          })),
        }}
        onFinish={async (v) => {
          setBusy(true);
          problems.clear();
          try {
            await unwrap(
              api.POST('/api/v1/sessions/{id}/reschedule', {
                params: { path: { id: s.id } },
                body: {
                  expectedVersion: s.version,
                  meetings: v.meetings.map((m) => ({
                    startsAt: instant(m.date ?? '', m.starts ?? ''),
                    endsAt: instant(m.date ?? '', m.ends ?? ''),
                  })),
                  ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
                },
              }),
            );
            message.success(t('session.rescheduled'));
            props.onDone();
          } catch (error) {
            problems.show(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.List name="meetings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item
                    name={[field.name, 'date']}
                    label={index === 0 ? t('resources.date') : undefined}
                    rules={[required]}
                  >
                    <Input type="date" aria-label={t('resources.date')} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'starts']}
                    label={index === 0 ? t('sessions.startsAt') : undefined}
                    rules={[required]}
                  >
                    <Input type="time" aria-label={t('sessions.startsAt')} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'ends']}
                    label={index === 0 ? t('sessions.endsAt') : undefined}
                    dependencies={[['meetings']]}
                    rules={[
                      required,
                      ({ getFieldValue }) => ({
                        validator() {
                          const problem = meetingRowProblem(getFieldValue('meetings') ?? [], field.name);
                          return problem
                            ? Promise.reject(new Error(t(`session.meetingProblem.${problem}`)))
                            : Promise.resolve();
                        },
                      }),
                    ]}
                  >
                    <Input type="time" aria-label={t('sessions.endsAt')} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      onClick={() => remove(field.name)}
                      style={index === 0 ? { marginTop: 30 } : undefined}
                    >
                      {t('resources.removeHours')}
                    </Button>
                  )}
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t('session.addMeeting')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item
          name="reason"
          label={t('session.rescheduleReason')}
          rules={[{ max: 1000, message: t('form.tooLong', { max: 1000 }) }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
