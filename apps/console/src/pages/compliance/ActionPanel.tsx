import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, Space } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import { EvidenceList, EvidenceUpload } from './EvidenceUpload';
import { ACTION_TONES, type Finding } from './labels';

/**
 * A finding's corrective action: the organisation answers with a plan and evidence; the inspector verifies
 * and closes it, or reopens it with the reason.
 */
export function ActionPanel({ finding, onChanged }: { finding: Finding; onChanged(): void }) {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const action = finding.action;
  const [form] = Form.useForm<{ plan: string }>();
  const problems = useProblemForm(form);
  const [reopening, setReopening] = useState(false);
  const ownOrganisation = account?.role !== 'member_rep' || account.organisationId === finding.organisationId;
  const mayAnswer = ownOrganisation && can(account, 'action.respond') && action.status === 'open';

  const respond = useMutation({
    mutationFn: (plan: string) =>
      unwrap(
        api.POST('/api/v1/corrective-actions/{id}/respond', {
          params: { path: { id: action.id } },
          body: { plan, expectedVersion: action.version },
        }),
      ),
    onSuccess: () => (message.success(t('action.answered')), onChanged()),
    onError: (error) => (problems.show(error), onChanged()),
  });
  const close = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/corrective-actions/{id}/close', {
          params: { path: { id: action.id } },
          body: { expectedVersion: action.version },
        }),
      ),
    onSuccess: () => (message.success(t('action.closed')), onChanged()),
    onError: () => onChanged(),
  });

  return (
    <div data-testid={`action-${finding.criterionCode}`}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('action.status')}>
          <StatusTag tone={action.overdue ? 'red' : ACTION_TONES[action.status]}>
            {tx(`action.status.${action.status}`)}
            {action.overdue ? ` · ${t('action.overdue')}` : ''}
          </StatusTag>
        </Descriptions.Item>
        <Descriptions.Item label={t('action.due')}>{action.dueDate}</Descriptions.Item>
        {action.plan && <Descriptions.Item label={t('action.plan')}>{action.plan}</Descriptions.Item>}
        {action.respondedAt && (
          <Descriptions.Item label={t('action.respondedAt')}>
            {formatDateTime(action.respondedAt)}
          </Descriptions.Item>
        )}
        {action.reopenReason && (
          <Descriptions.Item label={t('action.reopenReason')}>{action.reopenReason}</Descriptions.Item>
        )}
        {action.closedAt && (
          <Descriptions.Item label={t('action.closedAt')}>
            {formatDateTime(action.closedAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {ownOrganisation && can(account, 'action.evidence') && action.status !== 'closed' ? (
        <EvidenceUpload
          path={`/api/v1/corrective-actions/${action.id}/evidence`}
          evidence={action.evidence}
          label={t('action.addEvidence')}
          onUploaded={() => (message.success(t('evidence.added')), onChanged())}
        />
      ) : (
        <EvidenceList evidence={action.evidence} />
      )}
      {mayAnswer && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={(v) => (problems.clear(), respond.mutate(v.plan.trim()))}
        >
          <ProblemAlert problem={problems.problem} />
          <Form.Item
            name="plan"
            label={t('action.plan')}
            rules={[
              { required: true, whitespace: true, message: t('form.required') },
              { max: 4000, message: t('form.tooLong', { max: 4000 }) },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={respond.isPending}>
            {t('action.respond')}
          </Button>
        </Form>
      )}
      {close.error instanceof ApiError && <ProblemAlert problem={close.error.problem} />}
      <Space wrap style={{ marginTop: 8 }}>
        {action.status === 'submitted' && can(account, 'action.close') && (
          <Button type="primary" loading={close.isPending} onClick={() => close.mutate()}>
            {t('action.verify')}
          </Button>
        )}
        {action.status !== 'open' && can(account, 'action.reopen') && (
          <Button danger onClick={() => setReopening(true)}>
            {t('action.reopen')}
          </Button>
        )}
      </Space>
      <ReasonDialog
        open={reopening}
        title={`${t('action.reopen')} · ${finding.criterionCode}`}
        okText={t('action.reopen')}
        required
        danger
        onCancel={() => setReopening(false)}
        onSubmit={async (reason) => {
          await unwrap(
            api.POST('/api/v1/corrective-actions/{id}/reopen', {
              params: { path: { id: action.id } },
              body: { reason: reason ?? '', expectedVersion: action.version },
            }),
          );
          setReopening(false);
          message.success(t('action.reopened'));
          onChanged();
        }}
      />
    </div>
  );
}
