import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { OrganisationSelect } from '../../lib/OrganisationSelect';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { useProblemForm } from '../../lib/use-problem-form';
import { PRACTICE_KINDS, type Practice } from './labels';

type Values = Schemas['CreatePracticeDto'];
const TRAINING_CATEGORIES: Values['trainingCategories'] = [
  'care_and_feeding',
  'health_and_hygiene',
  'safety_and_first_aid',
  'early_development',
  'parenting_guidance',
  'medical_childcare_integration',
  'management',
];
const SUGGESTED_TAGS = ['医育结合', '普惠运营', '托幼一体化', '科学育儿'];

/** A library entry as a draft: what it is, its text, tags, who contributed it, what it illustrates. */
export function PracticeForm(props: { open: boolean; onClose(): void; onSaved(p: Practice): void }) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={props.open}
      title={t('practices.create')}
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
        initialValues={{ kind: 'case', tags: [], standardCodes: [], trainingCategories: [] }}
        onFinish={async (values) => {
          setBusy(true);
          problems.clear();
          try {
            props.onSaved(
              await unwrap(
                api.POST('/api/v1/practices', {
                  body: values,
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
          name="kind"
          label={t('practices.kind')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={PRACTICE_KINDS.map((k) => ({ value: k, label: tx(`practice.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('practices.titleField')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 200, message: t('form.tooLong', { max: 200 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('practices.summary')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: 2000, message: t('form.tooLong', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('practices.body')}
          extra={t('notices.bodyHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={8} />
        </Form.Item>
        <Form.Item name="tags" label={t('practices.tags')}>
          <Select mode="tags" options={SUGGESTED_TAGS.map((x) => ({ value: x, label: x }))} />
        </Form.Item>
        <Form.Item name="contributorOrganisationId" label={t('practices.contributor')}>
          <OrganisationSelect ariaLabel={t('practices.contributor')} />
        </Form.Item>
        <Form.Item
          name="standardCodes"
          label={t('practices.standardCodes')}
          extra={t('practices.standardCodesHint')}
        >
          <Select mode="tags" open={false} />
        </Form.Item>
        <Form.Item name="trainingCategories" label={t('practices.trainingCategories')}>
          <Select
            mode="multiple"
            options={TRAINING_CATEGORIES.map((c) => ({ value: c, label: tx(`course.category.${c}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
