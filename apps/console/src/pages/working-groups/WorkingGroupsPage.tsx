import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { useProblemForm } from '../../lib/use-problem-form';
import { formatDate } from '../../lib/time';

type WorkingGroup = Schemas['WorkingGroup'];
type Dialog = { kind: 'form' } | { kind: 'add' | 'dissolve'; group: WorkingGroup } | null;

/** Admitted organisations to choose from, searched by name as typed. */
function useOrganisationOptions(q: string) {
  return useQuery({
    queryKey: ['members', 'options', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/members', {
          params: { query: { status: 'admitted', limit: 50, ...(q ? { q } : {}) } },
        }),
      ),
    select: (page) => page.items.map((m) => ({ value: m.id, label: m.name })),
  });
}

function OrganisationSelect(props: {
  value?: string | string[];
  onChange?: (v: never) => void;
  multiple?: boolean;
}) {
  const [q, setQ] = useState('');
  const options = useOrganisationOptions(q);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      mode={props.multiple ? 'multiple' : undefined}
      value={props.value as never}
      onChange={props.onChange}
      loading={options.isFetching}
      options={options.data ?? []}
    />
  );
}

export default function WorkingGroupsPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const problems = useProblemForm(form);
  const groups = useQuery({
    queryKey: ['working-groups'],
    queryFn: () => unwrap(api.GET('/api/v1/working-groups', {})),
  });

  const save = useMutation({
    mutationFn: async (values: Record<string, unknown>) => {
      if (dialog?.kind === 'form') {
        return unwrap(api.POST('/api/v1/working-groups', { body: values as Schemas['FormWorkingGroupDto'] }));
      }
      if (dialog?.kind === 'add') {
        return unwrap(
          api.POST('/api/v1/working-groups/{id}/members', {
            params: { path: { id: dialog.group.id } },
            body: { organisationId: values.organisationId as string, expectedVersion: dialog.group.version },
          }),
        );
      }
      if (dialog?.kind === 'dissolve') {
        return unwrap(
          api.POST('/api/v1/working-groups/{id}/dissolve', {
            params: { path: { id: dialog.group.id } },
            body: { reason: (values.reason as string) || undefined, expectedVersion: dialog.group.version },
          }),
        );
      }
      throw new Error('no dialog');
    },
    onSuccess: () => {
      setDialog(null);
      form.resetFields();
      message.success(t('form.saved'));
      void queryClient.invalidateQueries({ queryKey: ['working-groups'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        void queryClient.invalidateQueries({ queryKey: ['working-groups'] });
      }
      problems.show(error);
    },
  });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('workingGroups.title')}</Typography.Title>
        {can(account, 'workingGroup.form') && (
          <Button type="primary" onClick={() => (problems.clear(), setDialog({ kind: 'form' }))}>
            {t('workingGroups.form')}
          </Button>
        )}
      </Space>
      <Card>
        {groups.error instanceof ApiError && <ProblemAlert problem={groups.error.problem} />}
        <Table<WorkingGroup>
          rowKey="id"
          loading={groups.isLoading}
          dataSource={groups.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('workingGroups.empty')}</EmptyText> }}
          expandable={{
            expandedRowRender: (g) => (
              <Space wrap>
                {g.members.map((m) => (
                  <StatusTag key={m.organisationId} tone={m.role === 'chair' ? 'blue' : 'grey'}>
                    <Link to={`/members/${m.organisationId}`}>{m.organisationName}</Link>
                    {m.role === 'chair' ? ` · ${t('workingGroups.chair')}` : ''}
                  </StatusTag>
                ))}
              </Space>
            ),
          }}
          columns={[
            { title: t('workingGroups.name'), dataIndex: 'name' },
            {
              title: t('workingGroups.chair'),
              dataIndex: 'chairOrganisationName',
              render: (n: string | null) => n ?? '—',
            },
            { title: t('workingGroups.members'), render: (_, g) => g.members.length, align: 'right' },
            {
              title: t('member.status'),
              dataIndex: 'status',
              render: (s: string, g) => (
                <Space>
                  <StatusTag tone={s === 'active' ? 'green' : 'grey'}>
                    {tx(`workingGroups.status.${s}`)}
                  </StatusTag>
                  {g.needsChair && <StatusTag tone="orange">{t('workingGroups.needsChair')}</StatusTag>}
                </Space>
              ),
            },
            {
              title: t('workingGroups.formedAt'),
              dataIndex: 'formedAt',
              render: (d: string) => formatDate(d),
            },
            {
              title: t('table.actions'),
              render: (_, g) =>
                g.status === 'active' && (
                  <Space wrap>
                    {can(account, 'workingGroup.addMember') && (
                      <Button
                        size="small"
                        onClick={() => (problems.clear(), setDialog({ kind: 'add', group: g }))}
                      >
                        {t('workingGroups.addMember')}
                      </Button>
                    )}
                    {can(account, 'workingGroup.dissolve') && (
                      <Button
                        size="small"
                        danger
                        onClick={() => (problems.clear(), setDialog({ kind: 'dissolve', group: g }))}
                      >
                        {t('workingGroups.dissolve')}
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={dialog !== null}
        title={
          dialog?.kind === 'form'
            ? t('workingGroups.form')
            : dialog?.kind === 'add'
              ? `${t('workingGroups.addMember')} · ${dialog.group.name}`
              : dialog?.kind === 'dissolve'
                ? `${t('workingGroups.dissolve')} · ${dialog.group.name}`
                : ''
        }
        okText={t('form.save')}
        cancelText={t('form.cancel')}
        okButtonProps={{ loading: save.isPending, danger: dialog?.kind === 'dissolve' }}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ProblemAlert problem={problems.problem} />
        <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)} preserve={false}>
          {dialog?.kind === 'form' && (
            <>
              <Form.Item
                name="name"
                label={t('workingGroups.name')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="description" label={t('workingGroups.description')}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item
                name="chairOrganisationId"
                label={t('workingGroups.chair')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <OrganisationSelect />
              </Form.Item>
              <Form.Item name="memberOrganisationIds" label={t('workingGroups.members')}>
                <OrganisationSelect multiple />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'add' && (
            <Form.Item
              name="organisationId"
              label={t('workingGroups.organisation')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <OrganisationSelect />
            </Form.Item>
          )}
          {dialog?.kind === 'dissolve' && (
            <Form.Item name="reason" label={t('lifecycle.reason')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
