import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { OrganisationSelect } from '../../lib/OrganisationSelect';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { useProblemForm } from '../../lib/use-problem-form';
import { STAFF_ROLES, type Staff } from './labels';
import { LeaveDialog, StaffRecordDrawer } from './StaffRecord';

interface Fields {
  organisationId?: string;
  name: string;
  role: Staff['role'];
  hiredOn: string;
  healthCertificateExpiresOn?: string;
}

/** Talent records: who works at the organisations, their role and certificates' dates. */
export default function StaffPage() {
  const { t, tx } = useI18n();
  const { account, role } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Staff['status'] | undefined>('active');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [registering, setRegistering] = useState(false);
  const [viewing, setViewing] = useState<Staff | null>(null);
  const [leaving, setLeaving] = useState<Staff | null>(null);
  const [form] = Form.useForm<Fields>();
  const problems = useProblemForm(form);

  const staff = useQuery({
    queryKey: ['staff', 'list', q, status, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/staff', { params: { query: { status, cursor, limit: 50, ...(q ? { q } : {}) } } }),
      ),
    placeholderData: keepPreviousData,
  });

  const register = useMutation({
    mutationFn: (values: Fields) => {
      const organisationId = role === 'member_rep' ? account?.organisationId : values.organisationId;
      const body: Schemas['RegisterStaffDto'] = {
        organisationId: organisationId ?? '',
        name: values.name.trim(),
        role: values.role,
        hiredOn: values.hiredOn,
        ...(values.healthCertificateExpiresOn
          ? { healthCertificateExpiresOn: values.healthCertificateExpiresOn }
          : {}),
      };
      return unwrap(api.POST('/api/v1/staff', { body }));
    },
    onSuccess: (s) => {
      setRegistering(false);
      message.success(t('staff.registered', { name: s.name }));
      void queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
    onError: (error) => problems.show(error),
  });

  const mayRegister = can(account, 'staff.register') && (role !== 'member_rep' || !!account?.organisationId);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('staff.title')}</Typography.Title>
        {mayRegister && (
          <Button type="primary" onClick={() => (problems.clear(), setRegistering(true))}>
            {t('staff.register')}
          </Button>
        )}
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }} role="search">
          <Input.Search
            aria-label={t('staff.search')}
            placeholder={t('staff.search')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => (setQ(value.trim()), setCursors([undefined]))}
            style={{ width: 240 }}
            enterButton={t('members.searchButton')}
          />
          <Select
            aria-label={t('staff.status')}
            placeholder={t('staff.status')}
            allowClear
            style={{ width: 140 }}
            value={status}
            onChange={(v) => (setStatus(v), setCursors([undefined]))}
            options={(['active', 'left'] as const).map((s) => ({ value: s, label: tx(`staff.status.${s}`) }))}
          />
        </Space>
        {staff.error instanceof ApiError && <ProblemAlert problem={staff.error.problem} />}
        <Table<Staff>
          rowKey="id"
          loading={staff.isFetching}
          dataSource={staff.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyText>{t('staff.empty')}</EmptyText> }}
          columns={[
            { title: t('staff.name'), dataIndex: 'name' },
            {
              title: t('staff.organisation'),
              dataIndex: 'organisationName',
              render: (n: string | null) => n ?? '—',
            },
            { title: t('staff.role'), dataIndex: 'role', render: (r: string) => tx(`staff.role.${r}`) },
            { title: t('staff.hiredOn'), dataIndex: 'hiredOn' },
            {
              title: t('staff.healthCertificate'),
              dataIndex: 'healthCertificateExpiresOn',
              render: (d: string | null) => d ?? '—',
            },
            {
              title: t('staff.status'),
              dataIndex: 'status',
              render: (s: Staff['status']) => (
                <StatusTag tone={s === 'active' ? 'green' : 'grey'}>{tx(`staff.status.${s}`)}</StatusTag>
              ),
            },
            {
              title: t('table.actions'),
              render: (_, p) => (
                <Space wrap>
                  <Button size="small" onClick={() => setViewing(p)}>
                    {t('staff.record')}
                  </Button>
                  {p.status === 'active' &&
                    can(account, 'staff.leave') &&
                    (role !== 'member_rep' || p.organisationId === account?.organisationId) && (
                      <Button size="small" danger onClick={() => setLeaving(p)}>
                        {t('staff.leave')}
                      </Button>
                    )}
                </Space>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('paging.previous')}
          </Button>
          <Button
            disabled={!staff.data?.nextCursor}
            onClick={() => setCursors([...cursors, staff.data?.nextCursor ?? undefined])}
          >
            {t('paging.next')}
          </Button>
        </Space>
      </Card>
      <Modal
        open={registering}
        title={t('staff.register')}
        okText={t('form.save')}
        cancelText={t('form.cancel')}
        okButtonProps={{ loading: register.isPending }}
        onCancel={() => setRegistering(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ProblemAlert problem={problems.problem} />
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => register.mutate(v)}>
          {role !== 'member_rep' && (
            <Form.Item
              name="organisationId"
              label={t('staff.organisation')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <OrganisationSelect />
            </Form.Item>
          )}
          <Form.Item
            name="name"
            label={t('staff.name')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="role"
            label={t('staff.role')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={STAFF_ROLES.map((r) => ({ value: r, label: tx(`staff.role.${r}`) }))} />
          </Form.Item>
          <Form.Item
            name="hiredOn"
            label={t('staff.hiredOn')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="healthCertificateExpiresOn" label={t('staff.healthCertificate')}>
            <Input type="date" />
          </Form.Item>
        </Form>
      </Modal>
      <StaffRecordDrawer staff={viewing} onClose={() => setViewing(null)} />
      <LeaveDialog
        staff={leaving}
        onClose={() => setLeaving(null)}
        onDone={() => (setLeaving(null), void queryClient.invalidateQueries({ queryKey: ['staff'] }))}
      />
    </>
  );
}
