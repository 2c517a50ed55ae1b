import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Descriptions, Drawer, Form, Input, Modal, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { StatusTag } from '../../lib/StatusTag';
import { ALLIANCE_TIME_ZONE, formatDate } from '../../lib/time';
import { useProblemForm } from '../../lib/use-problem-form';
import type { Staff } from './labels';

/** A staff member's training record: hours year by year and every certificate with its validity. */
export function StaffRecordDrawer(props: { staff: Staff | null; onClose(): void }) {
  const { t, tx } = useI18n();
  const id = props.staff?.id;
  const record = useQuery({
    queryKey: ['staff', id, 'training-record'],
    enabled: !!id,
    queryFn: () =>
      unwrap(api.GET('/api/v1/staff/{id}/training-record', { params: { path: { id: id ?? '' } } })),
  });
  const r = record.data;
  return (
    <Drawer
      open={props.staff !== null}
      title={`${t('staff.record')} · ${props.staff?.name ?? ''}`}
      size="large"
      onClose={props.onClose}
      destroyOnHidden
    >
      {record.error instanceof ApiError && <ProblemAlert problem={record.error.problem} />}
      {r && (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('staff.organisation')}>
              {r.staff.organisationName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('staff.role')}>{tx(`staff.role.${r.staff.role}`)}</Descriptions.Item>
            <Descriptions.Item label={t('staff.hiredOn')}>{r.staff.hiredOn}</Descriptions.Item>
            {r.staff.leftOn && (
              <Descriptions.Item label={t('staff.leftOn')}>{r.staff.leftOn}</Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t('staff.hoursByYear')}</Typography.Title>
          <Table
            rowKey="year"
            size="small"
            pagination={false}
            dataSource={r.hoursByYear}
            locale={{ emptyText: t('staff.noHours') }}
            columns={[
              { title: t('reports.year'), dataIndex: 'year' },
              { title: t('certificates.hours'), dataIndex: 'hours', align: 'right' },
            ]}
            style={{ marginBottom: 16 }}
          />
          <Typography.Title level={5}>{t('nav.certificates')}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={r.certificates}
            locale={{ emptyText: t('staff.noCertificates') }}
            columns={[
              { title: t('staff.course'), dataIndex: 'courseTitle' },
              { title: t('certificates.hours'), dataIndex: 'hours', align: 'right' },
              { title: t('staff.issuedAt'), dataIndex: 'issuedAt', render: (d: string) => formatDate(d) },
              { title: t('staff.expiresOn'), dataIndex: 'expiresOn', render: (d: string | null) => d ?? '—' },
              {
                title: t('staff.status'),
                dataIndex: 'validity',
                render: (v: 'valid' | 'expired' | 'revoked') => (
                  <StatusTag tone={v === 'valid' ? 'green' : v === 'revoked' ? 'red' : 'grey'}>
                    {tx(`certificate.validity.${v}`)}
                  </StatusTag>
                ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}

/** Recording that someone left the organisation: from that day they no longer count among its staff. */
export function LeaveDialog(props: { staff: Staff | null; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ leftOn: string; reason?: string }>();
  const problems = useProblemForm(form);
  const [busy, setBusy] = useState(false);
  const today = dayjs().tz(ALLIANCE_TIME_ZONE).format('YYYY-MM-DD');
  return (
    <Modal
      open={props.staff !== null}
      title={`${t('staff.leave')} · ${props.staff?.name ?? ''}`}
      okText={t('staff.leave')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: busy, danger: true }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert problem={problems.problem} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ leftOn: today }}
        onFinish={async (v) => {
          if (!props.staff) return;
          setBusy(true);
          problems.clear();
          try {
            await unwrap(
              api.POST('/api/v1/staff/{id}/leave', {
                params: { path: { id: props.staff.id } },
                body: {
                  leftOn: v.leftOn,
                  expectedVersion: props.staff.version,
                  ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
                },
              }),
            );
            message.success(t('staff.leaveRecorded'));
            props.onDone();
          } catch (error) {
            problems.show(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item
          name="leftOn"
          label={t('staff.leftOn')}
          dependencies={[]}
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: (_, value?: string) =>
                value && props.staff && value < props.staff.hiredOn
                  ? Promise.reject(new Error(t('staff.leftBeforeHired', { hiredOn: props.staff.hiredOn })))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('lifecycle.reason')}
          rules={[{ max: 500, message: t('form.tooLong', { max: 500 }) }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
