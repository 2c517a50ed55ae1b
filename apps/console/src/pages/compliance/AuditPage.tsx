import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Progress,
  Radio,
  Space,
  Typography,
} from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import { ActionPanel } from './ActionPanel';
import { EvidenceList, EvidenceUpload } from './EvidenceUpload';
import { AUDIT_TONES, RESULTS, SEVERITY_TONES, type AnswerResult, type Audit } from './labels';

type Criterion = Schemas['Criterion'];
type Answer = Schemas['Answer'];
interface AnswerFields {
  result?: AnswerResult;
  pointsAwarded?: number;
  reason?: string;
  notes?: string;
}

/**
 * One criterion of the audit form: the result, points when partly met, a reason when not applicable,
 * notes and photos. Each answer is saved on its own, so nothing typed is lost to a later refusal.
 */
function CriterionAnswer({
  audit,
  criterion,
  answer,
  editable,
  onSaved,
}: {
  audit: Audit;
  criterion: Criterion;
  answer: Answer | undefined;
  editable: boolean;
  onSaved(): void;
}) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<AnswerFields>();
  const problems = useProblemForm(form);
  const result = Form.useWatch('result', form);
  const save = useMutation({
    mutationFn: (v: AnswerFields) =>
      unwrap(
        api.PUT('/api/v1/audits/{id}/answers/{criterionId}', {
          params: { path: { id: audit.id, criterionId: criterion.id } },
          body: {
            result: v.result ?? 'met',
            ...(v.result === 'partly_met' ? { pointsAwarded: v.pointsAwarded } : {}),
            ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
            ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
          },
        }),
      ),
    onSuccess: () => (problems.clear(), onSaved()),
    onError: (error) => problems.show(error),
  });
  const evidence = audit.evidence.filter((e) => e.criterionId === criterion.id);

  return (
    <section
      aria-label={`${criterion.code} ${criterion.text}`}
      data-testid={`criterion-${criterion.code}`}
      style={{ borderBottom: '1px solid #eee', padding: '12px 0' }}
    >
      <Space wrap style={{ marginBottom: 4 }}>
        <Typography.Text strong>{criterion.code}</Typography.Text>
        <Typography.Text>{criterion.text}</Typography.Text>
        <Typography.Text type="secondary">{t('audit.points', { points: criterion.points })}</Typography.Text>
        {criterion.veto && <StatusTag tone="red">{t('audit.veto')}</StatusTag>}
        {criterion.evidenceRequired && <StatusTag tone="orange">{t('audit.evidenceRequired')}</StatusTag>}
        {answer && (
          <StatusTag tone="green" testId={`answered-${criterion.code}`}>
            {`${tx(`answer.result.${answer.result}`)} · ${answer.pointsAwarded}/${answer.maxPoints}`}
          </StatusTag>
        )}
      </Space>
      {editable ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            result: answer?.result,
            pointsAwarded: answer?.result === 'partly_met' ? answer.pointsAwarded : undefined,
            reason: answer?.reason ?? undefined,
            notes: answer?.notes ?? undefined,
          }}
          onFinish={(v) => save.mutate(v)}
        >
          <ProblemAlert problem={problems.problem} />
          <Form.Item
            name="result"
            rules={[{ required: true, message: t('audit.chooseResult') }]}
            style={{ marginBottom: 8 }}
          >
            <Radio.Group
              aria-label={t('audit.resultOf', { code: criterion.code })}
              optionType="button"
              options={RESULTS.map((r) => ({ value: r, label: tx(`answer.result.${r}`) }))}
            />
          </Form.Item>
          {result === 'partly_met' && (
            <Form.Item
              name="pointsAwarded"
              label={t('audit.pointsAwarded', { max: criterion.points - 1 })}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <InputNumber min={1} max={Math.max(1, criterion.points - 1)} />
            </Form.Item>
          )}
          {result === 'not_applicable' && (
            <Form.Item
              name="reason"
              label={t('audit.naReason')}
              rules={[{ required: true, whitespace: true, message: t('lifecycle.reasonRequired') }]}
            >
              <Input />
            </Form.Item>
          )}
          <Form.Item name="notes" label={t('audit.notes')} style={{ marginBottom: 8 }}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Space wrap align="start">
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('audit.saveAnswer')}
            </Button>
            {
              <EvidenceUpload
                path={`/api/v1/audits/${audit.id}/evidence`}
                fields={{ criterionId: criterion.id }}
                evidence={evidence}
                label={t('audit.addPhoto')}
                onUploaded={onSaved}
              />
            }
          </Space>
        </Form>
      ) : (
        <>
          {answer?.notes && <Typography.Paragraph>{answer.notes}</Typography.Paragraph>}
          {answer?.reason && <Typography.Paragraph>{answer.reason}</Typography.Paragraph>}
          <EvidenceList evidence={evidence} />
        </>
      )}
    </section>
  );
}

export default function AuditPage() {
  const { id = '' } = useParams();
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [summary, setSummary] = useState('');

  const audit = useQuery({
    queryKey: ['audit', id],
    queryFn: () => unwrap(api.GET('/api/v1/audits/{id}', { params: { path: { id } } })),
  });
  const standardId = audit.data?.standardId;
  const standard = useQuery({
    queryKey: ['standard', standardId],
    queryFn: () => unwrap(api.GET('/api/v1/standards/{id}', { params: { path: { id: standardId ?? '' } } })),
    enabled: !!standardId,
    staleTime: 10 * 60_000,
  });
  const organisationId = audit.data?.organisationId;
  const member = useQuery({
    queryKey: ['member', organisationId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id: organisationId ?? '' } } })),
    enabled: !!organisationId,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['audit', id] });

  const start = useMutation({
    mutationFn: (a: Audit) =>
      unwrap(
        api.POST('/api/v1/audits/{id}/start', {
          params: { path: { id } },
          body: { expectedVersion: a.version },
        }),
      ),
    onSuccess: () => void refresh(),
    onError: () => void refresh(),
  });
  const submit = useMutation({
    mutationFn: (a: Audit) =>
      unwrap(
        api.POST('/api/v1/audits/{id}/submit', {
          params: { path: { id } },
          body: { expectedVersion: a.version, ...(summary.trim() ? { summary: summary.trim() } : {}) },
        }),
      ),
    onSuccess: () => (message.success(t('audit.submitted')), void refresh()),
    onError: () => void refresh(),
  });

  if (audit.error instanceof ApiError) return <ProblemAlert problem={audit.error.problem} />;
  const a = audit.data;
  if (!a) return <Card loading />;
  const kind = member.data?.kind;
  // The criteria of the edition that apply to this organisation's kind (none listed: all kinds).
  const areas = (standard.data?.areas ?? []).map((area) => ({
    ...area,
    criteria: area.criteria.filter((c) => !kind || !c.appliesTo.length || c.appliesTo.includes(kind)),
  }));
  const total = areas.reduce((n, area) => n + area.criteria.length, 0);
  const answers = new Map(a.answers.map((x) => [x.criterionId, x]));
  const answered = areas.reduce((n, area) => n + area.criteria.filter((c) => answers.has(c.id)).length, 0);
  const editable = a.status === 'in_progress' && can(account, 'audit.answer');

  return (
    <>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {a.organisationName}
        </Typography.Title>
        <StatusTag tone={AUDIT_TONES[a.status]} testId="audit-status">
          {tx(`audit.status.${a.status}`)}
        </StatusTag>
      </Space>
      {(start.error ?? submit.error) instanceof ApiError && (
        <ProblemAlert problem={((start.error ?? submit.error) as ApiError).problem} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('audits.plannedDate')}>{a.plannedDate}</Descriptions.Item>
          <Descriptions.Item label={t('audits.kind')}>{tx(`audit.kind.${a.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('audits.standard')}>
            {`${a.standardCode} · ${standard.data?.title ?? ''}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('audits.inspectors')}>
            {a.inspectors.map((i) => i.name).join('、') || t('audits.unassigned')}
          </Descriptions.Item>
          <Descriptions.Item label={t('audits.score')}>
            <span data-testid="audit-score">{a.score !== null ? `${a.score} · ${a.grade ?? '—'}` : '—'}</span>
          </Descriptions.Item>
          {a.submittedAt && (
            <Descriptions.Item label={t('audit.submittedAt')}>
              {formatDateTime(a.submittedAt)}
            </Descriptions.Item>
          )}
        </Descriptions>
        {total > 0 && (a.status === 'in_progress' || a.status === 'planned') && (
          <div style={{ marginTop: 8 }}>
            <Typography.Text>{t('audit.progress', { answered, total })}</Typography.Text>
            <Progress
              percent={Math.round((100 * answered) / total)}
              size="small"
              aria-label={t('audit.progress', { answered, total })}
            />
          </div>
        )}
        {a.status === 'planned' && can(account, 'audit.start') && (
          <Button type="primary" loading={start.isPending} onClick={() => start.mutate(a)}>
            {t('audit.start')}
          </Button>
        )}
      </Card>
      {(a.status !== 'planned' || editable) && areas.length > 0 && (
        <Collapse
          style={{ marginBottom: 16 }}
          defaultActiveKey={areas.map((area) => area.id)}
          items={areas.map((area) => ({
            key: area.id,
            label: `${area.code} ${area.title} (${area.criteria.filter((c) => answers.has(c.id)).length}/${area.criteria.length})`,
            children: area.criteria.map((c) => (
              <CriterionAnswer
                key={`${c.id}-${answers.get(c.id)?.answeredAt ?? ''}`}
                audit={a}
                criterion={c}
                answer={answers.get(c.id)}
                editable={editable}
                onSaved={() => void refresh()}
              />
            )),
          }))}
        />
      )}
      {editable && can(account, 'audit.submit') && (
        <Card title={t('audit.submit')} style={{ marginBottom: 16 }}>
          <Input.TextArea
            aria-label={t('audit.summary')}
            placeholder={t('audit.summary')}
            rows={3}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            style={{ marginBottom: 8 }}
          />
          <Button
            type="primary"
            disabled={answered < total}
            loading={submit.isPending}
            onClick={() => submit.mutate(a)}
          >
            {t('audit.submit')}
          </Button>
          {answered < total && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('audit.unanswered', { count: total - answered })}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {a.findings.length > 0 && (
        <Card title={t('audit.findings', { count: a.findings.length })}>
          {a.findings.map((f) => (
            <Card
              key={f.id}
              type="inner"
              size="small"
              style={{ marginBottom: 12 }}
              title={
                <Space wrap>
                  <span>{`${f.criterionCode} ${f.criterionText}`}</span>
                  <StatusTag tone={SEVERITY_TONES[f.severity]}>
                    {tx(`finding.severity.${f.severity}`)}
                  </StatusTag>
                </Space>
              }
            >
              <ActionPanel finding={f} onChanged={() => void refresh()} />
            </Card>
          ))}
        </Card>
      )}
    </>
  );
}
