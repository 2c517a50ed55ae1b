import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ALLIANCE_TIME_ZONE } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';

interface MeetingFields {
  date: string;
  starts: string;
  ends: string;
}
interface Fields {
  courseId: string;
  trainerIds: string[];
  meetings: MeetingFields[];
  locationKind: 'address' | 'online' | 'venue';
  address?: string;
  resourceId?: string;
  url?: string;
  capacity: number;
}

/** A date and a time typed as Chengdu wall-clock time, as the instant the gateway takes. */
function instant(date: string, time: string): string {
  return dayjs.tz(`${date} ${time}`, ALLIANCE_TIME_ZONE).toISOString();
}

/** The gateway names the fields of its body; this form splits a meeting into date and times. */
function onTheseFields(error: ApiError): ApiError {
  const rename = (field: string) =>
    field
      .replace(/^meetings\.(\d+)\.startsAt$/, 'meetings.$1.starts')
      .replace(/^meetings\.(\d+)\.endsAt$/, 'meetings.$1.ends')
      .replace(/^location\.(address|url|resourceId)$/, '$1');
  return new ApiError({
    ...error.problem,
    errors: (error.problem.errors ?? []).map((e) => ({ ...e, field: rename(e.field) })),
  });
}

/**
 * Scheduling a session of a published course: its meetings as dates and times in Chengdu (native date and
 * time inputs, which phones show as their own pickers), where, and how many seats.
 */
export function ScheduleSessionDialog({
  open,
  onClose,
  onScheduled,
}: {
  open: boolean;
  onClose(): void;
  onScheduled(session: Schemas['Session']): void;
}) {
  const { t } = useI18n();
  const { account, role } = useSession();
  const [form] = Form.useForm<Fields>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('locationKind', form);
  const courses = useQuery({
    queryKey: ['courses', 'published'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/courses', { params: { query: { status: 'published', limit: 100 } } })),
    enabled: open,
  });
  // Shared venues to hold it at: training books the venue at resource sharing for each meeting.
  const venues = useQuery({
    queryKey: ['resources', 'venues'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/resources', { params: { query: { kind: 'venue', status: 'listed', limit: 100 } } }),
      ),
    enabled: open && kind === 'venue',
  });
  // Only an admin may see the accounts; a trainer schedules its own sessions.
  const trainers = useQuery({
    queryKey: ['accounts', 'trainers'],
    queryFn: () => unwrap(api.GET('/api/v1/accounts', {})),
    select: (accounts) => accounts.filter((a) => a.role === 'trainer' && !a.disabled),
    enabled: open && role === 'alliance_admin',
  });

  async function submit(values: Fields) {
    setBusy(true);
    problems.clear();
    try {
      const body: Schemas['ScheduleSessionDto'] = {
        courseId: values.courseId,
        trainerIds: role === 'trainer' && account ? [account.id] : values.trainerIds,
        meetings: values.meetings.map((m) => ({
          startsAt: instant(m.date, m.starts),
          endsAt: instant(m.date, m.ends),
        })),
        location:
          values.locationKind === 'online'
            ? { kind: 'online', url: values.url?.trim() }
            : values.locationKind === 'venue'
              ? {
                  kind: 'venue',
                  resourceId: values.resourceId,
                  // Booked for the trainer's organisation, or else for the venue's own.
                  organisationId:
                    account?.organisationId ??
                    venues.data?.items.find((v) => v.id === values.resourceId)?.ownerOrganisationId,
                }
              : { kind: 'address', address: values.address?.trim() },
        capacity: values.capacity,
      };
      const session = await unwrap(api.POST('/api/v1/sessions', { body }));
      onScheduled(session);
    } catch (error) {
      problems.show(error instanceof ApiError ? onTheseFields(error) : error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('sessions.schedule')}
      okText={t('sessions.scheduleSubmit')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      <ProblemAlert problem={problems.problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{
          meetings: [{ starts: '09:00', ends: '12:00' }],
          locationKind: 'address',
          capacity: 30,
          trainerIds: [],
        }}
      >
        <Form.Item
          name="courseId"
          label={t('sessions.course')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={courses.isLoading}
            options={(courses.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
          />
        </Form.Item>
        {role === 'alliance_admin' && (
          <Form.Item
            name="trainerIds"
            label={t('sessions.trainers')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              mode="multiple"
              loading={trainers.isLoading}
              options={(trainers.data ?? []).map((a) => ({ value: a.id, label: a.username }))}
            />
          </Form.Item>
        )}
        <Form.List name="meetings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item
                    name={[field.name, 'date']}
                    label={t('sessions.meetingDate', { n: i + 1 })}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <Input type="date" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'starts']}
                    label={t('sessions.startsAt')}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <Input type="time" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'ends']}
                    label={t('sessions.endsAt')}
                    rules={[
                      { required: true, message: t('form.required') },
                      ({ getFieldValue }) => ({
                        validator: (_, value: string) =>
                          !value || value > getFieldValue(['meetings', field.name, 'starts'])
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('sessions.endsBeforeStarts'))),
                      }),
                    ]}
                  >
                    <Input type="time" />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                      {t('sessions.removeMeeting')}
                    </Button>
                  )}
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add({ starts: '09:00', ends: '12:00' })}>
                  {t('sessions.addMeeting')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="locationKind" label={t('sessions.locationKind')}>
          <Select
            options={[
              { value: 'address', label: t('sessions.location.address') },
              { value: 'online', label: t('sessions.location.online') },
              { value: 'venue', label: t('sessions.location.venue') },
            ]}
          />
        </Form.Item>
        {kind === 'venue' ? (
          <Form.Item
            name="resourceId"
            label={t('sessions.venue')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={venues.isLoading}
              options={(venues.data?.items ?? []).map((v) => ({
                value: v.id,
                label: `${v.title} · ${v.ownerOrganisationName ?? ''}`,
              }))}
            />
          </Form.Item>
        ) : kind === 'online' ? (
          <Form.Item
            name="url"
            label={t('sessions.url')}
            rules={[
              { required: true, message: t('form.required') },
              { type: 'url', message: t('sessions.urlInvalid') },
            ]}
          >
            <Input placeholder="https://" />
          </Form.Item>
        ) : (
          <Form.Item
            name="address"
            label={t('sessions.address')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="capacity"
          label={t('sessions.capacity')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={1} max={500} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
