import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { useProblemForm } from '../../lib/use-problem-form';
import { CATEGORIES, COURSE_TONES, STAFF_ROLES, type Course } from './labels';

/** The catalogue: what can be taught, drafted by trainers and published before sessions are scheduled. */
export default function CoursesPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [status, setStatus] = useState<Course['status'] | undefined>();
  const [category, setCategory] = useState<Course['category'] | undefined>();
  const [creating, setCreating] = useState(false);
  const [retiring, setRetiring] = useState<Course | null>(null);
  const [form] = Form.useForm<Schemas['CreateCourseDto']>();
  const problems = useProblemForm(form);

  const courses = useQuery({
    queryKey: ['courses', status, category],
    queryFn: () =>
      unwrap(api.GET('/api/v1/courses', { params: { query: { status, category, limit: 100 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['courses'] });

  const create = useMutation({
    mutationFn: (body: Schemas['CreateCourseDto']) => unwrap(api.POST('/api/v1/courses', { body })),
    onSuccess: () => {
      setCreating(false);
      message.success(t('form.saved'));
      void refresh();
    },
    onError: (error) => problems.show(error),
  });
  const publish = useMutation({
    mutationFn: (c: Course) =>
      unwrap(
        api.POST('/api/v1/courses/{id}/publish', {
          params: { path: { id: c.id } },
          body: { expectedVersion: c.version },
        }),
      ),
    onSuccess: () => {
      message.success(t('courses.published'));
      void refresh();
    },
    onError: () => void refresh(),
  });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('courses.title')}</Typography.Title>
        {can(account, 'course.create') && (
          <Button type="primary" onClick={() => (problems.clear(), setCreating(true))}>
            {t('courses.create')}
          </Button>
        )}
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('courses.status')}
            placeholder={t('courses.status')}
            allowClear
            style={{ width: 160 }}
            value={status}
            onChange={setStatus}
            options={(['draft', 'published', 'retired'] as const).map((s) => ({
              value: s,
              label: tx(`course.status.${s}`),
            }))}
          />
          <Select
            aria-label={t('courses.category')}
            placeholder={t('courses.category')}
            allowClear
            style={{ width: 220 }}
            value={category}
            onChange={setCategory}
            options={CATEGORIES.map((c) => ({ value: c, label: tx(`course.category.${c}`) }))}
          />
        </Space>
        {courses.error instanceof ApiError && <ProblemAlert problem={courses.error.problem} />}
        {publish.error instanceof ApiError && <ProblemAlert problem={publish.error.problem} />}
        <Table<Course>
          rowKey="id"
          loading={courses.isFetching}
          dataSource={courses.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('courses.empty')}</EmptyText> }}
          columns={[
            { title: t('courses.code'), dataIndex: 'code' },
            { title: t('courses.name'), dataIndex: 'title' },
            {
              title: t('courses.category'),
              dataIndex: 'category',
              render: (c: string) => tx(`course.category.${c}`),
            },
            { title: t('courses.creditHours'), dataIndex: 'creditHours', align: 'right' },
            {
              title: t('courses.targetRoles'),
              dataIndex: 'targetRoles',
              render: (roles: string[]) =>
                roles.length ? roles.map((r) => tx(`staff.role.${r}`)).join('、') : t('courses.everyone'),
            },
            {
              title: t('courses.status'),
              dataIndex: 'status',
              render: (s: Course['status']) => (
                <StatusTag tone={COURSE_TONES[s]}>{tx(`course.status.${s}`)}</StatusTag>
              ),
            },
            {
              title: t('table.actions'),
              render: (_, c) => (
                <Space wrap>
                  {c.status === 'draft' && can(account, 'course.publish') && (
                    <Button
                      size="small"
                      type="primary"
                      loading={publish.isPending}
                      onClick={() => publish.mutate(c)}
                    >
                      {t('courses.publish')}
                    </Button>
                  )}
                  {c.status === 'published' && can(account, 'course.retire') && (
                    <Button size="small" danger onClick={() => setRetiring(c)}>
                      {t('courses.retire')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={creating}
        title={t('courses.create')}
        okText={t('form.save')}
        cancelText={t('form.cancel')}
        okButtonProps={{ loading: create.isPending }}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ProblemAlert problem={problems.problem} />
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ creditHours: 8, targetRoles: [], completionThresholdPercent: 80 }}
          onFinish={(values) =>
            create.mutate({
              ...values,
              code: values.code.trim(),
              title: values.title.trim(),
              description: values.description?.trim() || undefined,
            })
          }
        >
          <Form.Item
            name="code"
            label={t('courses.code')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input placeholder="TY-101" />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('courses.name')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="category"
            label={t('courses.category')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={CATEGORIES.map((c) => ({ value: c, label: tx(`course.category.${c}`) }))} />
          </Form.Item>
          <Form.Item
            name="creditHours"
            label={t('courses.creditHours')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={0.5} max={200} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="targetRoles" label={t('courses.targetRoles')} extra={t('courses.targetRolesHelp')}>
            <Select
              mode="multiple"
              options={STAFF_ROLES.map((r) => ({ value: r, label: tx(`staff.role.${r}`) }))}
            />
          </Form.Item>
          <Form.Item name="certificateValidityMonths" label={t('courses.validityMonths')}>
            <InputNumber min={1} max={120} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="completionThresholdPercent" label={t('courses.threshold')}>
            <InputNumber min={1} max={100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="description" label={t('courses.description')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <ReasonDialog
        open={retiring !== null}
        title={retiring ? `${t('courses.retire')} · ${retiring.title}` : ''}
        okText={t('courses.retire')}
        required={false}
        danger
        onCancel={() => setRetiring(null)}
        onSubmit={async (reason) => {
          if (!retiring) return;
          await unwrap(
            api.POST('/api/v1/courses/{id}/retire', {
              params: { path: { id: retiring.id } },
              body: { expectedVersion: retiring.version, reason },
            }),
          );
          setRetiring(null);
          message.success(t('form.saved'));
          await refresh();
        }}
      />
    </>
  );
}
