import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
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
import { AuditAdminActions } from './AuditPlanning';
import { ActionPanel } from './ActionPanel';
import { EvidenceList } from './EvidenceUpload';
import { useAuditSync } from './use-audit-sync';
import {
  AUDIT_TONES,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_TYPES,
  RESULTS,
  SEVERITY_TONES,
  type AnswerResult,
  type Audit,
} from './labels';

type Criterion = Schemas['Criterion'];
type Answer = Schemas['Answer'];
interface AnswerFields {
  result?: AnswerResult;
  pointsAwarded?: number;
  reason?: string;
  notes?: string;
}

type Sync = ReturnType<typeof useAuditSync>;

/**
 * One criterion of the audit form: the result, points when partly met, a reason when not applicable,
 * notes and photos. Each answer goes to the device first and then to the gateway (see useAuditSync), so
 * nothing typed is lost to a lost connection.
 */
function CriterionAnswer({
  audit,
  criterion,
  answer,
  editable,
  sync,
}: {
  audit: Audit;
  criterion: Criterion;
  answer: Answer | undefined;
  editable: boolean;
  sync: Sync;
}) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<AnswerFields>();
  const result = Form.useWatch('result', form);
  const [busy, setBusy] = useState(false);
  const pending = sync.answers.find((p) => p.criterionId === criterion.id);
  const photos = sync.evidence.filter((e) => e.criterionId === criterion.id);
  const shown = pending?.body ?? answer;
  const evidence = audit.evidence.filter((e) => e.criterionId === criterion.id);
  const photoInput = useRef<HTMLInputElement>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  async function save(v: AnswerFields) {
    setBusy(true);
    try {
      await sync.queueAnswer(
        criterion,
        {
          result: v.result ?? 'met',
          ...(v.result === 'partly_met' ? { pointsAwarded: v.pointsAwarded } : {}),
          ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
          ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
        },
        answer?.answeredAt ?? null,
      );
    } finally {
      setBusy(false);
    }
  }

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
        {pending ? (
          <StatusTag tone="orange" testId={`pending-${criterion.code}`}>
            {`${tx(`answer.result.${pending.body.result}`)} · ${t('audit.waitingToSync')}`}
          </StatusTag>
        ) : (
          answer && (
            <StatusTag tone="green" testId={`answered-${criterion.code}`}>
              {`${tx(`answer.result.${answer.result}`)} · ${answer.pointsAwarded}/${answer.maxPoints}`}
            </StatusTag>
          )
        )}
      </Space>
      {pending?.conflict && (
        <Alert
          role="alert"
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('audit.conflict')}
          description={
            <>
              <div>
                {pending.conflict.theirs
                  ? t('audit.conflictTheirs', {
                      result: tx(`answer.result.${pending.conflict.theirs.result}`),
                      by: pending.conflict.theirs.answeredBy,
                      at: formatDateTime(pending.conflict.theirs.answeredAt),
                    })
                  : t('audit.conflictStatus', { status: tx(`audit.status.${pending.conflict.auditStatus}`) })}
              </div>
              <div>{t('audit.conflictMine', { result: tx(`answer.result.${pending.body.result}`) })}</div>
              <Space wrap style={{ marginTop: 8 }}>
                {pending.conflict.auditStatus === 'in_progress' && (
                  <Button size="small" onClick={() => void sync.resolve(pending, 'mine')}>
                    {t('audit.keepMine')}
                  </Button>
                )}
                <Button size="small" onClick={() => void sync.resolve(pending, 'theirs')}>
                  {t('audit.keepTheirs')}
                </Button>
              </Space>
            </>
          }
        />
      )}
      {pending?.problem && (
        <ProblemAlert problem={pending.problem} onClose={() => void sync.resolve(pending, 'theirs')} />
      )}
      {editable ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            result: shown?.result,
            pointsAwarded: shown?.result === 'partly_met' ? (shown.pointsAwarded ?? undefined) : undefined,
            reason: shown?.reason ?? undefined,
            notes: shown?.notes ?? undefined,
          }}
          onFinish={(v) => void save(v)}
        >
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
          <EvidenceList evidence={evidence} />
          {photos.length > 0 && (
            <ul style={{ margin: '4px 0', paddingInlineStart: 18 }} aria-label={t('audit.photosWaiting')}>
              {photos.map((p) => (
                <li key={p.key}>
                  {p.fileName} · {t('audit.waitingToSync')}
                  {p.problem && <ProblemAlert problem={p.problem} onClose={() => void sync.dropPhoto(p)} />}
                </li>
              ))}
            </ul>
          )}
          {tooLarge && <Typography.Paragraph type="danger">{tooLarge}</Typography.Paragraph>}
          <Space wrap align="start">
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('audit.saveAnswer')}
            </Button>
            <input
              ref={photoInput}
              type="file"
              accept={EVIDENCE_TYPES}
              capture="environment"
              aria-label={t('audit.addPhoto')}
              style={{ display: 'none' }}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                if (file.size > EVIDENCE_MAX_BYTES) {
                  setTooLarge(
                    t('evidence.tooLarge', { name: file.name, kb: Math.round(EVIDENCE_MAX_BYTES / 1024) }),
                  );
                  return;
                }
                setTooLarge(null);
                void sync.queuePhoto(criterion.id, file);
              }}
            />
            <Button onClick={() => photoInput.current?.click()}>{t('audit.addPhoto')}</Button>
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
  const sync = useAuditSync(id, () => void refresh());

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
  const waiting = new Set(sync.answers.map((p) => p.criterionId));
  const given = (criterionId: string) => answers.has(criterionId) || waiting.has(criterionId);
  const answered = areas.reduce((n, area) => n + area.criteria.filter((c) => given(c.id)).length, 0);
  const toSync = sync.answers.length + sync.evidence.length;
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
        <AuditAdminActions audit={a} onChanged={() => void refresh()} />
        {a.status === 'planned' && can(account, 'audit.start') && (
          <Button type="primary" loading={start.isPending} onClick={() => start.mutate(a)}>
            {t('audit.start')}
          </Button>
        )}
      </Card>
      {(toSync > 0 || !sync.online) && (
        <Alert
          data-testid="sync-status"
          type={sync.online ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={sync.online ? t('audit.online') : t('audit.offline')}
          description={t('audit.toSync', { answers: sync.answers.length, photos: sync.evidence.length })}
          action={
            sync.online &&
            toSync > 0 && (
              <Button size="small" loading={sync.syncing} onClick={() => void sync.sync()}>
                {t('audit.syncNow')}
              </Button>
            )
          }
        />
      )}
      {(a.status !== 'planned' || editable) && areas.length > 0 && (
        <Collapse
          style={{ marginBottom: 16 }}
          defaultActiveKey={areas.map((area) => area.id)}
          items={areas.map((area) => ({
            key: area.id,
            label: `${area.code} ${area.title} (${area.criteria.filter((c) => given(c.id)).length}/${area.criteria.length})`,
            children: area.criteria.map((c) => (
              <CriterionAnswer
                key={`${c.id}-${answers.get(c.id)?.answeredAt ?? ''}-${sync.answers.find((p) => p.criterionId === c.id)?.queuedAt ?? ''}`}
                audit={a}
                criterion={c}
                answer={answers.get(c.id)}
                editable={editable}
                sync={sync}
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
            disabled={answered < total || toSync > 0}
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
          {toSync > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('audit.syncBeforeSubmit')}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {a.amendments.length > 0 && (
        <Card title={t('audits.amendments')} style={{ marginBottom: 16 }}>
          {a.amendments.map((m) => (
            <Typography.Paragraph key={m.sequence}>
              {`${formatDateTime(m.amendedAt)} · ${m.reason} · ${m.previousScore} ${m.previousGrade} → ${m.score} ${m.grade} · `}
              {m.after.map((x) => `${x.criterionCode} ${tx(`answer.result.${x.result}`)}`).join('、')}
            </Typography.Paragraph>
          ))}
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
