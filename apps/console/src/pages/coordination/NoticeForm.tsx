import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { useDistricts } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { allianceInstant, inAlliance } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import { AUDIENCE_KINDS, NOTICE_CATEGORIES, ORGANISATION_KINDS, type Notice } from './labels';

interface Values {
  title: string;
  category: Notice['category'];
  issuer: string;
  body: string;
  audienceKind: Notice['audience']['kind'];
  districtCodes?: string[];
  kinds?: string[];
  workingGroupId?: string;
  organisationIds?: string[];
  requiresAcknowledgement: boolean;
  acknowledgeBy?: dayjs.Dayjs;
  reminderDaysBefore?: number | null;
}

function initial(notice: Notice | undefined): Partial<Values> {
  if (!notice) return { category: 'notice', audienceKind: 'alliance', requiresAcknowledgement: false };
  return {
    title: notice.title,
    category: notice.category,
    issuer: notice.issuer,
    body: notice.body,
    audienceKind: notice.audience.kind,
    districtCodes: notice.audience.districtCodes ?? undefined,
    kinds: notice.audience.kinds ?? undefined,
    workingGroupId: notice.audience.workingGroupId ?? undefined,
    organisationIds: notice.audience.organisationIds ?? undefined,
    requiresAcknowledgement: notice.requiresAcknowledgement,
    acknowledgeBy: notice.acknowledgeBy
      ? dayjs(inAlliance(notice.acknowledgeBy).format('YYYY-MM-DD HH:mm'))
      : undefined,
    reminderDaysBefore: notice.reminderDaysBefore,
  };
}

function audience(values: Values): Schemas['AudienceDto'] {
  switch (values.audienceKind) {
    case 'districts':
      return { kind: 'districts', districtCodes: values.districtCodes ?? [] };
    case 'kinds':
      return { kind: 'kinds', kinds: (values.kinds ?? []) as Schemas['AudienceDto']['kinds'] };
    case 'working_group':
      return { kind: 'working_group', workingGroupId: values.workingGroupId };
    case 'members':
      return { kind: 'members', organisationIds: values.organisationIds ?? [] };
    default:
      return { kind: 'alliance' };
  }
}

/** Drafting a notice or changing a draft: text, category, issuer, who it is addressed to, acknowledgement. */
export function NoticeForm(props: {
  notice?: Notice;
  open: boolean;
  onClose(): void;
  onSaved(n: Notice): void;
}) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  const districts = useDistricts();
  const audienceKind = Form.useWatch('audienceKind', form);
  const requiresAcknowledgement = Form.useWatch('requiresAcknowledgement', form);
  const groups = useQuery({
    queryKey: ['working-groups', 'options'],
    queryFn: () => unwrap(api.GET('/api/v1/working-groups', { params: { query: { status: 'active' } } })),
    enabled: props.open && audienceKind === 'working_group',
  });
  const members = useQuery({
    queryKey: ['members', 'options', 'admitted'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/members', { params: { query: { status: 'admitted', limit: 200 } } })),
    enabled: props.open && audienceKind === 'members',
  });

  return (
    <Modal
      open={props.open}
      title={props.notice ? t('notices.edit') : t('notices.create')}
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
        initialValues={initial(props.notice)}
        onFinish={async (values) => {
          setBusy(true);
          problems.clear();
          const body = {
            title: values.title,
            category: values.category,
            issuer: values.issuer,
            body: values.body,
            audience: audience(values),
            requiresAcknowledgement: values.requiresAcknowledgement,
            acknowledgeBy:
              values.requiresAcknowledgement && values.acknowledgeBy
                ? allianceInstant(values.acknowledgeBy)
                : undefined,
            reminderDaysBefore: values.requiresAcknowledgement
              ? (values.reminderDaysBefore ?? undefined)
              : undefined,
          };
          try {
            const saved = props.notice
              ? await unwrap(
                  api.PATCH('/api/v1/notices/{id}', {
                    params: { path: { id: props.notice.id } },
                    body: { ...body, expectedVersion: props.notice.version },
                  }),
                )
              : await unwrap(api.POST('/api/v1/notices', { body }));
            props.onSaved(saved);
          } catch (error) {
            problems.show(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item
          name="title"
          label={t('notices.titleField')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 200, message: t('form.tooLong', { max: 200 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('notices.category')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={NOTICE_CATEGORIES.map((c) => ({ value: c, label: tx(`notice.category.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t('notices.issuer')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 200, message: t('form.tooLong', { max: 200 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('notices.body')}
          extra={t('notices.bodyHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={8} />
        </Form.Item>
        <Form.Item
          name="audienceKind"
          label={t('notices.audience')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={AUDIENCE_KINDS.map((k) => ({ value: k, label: tx(`notice.audience.${k}`) }))} />
        </Form.Item>
        {audienceKind === 'districts' && (
          <Form.Item
            name="districtCodes"
            label={t('notices.districts')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              mode="multiple"
              options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
            />
          </Form.Item>
        )}
        {audienceKind === 'kinds' && (
          <Form.Item
            name="kinds"
            label={t('notices.kinds')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              mode="multiple"
              options={ORGANISATION_KINDS.map((k) => ({ value: k, label: tx(`member.kind.${k}`) }))}
            />
          </Form.Item>
        )}
        {audienceKind === 'working_group' && (
          <Form.Item
            name="workingGroupId"
            label={t('notices.workingGroup')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              loading={groups.isFetching}
              options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
            />
          </Form.Item>
        )}
        {audienceKind === 'members' && (
          <Form.Item
            name="organisationIds"
            label={t('notices.organisations')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              mode="multiple"
              optionFilterProp="label"
              loading={members.isFetching}
              options={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="requiresAcknowledgement"
          label={t('notices.requiresAcknowledgement')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {requiresAcknowledgement && (
          <>
            <Form.Item
              name="acknowledgeBy"
              label={t('notices.acknowledgeBy')}
              extra={t('time.alliance')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
            <Form.Item name="reminderDaysBefore" label={t('notices.reminderDaysBefore')}>
              <InputNumber min={0} max={60} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
