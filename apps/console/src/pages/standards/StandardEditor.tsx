import { useState } from 'react';
import { Button, Card, Checkbox, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { useProblemForm } from '../../lib/use-problem-form';
import { useI18n } from '../../i18n/i18n';
import { KINDS } from '../members/labels';
import { CATEGORIES } from '../training/labels';
import {
  areaPoints,
  duplicateCodes,
  gradeBandProblem,
  totalPoints,
  type AreaFields,
  type StandardFields,
} from './standard-form';

const CODE = /^[A-Z0-9][A-Z0-9.-]{0,39}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Authoring a draft standard: its areas, their criteria with points, veto and evidence, and the grade bands.
 * The areas' maxima and the total are worked out from the points, so they always add up.
 */
export function StandardEditor(props: {
  open: boolean;
  title: string;
  /** A new standard takes its code here; a draft keeps the one it has. */
  withCode: boolean;
  initialValues?: Partial<StandardFields>;
  onClose(): void;
  onSubmit(values: StandardFields): Promise<unknown>;
}) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<StandardFields>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  const areas = (Form.useWatch('areas', form) ?? []) as (AreaFields | undefined)[];
  const required = { required: true, message: t('form.required') };
  const codeRules = [required, { pattern: CODE, message: t('standards.codeFormat') }];
  const duplicate = (path: (string | number)[]) => ({
    validator: () =>
      duplicateCodes(form.getFieldValue('areas') ?? []).some((p) => p.join('.') === path.join('.'))
        ? Promise.reject(new Error(t('standards.codeTwice')))
        : Promise.resolve(),
  });
  const bandRule = {
    validator: () => {
      const problem = gradeBandProblem(form.getFieldsValue(['minA', 'minB', 'minC']));
      return problem ? Promise.reject(new Error(t(`standards.bands.${problem}`))) : Promise.resolve();
    },
  };

  return (
    <Drawer
      open={props.open}
      title={props.title}
      size="large"
      onClose={props.onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>{t('form.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {t('form.save')}
          </Button>
        </Space>
      }
    >
      <ProblemAlert problem={problems.problem} />
      <Form<StandardFields>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          props.initialValues ?? { areas: [{ criteria: [{ points: 10 }] }], minA: 90, minB: 75, minC: 60 }
        }
        onFinish={async (values) => {
          setBusy(true);
          problems.clear();
          try {
            await props.onSubmit(values);
          } catch (error) {
            problems.show(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        {props.withCode && (
          <Form.Item
            name="code"
            label={t('standards.code')}
            rules={codeRules}
            extra={t('standards.codeHint')}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('standards.titleField')}
          rules={[
            { ...required, whitespace: true },
            { max: 300, message: t('form.tooLong', { max: 300 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="issuer"
            label={t('standards.issuer')}
            rules={[
              { ...required, whitespace: true },
              { max: 300, message: t('form.tooLong', { max: 300 }) },
            ]}
          >
            <Input style={{ width: 280 }} />
          </Form.Item>
          <Form.Item
            name="effectiveFrom"
            label={t('standards.effectiveFrom')}
            rules={[required, { pattern: DATE, message: t('form.date') }]}
          >
            <Input type="date" />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('standards.gradeBands')}</Typography.Title>
        <Space wrap align="start">
          {(['minA', 'minB', 'minC'] as const).map((name, i) => (
            <Form.Item
              key={name}
              name={name}
              label={t('standards.bandFrom', { grade: ['A', 'B', 'C'][i] })}
              dependencies={['minA', 'minB', 'minC'].filter((n) => n !== name)}
              rules={[required, bandRule]}
            >
              <InputNumber min={1} max={100} addonAfter="%" />
            </Form.Item>
          ))}
          <Form.Item label={t('standards.bandFrom', { grade: 'D' })}>
            <InputNumber
              value={0}
              disabled
              addonAfter="%"
              aria-label={t('standards.bandFrom', { grade: 'D' })}
            />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>
          {t('standards.areas')} · {t('standards.totalPoints', { points: totalPoints(areas) })}
        </Typography.Title>
        <Form.List
          name="areas"
          rules={[
            {
              validator: async (_, v) =>
                v?.length ? undefined : Promise.reject(new Error(t('standards.needArea'))),
            },
          ]}
        >
          {(areaFields, { add: addArea, remove: removeArea }, { errors }) => (
            <>
              {areaFields.map((areaField) => (
                <Card
                  key={areaField.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('standards.areaPoints', { points: areaPoints(areas[areaField.name]) })}
                  extra={
                    areaFields.length > 1 && (
                      <Button size="small" onClick={() => removeArea(areaField.name)}>
                        {t('standards.removeArea')}
                      </Button>
                    )
                  }
                >
                  <Space wrap align="start">
                    <Form.Item
                      name={[areaField.name, 'code']}
                      label={t('standards.code')}
                      dependencies={[['areas']]}
                      rules={[...codeRules, duplicate(['areas', areaField.name, 'code'])]}
                    >
                      <Input style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item
                      name={[areaField.name, 'title']}
                      label={t('standards.areaTitle')}
                      rules={[
                        { ...required, whitespace: true },
                        { max: 200, message: t('form.tooLong', { max: 200 }) },
                      ]}
                    >
                      <Input style={{ width: 320 }} />
                    </Form.Item>
                  </Space>
                  <Form.List name={[areaField.name, 'criteria']}>
                    {(criterionFields, { add, remove }) => (
                      <>
                        {criterionFields.map((cf) => (
                          <Card key={cf.key} type="inner" size="small" style={{ marginBottom: 8 }}>
                            <Space wrap align="start">
                              <Form.Item
                                name={[cf.name, 'code']}
                                label={t('standards.code')}
                                dependencies={[['areas']]}
                                rules={[
                                  ...codeRules,
                                  duplicate(['areas', areaField.name, 'criteria', cf.name, 'code']),
                                ]}
                              >
                                <Input style={{ width: 110 }} />
                              </Form.Item>
                              <Form.Item
                                name={[cf.name, 'points']}
                                label={t('standards.points')}
                                rules={[required]}
                              >
                                <InputNumber min={1} max={1000} />
                              </Form.Item>
                              <Form.Item name={[cf.name, 'veto']} valuePropName="checked" label=" ">
                                <Checkbox>{t('audit.veto')}</Checkbox>
                              </Form.Item>
                              <Form.Item
                                name={[cf.name, 'evidenceRequired']}
                                valuePropName="checked"
                                label=" "
                              >
                                <Checkbox>{t('audit.evidenceRequired')}</Checkbox>
                              </Form.Item>
                              {criterionFields.length > 1 && (
                                <Form.Item label=" ">
                                  <Button size="small" onClick={() => remove(cf.name)}>
                                    {t('standards.removeCriterion')}
                                  </Button>
                                </Form.Item>
                              )}
                            </Space>
                            <Form.Item
                              name={[cf.name, 'text']}
                              label={t('standards.criterionText')}
                              rules={[
                                { ...required, whitespace: true },
                                { max: 2000, message: t('form.tooLong', { max: 2000 }) },
                              ]}
                            >
                              <Input.TextArea rows={2} />
                            </Form.Item>
                            <Space wrap align="start">
                              <Form.Item
                                name={[cf.name, 'appliesTo']}
                                label={t('standards.appliesTo')}
                                extra={t('standards.appliesToHint')}
                              >
                                <Select
                                  mode="multiple"
                                  style={{ minWidth: 240 }}
                                  options={KINDS.map((k) => ({ value: k, label: tx(`member.kind.${k}`) }))}
                                />
                              </Form.Item>
                              <Form.Item
                                name={[cf.name, 'trainingCategory']}
                                label={t('standards.trainingCategory')}
                              >
                                <Select
                                  allowClear
                                  style={{ width: 200 }}
                                  options={CATEGORIES.map((c) => ({
                                    value: c,
                                    label: tx(`course.category.${c}`),
                                  }))}
                                />
                              </Form.Item>
                            </Space>
                          </Card>
                        ))}
                        <Button type="dashed" size="small" onClick={() => add({ points: 10 })}>
                          {t('standards.addCriterion')}
                        </Button>
                      </>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" onClick={() => addArea({ criteria: [{ points: 10 }] })}>
                {t('standards.addArea')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
