import { useState } from 'react';
import dayjs from 'dayjs';
import { Form, Input, Modal, Select, Space } from 'antd';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ALLIANCE_TIME_ZONE } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import { AudienceFields } from './audience';
import { audienceOf, type AudienceValues } from './audience-values';
import { AUDIENCE_KINDS, MEETING_KINDS, type Meeting } from './labels';

interface Values extends AudienceValues {
  kind: Meeting['kind'];
  title: string;
  date: string;
  starts: string;
  ends: string;
  placeKind: 'address' | 'online';
  address?: string;
  url?: string;
  agenda?: string;
}

/** A date and a time typed as Chengdu wall-clock time, as the instant the gateway takes. */
function instant(date: string, time: string): string {
  return dayjs.tz(`${date} ${time}`, ALLIANCE_TIME_ZONE).toISOString();
}

/**
 * Scheduling a meeting or site visit at an address or online, with its agenda and who is invited. (A venue
 * of resource sharing is booked through the API's `place.kind = venue`.)
 */
export function ScheduleMeetingDialog(props: { open: boolean; onClose(): void; onSaved(m: Meeting): void }) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  const audienceKind = Form.useWatch('audienceKind', form);
  const placeKind = Form.useWatch('placeKind', form);
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <Modal
      open={props.open}
      title={t('meetings.schedule')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      <ProblemAlert problem={problems.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'alliance_meeting', placeKind: 'address', audienceKind: 'alliance' }}
        onFinish={async (v) => {
          setBusy(true);
          problems.clear();
          try {
            props.onSaved(
              await unwrap(
                api.POST('/api/v1/meetings', {
                  body: {
                    kind: v.kind,
                    title: v.title,
                    startsAt: instant(v.date, v.starts),
                    endsAt: instant(v.date, v.ends),
                    place:
                      v.placeKind === 'online'
                        ? { kind: 'online', url: v.url }
                        : { kind: 'address', address: v.address },
                    agenda: (v.agenda ?? '')
                      .split('\n')
                      .map((line) => line.trim())
                      .filter(Boolean),
                    invitees: audienceOf(v),
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
        <Form.Item name="kind" label={t('meetings.kind')} rules={required}>
          <Select options={MEETING_KINDS.map((k) => ({ value: k, label: tx(`meeting.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('meetings.titleField')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="date" label={t('meetings.date')} rules={required}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="starts" label={t('meetings.starts')} rules={required}>
            <Input type="time" />
          </Form.Item>
          <Form.Item name="ends" label={t('meetings.ends')} rules={required}>
            <Input type="time" />
          </Form.Item>
        </Space>
        <Form.Item name="placeKind" label={t('meetings.place')} rules={required}>
          <Select
            options={(['address', 'online'] as const).map((k) => ({
              value: k,
              label: tx(`meeting.place.${k}`),
            }))}
          />
        </Form.Item>
        {placeKind === 'online' ? (
          <Form.Item name="url" label={t('meetings.url')} rules={required}>
            <Input type="url" />
          </Form.Item>
        ) : (
          <Form.Item name="address" label={t('meetings.address')} rules={required}>
            <Input maxLength={300} />
          </Form.Item>
        )}
        <Form.Item name="agenda" label={t('meetings.agenda')} extra={t('meetings.decisionsHint')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="audienceKind" label={t('meetings.invitees')} rules={required}>
          <Select options={AUDIENCE_KINDS.map((k) => ({ value: k, label: tx(`notice.audience.${k}`) }))} />
        </Form.Item>
        <AudienceFields kind={audienceKind} open={props.open} />
      </Form>
    </Modal>
  );
}
