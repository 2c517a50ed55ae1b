import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { api, unwrap } from '../../api/client';
import { useDistricts } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { OrganisationSelect } from '../../lib/OrganisationSelect';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { useProblemForm } from '../../lib/use-problem-form';
import { RESOURCE_KINDS } from './labels';
import { isTimed, monthRangeProblem, offerBody, openingRowProblem, type OfferFields } from './resource-form';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** A member offers a venue, an expert, equipment, material or places to the alliance, with its booking rules. */
export function OfferResourceDialog(props: { open: boolean; onClose(): void }) {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const [form] = Form.useForm<OfferFields>();
  const problems = useProblemForm(form);
  const kind = Form.useWatch('kind', form);
  const timed = isTimed(kind);

  const offer = useMutation({
    mutationFn: (v: OfferFields) =>
      unwrap(api.POST('/api/v1/resources', { body: offerBody(v, account?.organisationId) })),
    onSuccess: () => {
      message.success(t('resources.offered'));
      void queryClient.invalidateQueries({ queryKey: ['resources'] });
      props.onClose();
    },
    onError: (error) => problems.show(error),
  });

  return (
    <Modal
      open={props.open}
      title={t('resources.offer')}
      okText={t('resources.offerSubmit')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: offer.isPending }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      width={680}
    >
      <ProblemAlert problem={problems.problem} />
      <Form<OfferFields>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'venue', policy: { approval: 'owner' }, capacity: 20, openingHours: [] }}
        onFinish={(v) => (problems.clear(), offer.mutate(v))}
      >
        {!account?.organisationId && (
          <Form.Item
            name="ownerOrganisationId"
            label={t('resources.owner')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <OrganisationSelect />
          </Form.Item>
        )}
        <Form.Item
          name="kind"
          label={t('resources.kind')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={RESOURCE_KINDS.map((k) => ({ value: k, label: tx(`resource.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('resources.name')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 200, message: t('form.tooLong', { max: 200 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('resources.description')}
          rules={[{ max: 4000, message: t('form.tooLong', { max: 4000 }) }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="districtCode"
            label={t('member.district')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              style={{ width: 180 }}
              options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
            />
          </Form.Item>
          <Form.Item
            name="capacity"
            label={t('resources.capacity')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={1} max={10000} />
          </Form.Item>
        </Space>
        <Form.Item
          name="address"
          label={t('resources.address')}
          rules={[{ max: 300, message: t('form.tooLong', { max: 300 }) }]}
        >
          <Input />
        </Form.Item>
        {timed ? (
          <Form.List name="openingHours">
            {(fields, { add, remove }) => (
              <Form.Item label={t('resources.openingHours')} extra={t('resources.openingHoursHint')}>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="start">
                    <Form.Item
                      name={[field.name, 'weekday']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <Select
                        aria-label={t('resources.weekday')}
                        style={{ width: 100 }}
                        options={WEEKDAYS.map((d) => ({ value: d, label: tx(`weekday.${d}`) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'opens']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <Input type="time" aria-label={t('resources.opens')} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'closes']}
                      dependencies={[['openingHours']]}
                      rules={[
                        { required: true, message: t('form.required') },
                        ({ getFieldValue }) => ({
                          validator() {
                            const problem = openingRowProblem(
                              getFieldValue('openingHours') ?? [],
                              field.name,
                            );
                            return problem
                              ? Promise.reject(new Error(t(`resources.hours.${problem}`)))
                              : Promise.resolve();
                          },
                        }),
                      ]}
                    >
                      <Input type="time" aria-label={t('resources.closes')} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('resources.removeHours')}</Button>
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ weekday: 1, opens: '09:00', closes: '17:00' })}>
                  {t('resources.addHours')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
        ) : (
          <Space wrap align="start">
            <Form.Item
              name="availableFrom"
              label={t('resources.availableFrom')}
              rules={[{ pattern: MONTH, message: t('resources.monthFormat') }]}
            >
              <Input type="month" />
            </Form.Item>
            <Form.Item
              name="availableUntil"
              label={t('resources.availableUntil')}
              dependencies={['availableFrom']}
              rules={[
                { pattern: MONTH, message: t('resources.monthFormat') },
                ({ getFieldValue }) => ({
                  validator: (_, value?: string) =>
                    monthRangeProblem(getFieldValue('availableFrom'), value)
                      ? Promise.reject(new Error(t('resources.monthOrder')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <Input type="month" />
            </Form.Item>
          </Space>
        )}
        <Form.Item
          name={['policy', 'approval']}
          label={t('resources.approval')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            options={(['auto', 'owner'] as const).map((a) => ({
              value: a,
              label: tx(`resource.approval.${a}`),
            }))}
          />
        </Form.Item>
        <Space wrap align="start">
          {timed && (
            <Form.Item name={['policy', 'minNoticeMinutes']} label={t('resources.minNotice')}>
              <InputNumber min={0} max={525600} />
            </Form.Item>
          )}
          {timed && (
            <Form.Item name={['policy', 'maxDurationMinutes']} label={t('resources.maxDuration')}>
              <InputNumber min={15} max={44640} />
            </Form.Item>
          )}
          <Form.Item name={['policy', 'monthlyQuota']} label={t('resources.monthlyQuota')}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
