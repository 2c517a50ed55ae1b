import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert } from './ProblemAlert';
import { useProblemForm } from './use-problem-form';

/**
 * A confirmation that asks why (cancelling, revoking, rejecting, reopening): the reason is what the other
 * side reads later, so the gateway's refusal of it appears next to the field.
 */
export function ReasonDialog(props: {
  open: boolean;
  title: string;
  okText: string;
  required: boolean;
  danger?: boolean;
  label?: string;
  onCancel(): void;
  onSubmit(reason: string | undefined): Promise<unknown>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason?: string }>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('form.cancel')}
      okButtonProps={{ danger: props.danger, loading: busy }}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert problem={problems.problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (values) => {
          setBusy(true);
          problems.clear();
          try {
            await props.onSubmit(values.reason?.trim() || undefined);
          } catch (error) {
            problems.show(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item
          name="reason"
          label={props.label ?? t('lifecycle.reason')}
          rules={[
            { required: props.required, whitespace: true, message: t('lifecycle.reasonRequired') },
            { max: 1000, message: t('form.tooLong', { max: 1000 }) },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
