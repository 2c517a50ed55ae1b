import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { useProblemForm } from '../../lib/use-problem-form';

/** The district's children under three, which the per-1,000 figures are worked out from. */
export function PopulationDialog(props: {
  district: { code: string; name: string | null; childrenUnderThree: number | null } | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ childrenUnderThree: number; districtName?: string }>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  const d = props.district;
  return (
    <Modal
      open={d !== null}
      title={`${t('dashboard.population')} · ${d?.name ?? d?.code ?? ''}`}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert problem={problems.problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          childrenUnderThree: d?.childrenUnderThree ?? undefined,
          districtName: d?.name ?? undefined,
        }}
        onFinish={async (v) => {
          if (!d) return;
          setBusy(true);
          problems.clear();
          try {
            await unwrap(
              api.PUT('/api/v1/dashboard/districts/{code}/population', {
                params: { path: { code: d.code } },
                body: {
                  childrenUnderThree: v.childrenUnderThree,
                  ...(v.districtName?.trim() ? { districtName: v.districtName.trim() } : {}),
                },
              }),
            );
            message.success(t('form.saved'));
            await queryClient.invalidateQueries({ queryKey: ['dashboard'] });
            props.onClose();
          } catch (error) {
            problems.show(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item
          name="childrenUnderThree"
          label={t('dashboard.childrenUnderThree')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={1} max={10_000_000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="districtName"
          label={t('dashboard.districtName')}
          rules={[{ max: 50, message: t('form.tooLong', { max: 50 }) }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Rebuilding the figures from every service's events, when they are in doubt. */
export function RebuildButton() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const rebuild = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/dashboard/rebuild', {})),
    onSuccess: (r) => {
      message.success(
        t('dashboard.rebuilt', { events: r.eventsApplied, seconds: (r.tookMs / 1000).toFixed(1) }),
      );
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  return (
    <>
      <Popconfirm
        title={t('dashboard.rebuildConfirm')}
        okText={t('dashboard.rebuild')}
        cancelText={t('form.cancel')}
        onConfirm={() => rebuild.mutate()}
      >
        <Button loading={rebuild.isPending}>{t('dashboard.rebuild')}</Button>
      </Popconfirm>
      {rebuild.error instanceof ApiError && <ProblemAlert problem={rebuild.error.problem} />}
    </>
  );
}
