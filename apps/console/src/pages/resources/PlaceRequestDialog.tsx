import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { OrganisationSelect } from '../../lib/OrganisationSelect';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { useProblemForm } from '../../lib/use-problem-form';
import type { Resource } from './labels';
import { monthRangeProblem } from './resource-form';

interface Fields {
  organisationId?: string;
  quantity: number;
  fromMonth: string;
  toMonth: string;
  purpose: string;
}
const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** Asking a member for some of the places it offers, for months; the owner decides. */
export function PlaceRequestDialog(props: { resource: Resource | null; onClose(): void }) {
  const { t } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Fields>();
  const problems = useProblemForm(form);
  const request = useMutation({
    mutationFn: (v: Fields) =>
      unwrap(
        api.POST('/api/v1/place-requests', {
          body: {
            resourceId: props.resource?.id ?? '',
            organisationId: account?.organisationId ?? v.organisationId ?? '',
            quantity: v.quantity,
            fromMonth: v.fromMonth,
            toMonth: v.toMonth,
            purpose: v.purpose.trim(),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('places.requested'));
      void queryClient.invalidateQueries({ queryKey: ['place-requests'] });
      props.onClose();
      navigate('/place-requests');
    },
    onError: (error) => problems.show(error),
  });
  const required = { required: true, message: t('form.required') };
  return (
    <Modal
      open={props.resource !== null}
      title={props.resource ? `${t('places.request')} · ${props.resource.title}` : ''}
      okText={t('places.requestSubmit')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: request.isPending }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert problem={problems.problem} />
      <Form<Fields>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ quantity: 1 }}
        onFinish={(v) => (problems.clear(), request.mutate(v))}
      >
        {!account?.organisationId && (
          <Form.Item name="organisationId" label={t('resources.forOrganisation')} rules={[required]}>
            <OrganisationSelect />
          </Form.Item>
        )}
        <Form.Item name="quantity" label={t('places.quantity')} rules={[required]}>
          <InputNumber min={1} max={10000} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="fromMonth"
            label={t('places.fromMonth')}
            rules={[required, { pattern: MONTH, message: t('resources.monthFormat') }]}
          >
            <Input type="month" />
          </Form.Item>
          <Form.Item
            name="toMonth"
            label={t('places.toMonth')}
            dependencies={['fromMonth']}
            rules={[
              required,
              { pattern: MONTH, message: t('resources.monthFormat') },
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  monthRangeProblem(getFieldValue('fromMonth'), value)
                    ? Promise.reject(new Error(t('resources.monthOrder')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input type="month" />
          </Form.Item>
        </Space>
        <Form.Item
          name="purpose"
          label={t('resources.purpose')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 500, message: t('form.tooLong', { max: 500 }) },
          ]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
