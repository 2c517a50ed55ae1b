import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Tag, Typography, Upload } from 'antd';
import { api, ApiError, postForm, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import { AttachmentList, MarkdownText } from './texts';
import { PRACTICE_TONES, type Practice } from './labels';

/** One library entry; an admin publishes a draft, its author adds files to it. */
export default function PracticePage() {
  const { id = '' } = useParams();
  const { t, tx } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const practice = useQuery({
    queryKey: ['practices', id],
    queryFn: () => unwrap(api.GET('/api/v1/practices/{id}', { params: { path: { id } } })),
  });
  const p = practice.data;
  const changed = (next: Practice) => {
    queryClient.setQueryData(['practices', id], next);
    void queryClient.invalidateQueries({ queryKey: ['practices'] });
  };
  if (practice.error instanceof ApiError) return <ProblemAlert problem={practice.error.problem} />;
  if (!p) return <Card loading />;
  const mayEdit = p.status === 'draft' && (account?.role === 'alliance_admin' || p.createdBy === account?.id);

  return (
    <>
      <Typography.Title level={2}>
        {p.title} <StatusTag tone={PRACTICE_TONES[p.status]}>{tx(`practice.status.${p.status}`)}</StatusTag>
      </Typography.Title>
      {problem && <ProblemAlert problem={problem.problem} onClose={() => setProblem(null)} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('practices.kind')}>{tx(`practice.kind.${p.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('practices.contributor')}>{p.contributorName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('practices.tags')}>
            {p.tags.map((x) => (
              <Tag key={x}>{x}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('practices.publishedAt')}>
            {formatDateTime(p.publishedAt)}
          </Descriptions.Item>
          {p.standardCodes.length > 0 && (
            <Descriptions.Item label={t('practices.standardCodes')}>
              {p.standardCodes.join('、')}
            </Descriptions.Item>
          )}
          {p.trainingCategories.length > 0 && (
            <Descriptions.Item label={t('practices.trainingCategories')}>
              {p.trainingCategories.map((c) => tx(`course.category.${c}`)).join('、')}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph style={{ marginTop: 12 }}>{p.summary}</Typography.Paragraph>
        {mayEdit && (
          <Upload
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              const form = new FormData();
              form.append('file', file as Blob);
              postForm<Practice>(`/api/v1/practices/${p.id}/attachments`, form)
                .then((next) => (changed(next), onSuccess?.(next)))
                .catch((e: unknown) => {
                  if (e instanceof ApiError) setProblem(e);
                  onError?.(e as Error);
                });
            }}
          >
            <Button style={{ marginRight: 8 }}>{t('attachments.add')}</Button>
          </Upload>
        )}
        {p.status === 'draft' && can(account, 'practice.publish') && (
          <Button
            type="primary"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              setProblem(null);
              try {
                changed(
                  await unwrap(
                    api.POST('/api/v1/practices/{id}/publish', {
                      params: { path: { id: p.id } },
                      body: { expectedVersion: p.version },
                    }),
                  ),
                );
                message.success(t('form.saved'));
              } catch (e) {
                if (e instanceof ApiError) setProblem(e);
                else throw e;
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('practices.publish')}
          </Button>
        )}
      </Card>
      <Card title={t('practices.body')} style={{ marginBottom: 16 }}>
        <MarkdownText text={p.body} />
      </Card>
      <Card title={t('attachments.title')}>
        <AttachmentList attachments={p.attachments} />
      </Card>
    </>
  );
}
