import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { useDistricts } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { creditCodeProblem } from '../../lib/credit-code';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { useProblemForm } from '../../lib/use-problem-form';
import { ALLIANCE_ROLES, KINDS, OWNERSHIPS } from './labels';

type Application = Schemas['ApplyForMembershipDto'];

/** Applying an organisation: the credit code checked as it is typed, the gateway's refusals next to their fields. */
export default function ApplyPage() {
  const { t, tx } = useI18n();
  const { role } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Application>();
  const problems = useProblemForm(form);
  const districts = useDistricts();

  async function submit(values: Application) {
    problems.clear();
    try {
      // Optional fields left empty are not sent (an empty e-mail is not an e-mail).
      const body: Application = {
        ...values,
        nameEn: values.nameEn?.trim() || undefined,
        contacts: values.contacts.map((c) => ({ ...c, email: c.email?.trim() || undefined })),
      };
      const member = await unwrap(api.POST('/api/v1/members', { body }));
      message.success(t('apply.done', { name: member.name }));
      void queryClient.invalidateQueries({ queryKey: ['members'] });
      void queryClient.invalidateQueries({ queryKey: ['figures'] });
      navigate(`/members/${member.id}`);
    } catch (error) {
      problems.show(error);
    }
  }

  const required = { required: true, whitespace: true, message: t('form.required') };

  return (
    <>
      <Typography.Title level={2}>{t('apply.title')}</Typography.Title>
      <Card>
        <ProblemAlert problem={problems.problem} onClose={problems.clear} />
        <Form<Application>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            contacts: [{ name: '', role: '', phone: '' }],
            licensedPlaces: 0,
            affordablePlaces: 0,
            allianceRole: 'member',
          }}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('member.name')} rules={[required, { max: 200 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="nameEn" label={t('member.nameEn')} rules={[{ max: 200 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="creditCode"
                label={t('member.creditCode')}
                required
                extra={t('apply.creditCodeHelp')}
                validateTrigger={['onChange', 'onBlur']}
                normalize={(value: string) => value?.toUpperCase().replace(/\s/g, '')}
                hasFeedback
                rules={[
                  {
                    validator: async (_, value: string | undefined) => {
                      const problem = creditCodeProblem(value ?? '');
                      if (problem) {
                        throw new Error(tx(`apply.creditCode.${problem}`, { count: (value ?? '').length }));
                      }
                    },
                  },
                ]}
              >
                <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="districtCode"
                label={t('member.district')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select
                  loading={districts.isLoading}
                  options={(districts.data ?? [])
                    .filter((d) => d.active)
                    .map((d) => ({ value: d.code, label: d.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="kind"
                label={t('member.kind')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select options={KINDS.map((k) => ({ value: k, label: tx(`member.kind.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="ownership"
                label={t('member.ownership')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Select options={OWNERSHIPS.map((o) => ({ value: o, label: tx(`member.ownership.${o}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="allianceRole" label={t('member.allianceRole')}>
                <Select
                  disabled={role !== 'alliance_admin'}
                  options={ALLIANCE_ROLES.map((r) => ({ value: r, label: tx(`member.allianceRole.${r}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="address" label={t('member.address')} rules={[required, { max: 300 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="licensedPlaces"
                label={t('member.licensedPlaces')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="affordablePlaces"
                label={t('member.affordablePlaces')}
                dependencies={['licensedPlaces']}
                rules={[
                  { required: true, message: t('form.required') },
                  ({ getFieldValue }) => ({
                    validator: async (_, value: number) => {
                      if (value > (getFieldValue('licensedPlaces') ?? 0))
                        throw new Error(t('apply.affordableTooMany'));
                    },
                  }),
                ]}
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('member.contacts')}
          </Typography.Title>
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Row gutter={8} key={field.key} align="top">
                    <Col xs={24} md={5}>
                      <Form.Item name={[field.name, 'name']} label={t('contact.name')} rules={[required]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={5}>
                      <Form.Item name={[field.name, 'role']} label={t('contact.role')} rules={[required]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'phone']} label={t('contact.phone')} rules={[required]}>
                        <Input inputMode="tel" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'email']}
                        label={t('contact.email')}
                        rules={[{ type: 'email', message: t('contact.emailInvalid') }]}
                      >
                        <Input inputMode="email" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2}>
                      <Form.Item label={<span aria-hidden>&nbsp;</span>}>
                        <Button
                          disabled={fields.length <= 1}
                          onClick={() => remove(field.name)}
                          aria-label={t('contact.remove', { n: index + 1 })}
                        >
                          −
                        </Button>
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <div style={{ marginBottom: 8 }}>
                  <Button
                    disabled={fields.length >= 10}
                    onClick={() => add({ name: '', role: '', phone: '' })}
                  >
                    {t('contact.add')}
                  </Button>
                </div>
              </>
            )}
          </Form.List>
          <Space style={{ marginTop: 24 }}>
            <Button type="primary" htmlType="submit">
              {t('apply.submit')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('form.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
