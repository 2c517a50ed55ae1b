import { useState } from 'react';
import dayjs from 'dayjs';
import { DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { allianceInstant, inAlliance } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import { AudienceFields } from './audience';
import { audienceOf, type AudienceValues } from './audience-values';
import { AUDIENCE_KINDS, NOTICE_CATEGORIES, type Notice } from './labels';

interface Values extends AudienceValues {
  title: string;
  category: Notice['category'];
  issuer: string;
  body: string;
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
  const audienceKind = Form.useWatch('audienceKind', form);
  const requiresAcknowledgement = Form.useWatch('requiresAcknowledgement', form);
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
            audience: audienceOf(values),
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
        <AudienceFields kind={audienceKind} open={props.open} />
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
