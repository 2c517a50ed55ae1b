import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ROLES } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { StatusTag } from '../../lib/StatusTag';
import { useProblemForm } from '../../lib/use-problem-form';
import { formatDateTime } from '../../lib/time';

type Account = Schemas['Account'];
type NewAccount = Schemas['CreateAccountBody'];

export default function AccountsPage() {
  const { t, tx } = useI18n();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<NewAccount>();
  const problems = useProblemForm(form);
  const role = Form.useWatch('role', form);
  const accounts = useQuery({
    queryKey: ['accounts'],
    queryFn: () => unwrap(api.GET('/api/v1/accounts', {})),
  });
  const members = useQuery({
    queryKey: ['members', 'options', 'accounts'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/members', { params: { query: { status: 'admitted', limit: 100 } } })),
    enabled: creating,
  });

  const create = useMutation({
    mutationFn: (body: NewAccount) => unwrap(api.POST('/api/v1/accounts', { body })),
    onSuccess: () => {
      setCreating(false);
      form.resetFields();
      message.success(t('form.saved'));
      void queryClient.invalidateQueries({ queryKey: ['accounts'] });
    },
    onError: (error) => problems.show(error),
  });
  const update = useMutation({
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) =>
      unwrap(api.PATCH('/api/v1/accounts/{id}', { params: { path: { id } }, body: { disabled } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['accounts'] }),
    onError: (error) =>
      error instanceof ApiError && message.error(error.problem.detail || error.problem.title),
  });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('accounts.title')}</Typography.Title>
        <Button type="primary" onClick={() => (problems.clear(), setCreating(true))}>
          {t('accounts.create')}
        </Button>
      </Space>
      <Card>
        {accounts.error instanceof ApiError && <ProblemAlert problem={accounts.error.problem} />}
        <Table<Account>
          rowKey="id"
          loading={accounts.isLoading}
          dataSource={accounts.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: t('auth.username'), dataIndex: 'username' },
            { title: t('accounts.role'), dataIndex: 'role', render: (r: string) => tx(`role.${r}`) },
            {
              title: t('accounts.state'),
              render: (_, a) => (
                <Space>
                  {a.mustChangePassword && (
                    <StatusTag tone="orange">{t('accounts.temporaryPassword')}</StatusTag>
                  )}
                  <Switch
                    aria-label={t('accounts.enabled')}
                    checked={!a.disabled}
                    loading={update.isPending && update.variables?.id === a.id}
                    onChange={(enabled) => update.mutate({ id: a.id, disabled: !enabled })}
                  />
                  {a.disabled ? t('accounts.disabled') : t('accounts.enabled')}
                </Space>
              ),
            },
            {
              title: t('accounts.createdAt'),
              dataIndex: 'createdAt',
              render: (d: string) => formatDateTime(d),
            },
          ]}
        />
      </Card>
      <Modal
        open={creating}
        title={t('accounts.create')}
        okText={t('form.save')}
        cancelText={t('form.cancel')}
        okButtonProps={{ loading: create.isPending }}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ProblemAlert problem={problems.problem} />
        <Form<NewAccount> form={form} layout="vertical" onFinish={(values) => create.mutate(values)}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('accounts.temporaryPassword')}
            extra={t('accounts.temporaryPasswordHelp')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="role"
            label={t('accounts.role')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={ROLES.map((r) => ({ value: r, label: tx(`role.${r}`) }))} />
          </Form.Item>
          {role === 'member_rep' && (
            <Form.Item
              name="organisationId"
              label={t('workingGroups.organisation')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={members.isLoading}
                options={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
