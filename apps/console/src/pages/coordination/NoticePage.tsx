import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { api, ApiError, postForm, unwrap } from '../../api/client';
import { useDistricts } from '../../api/queries';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import { AttachmentList, MarkdownText } from './texts';
import { NoticeForm } from './NoticeForm';
import { NOTICE_TONES, type Notice } from './labels';

type Recipient = NonNullable<ReturnType<typeof useAcknowledgements>['data']>['organisations'][number];

function useAcknowledgements(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['notices', id, 'acknowledgements'],
    queryFn: () => unwrap(api.GET('/api/v1/notices/{id}/acknowledgements', { params: { path: { id } } })),
    enabled,
  });
}

/** One notice: its text and files, acknowledging it, and (for organisers) changing it and who has acknowledged. */
export default function NoticePage() {
  const { id = '' } = useParams();
  const { t, tx } = useI18n();
  const { account, role } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'edit' | 'withdraw' | 'acknowledge' | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const districts = useDistricts();
  const district = (code: string) => districts.data?.find((d) => d.code === code)?.name ?? code;
  const notice = useQuery({
    queryKey: ['notices', id],
    queryFn: () => unwrap(api.GET('/api/v1/notices/{id}', { params: { path: { id } } })),
  });
  const n = notice.data;
  // A representative organises only for its granted organisation, on what it drafted itself.
  const mayChange =
    !!n && can(account, 'notice.create') && (role === 'alliance_admin' || n.createdBy === account?.id);
  const figures = useAcknowledgements(
    id,
    !!n && mayChange && n.status !== 'draft' && can(account, 'notice.acknowledgements'),
  );

  const changed = (next?: Notice) => {
    if (next) queryClient.setQueryData(['notices', id], next);
    void queryClient.invalidateQueries({ queryKey: ['notices'] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
  };
  async function act(call: () => Promise<Notice>) {
    setBusy(true);
    setProblem(null);
    try {
      changed(await call());
      message.success(t('form.saved'));
    } catch (e) {
      if (e instanceof ApiError) setProblem(e);
      else throw e;
    } finally {
      setBusy(false);
    }
  }

  if (notice.error instanceof ApiError) return <ProblemAlert problem={notice.error.problem} />;
  if (!n) return <Card loading />;
  const owing =
    !!n.mine?.addressed && n.requiresAcknowledgement && !n.mine.acknowledgedAt && n.status === 'published';

  return (
    <>
      <Typography.Title level={2}>
        {n.title}{' '}
        <StatusTag tone={NOTICE_TONES[n.status]} testId="notice-status">
          {tx(`notice.status.${n.status}`)}
        </StatusTag>
      </Typography.Title>
      {problem && <ProblemAlert problem={problem.problem} onClose={() => setProblem(null)} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('notices.category')}>
            {tx(`notice.category.${n.category}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('notices.issuer')}>{n.issuer}</Descriptions.Item>
          <Descriptions.Item label={t('notices.audience')}>
            {tx(`notice.audience.${n.audience.kind}`)}
            {n.audience.districtCodes?.map((c) => (
              <Tag key={c}>{c}</Tag>
            ))}
            {n.audience.kinds?.map((k) => (
              <Tag key={k}>{tx(`member.kind.${k}`)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('notices.publishedAt')}>
            {formatDateTime(n.publishedAt)}
          </Descriptions.Item>
          {n.requiresAcknowledgement && (
            <Descriptions.Item label={t('notices.acknowledgeBy')}>
              {formatDateTime(n.acknowledgeBy)}
            </Descriptions.Item>
          )}
          {n.mine?.acknowledgedAt && (
            <Descriptions.Item label={t('notices.acknowledgedAt')}>
              <span data-testid="own-acknowledgement">{formatDateTime(n.mine.acknowledgedAt)}</span>
              {n.mine.reply ? ` · ${n.mine.reply}` : ''}
            </Descriptions.Item>
          )}
          {n.withdrawReason && (
            <Descriptions.Item label={t('notices.withdrawReason')}>{n.withdrawReason}</Descriptions.Item>
          )}
        </Descriptions>
        <Space wrap style={{ marginTop: 16 }}>
          {owing && can(account, 'notice.acknowledge') && (
            <Button type="primary" onClick={() => setDialog('acknowledge')}>
              {t('notices.acknowledge')}
            </Button>
          )}
          {mayChange && n.status === 'draft' && (
            <>
              <Button onClick={() => setDialog('edit')}>{t('notices.edit')}</Button>
              <Upload
                showUploadList={false}
                customRequest={({ file, onSuccess, onError }) => {
                  const form = new FormData();
                  form.append('file', file as Blob);
                  postForm<Notice>(`/api/v1/notices/${n.id}/attachments`, form)
                    .then((next) => (changed(next), onSuccess?.(next)))
                    .catch((e: unknown) => {
                      if (e instanceof ApiError) setProblem(e);
                      onError?.(e as Error);
                    });
                }}
              >
                <Button>{t('attachments.add')}</Button>
              </Upload>
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  act(() =>
                    unwrap(
                      api.POST('/api/v1/notices/{id}/publish', {
                        params: { path: { id: n.id } },
                        body: { expectedVersion: n.version },
                      }),
                    ),
                  )
                }
              >
                {t('notices.publish')}
              </Button>
            </>
          )}
          {mayChange && n.status === 'published' && (
            <Button danger onClick={() => setDialog('withdraw')}>
              {t('notices.withdraw')}
            </Button>
          )}
        </Space>
      </Card>
      <Card title={t('notices.body')} style={{ marginBottom: 16 }}>
        <MarkdownText text={n.body} />
      </Card>
      <Card title={t('attachments.title')} style={{ marginBottom: 16 }}>
        <AttachmentList attachments={n.attachments} />
      </Card>
      {figures.data && (
        <Card title={t('notices.figures')} data-testid="acknowledgement-figures">
          <Space size="large" wrap style={{ marginBottom: 16 }}>
            <Statistic title={t('notices.addressed')} value={figures.data.totals.addressed} />
            <span data-testid="acknowledged-total">
              <Statistic title={t('notices.acknowledged')} value={figures.data.totals.acknowledged} />
            </span>
            <Statistic title={t('notices.outstanding')} value={figures.data.totals.outstanding} />
            <Statistic title={t('notices.released')} value={figures.data.totals.released} />
          </Space>
          <Table
            rowKey="districtCode"
            size="small"
            pagination={false}
            dataSource={figures.data.districts}
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('notices.district'), dataIndex: 'districtCode', render: district },
              { title: t('notices.addressed'), dataIndex: 'addressed' },
              { title: t('notices.acknowledged'), dataIndex: 'acknowledged' },
              { title: t('notices.outstanding'), dataIndex: 'outstanding' },
            ]}
          />
          <Table<Recipient>
            rowKey="organisationId"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={figures.data.organisations}
            columns={[
              { title: t('notices.organisation'), dataIndex: 'name' },
              { title: t('notices.district'), dataIndex: 'districtCode', render: district },
              {
                title: t('notices.acknowledgement'),
                render: (_, r) =>
                  r.releasedAt ? (
                    <StatusTag tone="grey">{t('notices.releasedOne')}</StatusTag>
                  ) : r.acknowledgedAt ? (
                    <StatusTag tone={r.late ? 'orange' : 'green'}>
                      {formatDateTime(r.acknowledgedAt)}
                      {r.late ? ` · ${t('notices.late')}` : ''}
                    </StatusTag>
                  ) : (
                    <StatusTag tone="red">{t('notices.notYet')}</StatusTag>
                  ),
              },
              { title: t('notices.reply'), dataIndex: 'reply', render: (r: string | null) => r ?? '—' },
            ]}
          />
        </Card>
      )}
      <NoticeForm
        open={dialog === 'edit'}
        notice={n}
        onClose={() => setDialog(null)}
        onSaved={(next) => (setDialog(null), changed(next))}
      />
      <ReasonDialog
        open={dialog === 'withdraw'}
        title={t('notices.withdraw')}
        okText={t('notices.withdraw')}
        required
        danger
        onCancel={() => setDialog(null)}
        onSubmit={async (reason) => {
          changed(
            await unwrap(
              api.POST('/api/v1/notices/{id}/withdraw', {
                params: { path: { id: n.id } },
                body: { expectedVersion: n.version, reason: reason ?? '' },
              }),
            ),
          );
          setDialog(null);
        }}
      />
      <ReasonDialog
        open={dialog === 'acknowledge'}
        title={t('notices.acknowledge')}
        okText={t('notices.acknowledge')}
        label={t('notices.replyOptional')}
        required={false}
        onCancel={() => setDialog(null)}
        onSubmit={async (reply) => {
          changed(
            await unwrap(
              api.POST('/api/v1/notices/{id}/acknowledge', {
                params: { path: { id: n.id } },
                body: reply ? { reply } : {},
              }),
            ),
          );
          setDialog(null);
          message.success(t('notices.acknowledgedNow'));
        }}
      />
    </>
  );
}
