import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { OrganisationSelect } from '../../lib/OrganisationSelect';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { useProblemForm } from '../../lib/use-problem-form';
import { amendRowProblem, type AmendRow } from './audit-form';
import { RESULTS, type Audit } from './labels';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const KINDS = ['onboarding', 'routine', 'follow_up', 'complaint'] as const;

/** Inspector accounts, for the admin who assigns them (only an admin may list accounts). */
export function InspectorSelect(props: { value?: string[]; onChange?: (v: string[]) => void; id?: string }) {
  const { t } = useI18n();
  const accounts = useQuery({
    queryKey: ['accounts'],
    queryFn: () => unwrap(api.GET('/api/v1/accounts', {})),
    select: (list) => list.filter((a) => a.role === 'inspector' && !a.disabled),
  });
  return (
    <Select
      id={props.id}
      mode="multiple"
      aria-label={t('audits.inspectors')}
      loading={accounts.isLoading}
      value={props.value}
      onChange={props.onChange}
      maxCount={5}
      options={(accounts.data ?? []).map((a) => ({ value: a.id, label: a.username }))}
    />
  );
}

/** A modal form whose refusals land next to its fields. */
function FormDialog<T extends object>(props: {
  open: boolean;
  title: string;
  okText: string;
  initialValues?: Partial<T>;
  onClose(): void;
  onSubmit(values: T): Promise<unknown>;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<T>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      <ProblemAlert problem={problems.problem} />
      <Form<T>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={props.initialValues}
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
        {props.children}
      </Form>
    </Modal>
  );
}

interface PlanFields {
  organisationId: string;
  standardId: string;
  kind: (typeof KINDS)[number];
  plannedDate: string;
  inspectorIds?: string[];
  notes?: string;
}

/** Planning an audit of a member against a published standard; an admin names the inspectors. */
export function PlanAuditDialog(props: { open: boolean; onClose(): void }) {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const standards = useQuery({
    queryKey: ['standards', 'published'],
    queryFn: () => unwrap(api.GET('/api/v1/standards', { params: { query: { status: 'published' } } })),
    enabled: props.open,
  });
  const required = { required: true, message: t('form.required') };
  return (
    <FormDialog<PlanFields>
      open={props.open}
      title={t('audits.plan')}
      okText={t('audits.planSubmit')}
      initialValues={{ kind: 'routine' }}
      onClose={props.onClose}
      onSubmit={async (v) => {
        const audit = await unwrap(
          api.POST('/api/v1/audits', {
            body: {
              organisationId: v.organisationId,
              standardId: v.standardId,
              kind: v.kind,
              plannedDate: v.plannedDate,
              ...(v.inspectorIds?.length ? { inspectorIds: v.inspectorIds } : {}),
              ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
            },
          }),
        );
        await queryClient.invalidateQueries({ queryKey: ['audits'] });
        props.onClose();
        navigate(`/audits/${audit.id}`);
      }}
    >
      <Form.Item name="organisationId" label={t('audits.organisation')} rules={[required]}>
        <OrganisationSelect />
      </Form.Item>
      <Form.Item name="standardId" label={t('audits.standard')} rules={[required]}>
        <Select
          loading={standards.isLoading}
          options={(standards.data?.items ?? []).map((s) => ({
            value: s.id,
            label: `${s.code} · ${t('standards.edition', { edition: s.edition })} · ${s.title}`,
          }))}
        />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="kind" label={t('audits.kind')} rules={[required]}>
          <Select
            style={{ width: 160 }}
            options={KINDS.map((k) => ({ value: k, label: tx(`audit.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="plannedDate"
          label={t('audits.plannedDate')}
          rules={[required, { pattern: DATE, message: t('form.date') }]}
        >
          <Input type="date" />
        </Form.Item>
      </Space>
      {account?.role === 'alliance_admin' && (
        <Form.Item name="inspectorIds" label={t('audits.inspectors')} extra={t('audits.inspectorsLater')}>
          <InspectorSelect />
        </Form.Item>
      )}
      <Form.Item
        name="notes"
        label={t('audit.notes')}
        rules={[{ max: 2000, message: t('form.tooLong', { max: 2000 }) }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}

type Dialog = 'assign' | 'followUp' | 'close' | 'amend' | 'cancel' | null;

/**
 * What happens to an audit around the inspection itself: inspectors assigned to a planned one, a submitted one
 * amended with a reason or closed, a follow-up visit planned, a planned one cancelled.
 */
export function AuditAdminActions(props: { audit: Audit; onChanged(): void }) {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const a = props.audit;
  const path = { path: { id: a.id } };
  const done = (text: string) => {
    setDialog(null);
    message.success(text);
    props.onChanged();
  };
  const required = { required: true, message: t('form.required') };
  const live = a.status === 'planned' || a.status === 'in_progress';
  const answered = a.answers;

  return (
    <>
      <Space wrap style={{ marginTop: 8 }}>
        {a.status === 'planned' && can(account, 'audit.assign') && (
          <Button onClick={() => setDialog('assign')}>{t('audits.assign')}</Button>
        )}
        {a.status === 'submitted' && can(account, 'audit.amend') && (
          <Button onClick={() => setDialog('amend')}>{t('audits.amend')}</Button>
        )}
        {a.status === 'submitted' && can(account, 'audit.close') && (
          <Button onClick={() => setDialog('close')}>{t('audits.close')}</Button>
        )}
        {(a.status === 'submitted' || a.status === 'closed') && can(account, 'audit.followUp') && (
          <Button onClick={() => setDialog('followUp')}>{t('audits.followUp')}</Button>
        )}
        {live && can(account, 'audit.cancel') && (
          <Button danger onClick={() => setDialog('cancel')}>
            {t('audits.cancel')}
          </Button>
        )}
      </Space>
      <FormDialog<{ inspectorIds: string[]; plannedDate?: string }>
        open={dialog === 'assign'}
        title={t('audits.assign')}
        okText={t('audits.assign')}
        initialValues={{ inspectorIds: a.inspectors.map((i) => i.accountId), plannedDate: a.plannedDate }}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await unwrap(
            api.POST('/api/v1/audits/{id}/assign', {
              params: path,
              body: {
                inspectorIds: v.inspectorIds,
                expectedVersion: a.version,
                ...(v.plannedDate ? { plannedDate: v.plannedDate } : {}),
              },
            }),
          );
          done(t('audits.assigned'));
        }}
      >
        <Form.Item name="inspectorIds" label={t('audits.inspectors')} rules={[required]}>
          <InspectorSelect />
        </Form.Item>
        <Form.Item
          name="plannedDate"
          label={t('audits.plannedDate')}
          rules={[{ pattern: DATE, message: t('form.date') }]}
        >
          <Input type="date" />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ note?: string }>
        open={dialog === 'close'}
        title={t('audits.close')}
        okText={t('audits.close')}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await unwrap(
            api.POST('/api/v1/audits/{id}/close', {
              params: path,
              body: { expectedVersion: a.version, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
            }),
          );
          done(t('audits.closed'));
        }}
      >
        <Form.Item
          name="note"
          label={t('audits.closeNote')}
          rules={[{ max: 2000, message: t('form.tooLong', { max: 2000 }) }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ plannedDate: string; inspectorIds?: string[] }>
        open={dialog === 'followUp'}
        title={t('audits.followUp')}
        okText={t('audits.planSubmit')}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          const followUp = await unwrap(
            api.POST('/api/v1/audits/{id}/follow-up', {
              params: path,
              body: {
                plannedDate: v.plannedDate,
                ...(v.inspectorIds?.length ? { inspectorIds: v.inspectorIds } : {}),
              },
            }),
          );
          setDialog(null);
          message.success(t('audits.followUpPlanned'));
          navigate(`/audits/${followUp.id}`);
        }}
      >
        <Form.Item
          name="plannedDate"
          label={t('audits.plannedDate')}
          rules={[required, { pattern: DATE, message: t('form.date') }]}
        >
          <Input type="date" />
        </Form.Item>
        {account?.role === 'alliance_admin' && (
          <Form.Item name="inspectorIds" label={t('audits.inspectors')} extra={t('audits.inspectorsLater')}>
            <InspectorSelect />
          </Form.Item>
        )}
      </FormDialog>
      <FormDialog<{ reason: string; answers: AmendRow[] }>
        open={dialog === 'amend'}
        title={t('audits.amend')}
        okText={t('audits.amendSubmit')}
        initialValues={{ answers: [{}] }}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await unwrap(
            api.POST('/api/v1/audits/{id}/amend', {
              params: path,
              body: {
                reason: v.reason.trim(),
                expectedVersion: a.version,
                answers: v.answers.map((r) => ({
                  criterionId: r.criterionId ?? '',
                  result: r.result ?? 'met',
                  ...(r.pointsAwarded !== null && r.pointsAwarded !== undefined
                    ? { pointsAwarded: r.pointsAwarded }
                    : {}),
                  ...(r.reason?.trim() ? { reason: r.reason.trim() } : {}),
                })),
              },
            }),
          );
          done(t('audits.amended'));
        }}
      >
        <Form.Item
          name="reason"
          label={t('audits.amendReason')}
          rules={[
            { required: true, whitespace: true, message: t('lifecycle.reasonRequired') },
            { max: 2000, message: t('form.tooLong', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="answers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item name={[field.name, 'criterionId']} rules={[required]}>
                    <Select
                      aria-label={t('audits.criterion')}
                      placeholder={t('audits.criterion')}
                      style={{ width: 200 }}
                      options={answered.map((x) => ({
                        value: x.criterionId,
                        label: `${x.criterionCode} · ${tx(`answer.result.${x.result}`)}`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'result']} rules={[required]}>
                    <Select
                      aria-label={t('audit.chooseResult')}
                      placeholder={t('audit.chooseResult')}
                      style={{ width: 130 }}
                      options={RESULTS.map((r) => ({ value: r, label: tx(`answer.result.${r}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'pointsAwarded']}>
                    <InputNumber aria-label={t('audits.points')} placeholder={t('audits.points')} min={0} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'reason']}
                    dependencies={[['answers']]}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator() {
                          const problem = amendRowProblem(getFieldValue('answers') ?? [], field.name);
                          return problem
                            ? Promise.reject(new Error(t(`audits.amendProblem.${problem}`)))
                            : Promise.resolve();
                        },
                      }),
                    ]}
                  >
                    <Input aria-label={t('audit.naReason')} placeholder={t('audit.naReason')} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button onClick={() => remove(field.name)}>{t('resources.removeHours')}</Button>
                  )}
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})}>
                {t('audits.amendAnother')}
              </Button>
            </>
          )}
        </Form.List>
      </FormDialog>
      <ReasonDialog
        open={dialog === 'cancel'}
        title={t('audits.cancel')}
        okText={t('audits.cancel')}
        required
        danger
        onCancel={() => setDialog(null)}
        onSubmit={async (reason) => {
          await unwrap(
            api.POST('/api/v1/audits/{id}/cancel', {
              params: path,
              body: { reason: reason ?? '', expectedVersion: a.version },
            }),
          );
          done(t('audits.cancelled'));
        }}
      />
    </>
  );
}
