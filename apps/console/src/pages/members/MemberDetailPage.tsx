import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Problem, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can, type Action } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import { STATUS_COLOURS } from './labels';
import { AffordableDesignationCard } from './AffordableDesignation';

type Member = Schemas['MemberDetail'];
type History = Member['history'][number];
type Transition = 'admit' | 'reject' | 'suspend' | 'reinstate' | 'withdraw' | 'expel';

/** Which transitions each status allows (the service decides; this only offers the sensible ones). */
const TRANSITIONS: Record<Member['status'], Transition[]> = {
  applied: ['admit', 'reject'],
  admitted: ['suspend', 'withdraw', 'expel'],
  suspended: ['reinstate', 'withdraw', 'expel'],
  rejected: [],
  withdrawn: [],
  expelled: [],
};
/** A reason is required by the contracts for these. */
const REASON_REQUIRED: Transition[] = ['reject', 'suspend', 'expel'];
const DANGER: Transition[] = ['reject', 'suspend', 'expel', 'withdraw'];

async function transition(id: string, action: Transition, expectedVersion: number, reason?: string) {
  const body = { expectedVersion, ...(reason ? { reason } : {}) };
  const params = { path: { id } };
  switch (action) {
    case 'admit':
      return unwrap(api.POST('/api/v1/members/{id}/admit', { params, body }));
    case 'reject':
      return unwrap(
        api.POST('/api/v1/members/{id}/reject', { params, body: { ...body, reason: reason ?? '' } }),
      );
    case 'suspend':
      return unwrap(
        api.POST('/api/v1/members/{id}/suspend', { params, body: { ...body, reason: reason ?? '' } }),
      );
    case 'reinstate':
      return unwrap(api.POST('/api/v1/members/{id}/reinstate', { params, body }));
    case 'withdraw':
      return unwrap(api.POST('/api/v1/members/{id}/withdraw', { params, body }));
    case 'expel':
      return unwrap(
        api.POST('/api/v1/members/{id}/expel', { params, body: { ...body, reason: reason ?? '' } }),
      );
  }
}

export default function MemberDetailPage() {
  const { id = '' } = useParams();
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [pending, setPending] = useState<Transition | null>(null);
  const [conflict, setConflict] = useState<Problem | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();

  const member = useQuery({
    queryKey: ['member', id],
    queryFn: () => unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id } } })),
  });

  const run = useMutation({
    mutationFn: ({ action, reason, version }: { action: Transition; reason?: string; version: number }) =>
      transition(id, action, version, reason),
    onSuccess: (_, { action }) => {
      setPending(null);
      form.resetFields();
      message.success(tx(`lifecycle.done.${action}`));
      void queryClient.invalidateQueries({ queryKey: ['member', id] });
      void queryClient.invalidateQueries({ queryKey: ['members'] });
      void queryClient.invalidateQueries({ queryKey: ['figures'] });
    },
    onError: (error) => {
      if (
        error instanceof ApiError &&
        (error.code === 'VERSION_CONFLICT' || error.code === 'ILLEGAL_TRANSITION')
      ) {
        // Someone else changed the organisation meanwhile: show what it is now, and why nothing happened.
        setConflict(error.problem);
        setPending(null);
        void queryClient.invalidateQueries({ queryKey: ['member', id] });
      }
    },
  });

  if (member.error instanceof ApiError) return <ProblemAlert problem={member.error.problem} />;
  const m = member.data;
  if (!m) return <Card loading />;
  const actions = TRANSITIONS[m.status].filter((a) => can(account, `member.${a}` as Action, m.id));

  return (
    <>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {m.name}
        </Typography.Title>
        <StatusTag tone={STATUS_COLOURS[m.status]} testId="member-status">
          {tx(`member.status.${m.status}`)}
        </StatusTag>
      </Space>
      {conflict && (
        <Alert
          role="alert"
          type="warning"
          showIcon
          closable
          onClose={() => setConflict(null)}
          style={{ marginBottom: 16 }}
          title={tx(`problem.${conflict.code}`)}
          description={t('lifecycle.conflictExplained')}
        />
      )}
      {actions.length > 0 && (
        <Space wrap style={{ marginBottom: 16 }}>
          {actions.map((action) => (
            <Button
              key={action}
              danger={DANGER.includes(action)}
              type={action === 'admit' || action === 'reinstate' ? 'primary' : 'default'}
              onClick={() => {
                run.reset();
                setPending(action);
              }}
            >
              {tx(`lifecycle.${action}`)}
            </Button>
          ))}
        </Space>
      )}
      <Card title={t('member.profile')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('member.nameEn')}>{m.nameEn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('member.creditCode')}>{m.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t('member.kind')}>{tx(`member.kind.${m.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('member.ownership')}>
            {tx(`member.ownership.${m.ownership}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('member.district')}>{m.districtName}</Descriptions.Item>
          <Descriptions.Item label={t('member.allianceRole')}>
            {tx(`member.allianceRole.${m.allianceRole}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('member.address')}>{m.address}</Descriptions.Item>
          <Descriptions.Item label={t('member.licensedPlaces')}>{m.licensedPlaces}</Descriptions.Item>
          <Descriptions.Item label={t('member.affordablePlaces')}>{m.affordablePlaces}</Descriptions.Item>
          <Descriptions.Item label={t('member.appliedAt')}>{formatDateTime(m.appliedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('member.statusChangedAt')}>
            {formatDateTime(m.statusChangedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('member.version')}>{m.version}</Descriptions.Item>
        </Descriptions>
        {(m.contacts ?? []).length > 0 && (
          <Descriptions title={t('member.contacts')} column={1} size="small" style={{ marginTop: 16 }}>
            {(m.contacts ?? []).map((c, i) => (
              <Descriptions.Item key={i} label={`${c.name} · ${c.role}`}>
                {c.phone}
                {c.email ? ` · ${c.email}` : ''}
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Card>
      <AffordableDesignationCard member={m} />
      <Card title={t('member.history')}>
        <Table<History>
          rowKey="version"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={[...m.history].reverse()}
          columns={[
            { title: t('history.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at) },
            {
              title: t('history.action'),
              dataIndex: 'action',
              render: (a: string) => tx(`history.action.${a}`),
            },
            {
              title: t('history.status'),
              render: (_, h) =>
                `${h.fromStatus ? tx(`member.status.${h.fromStatus}`) : '—'} → ${tx(`member.status.${h.toStatus}`)}`,
            },
            { title: t('history.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
            {
              title: t('history.actor'),
              render: (_, h) => (h.actor.role ? tx(`role.${h.actor.role}`) : t('history.system')),
            },
          ]}
        />
      </Card>
      <Modal
        open={pending !== null}
        title={
          pending ? t('lifecycle.confirmTitle', { action: tx(`lifecycle.${pending}`), name: m.name }) : ''
        }
        okText={pending ? tx(`lifecycle.${pending}`) : ''}
        cancelText={t('form.cancel')}
        okButtonProps={{ danger: pending ? DANGER.includes(pending) : false, loading: run.isPending }}
        onCancel={() => setPending(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {run.error instanceof ApiError && <ProblemAlert problem={run.error.problem} />}
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            pending &&
            run.mutate({ action: pending, reason: values.reason?.trim() || undefined, version: m.version })
          }
        >
          <Form.Item
            name="reason"
            label={t('lifecycle.reason')}
            rules={[
              {
                required: pending ? REASON_REQUIRED.includes(pending) : false,
                whitespace: true,
                message: t('lifecycle.reasonRequired'),
              },
              { max: 1000, message: t('form.tooLong', { max: 1000 }) },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
