import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Collapse, Descriptions, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';
import { StandardEditor } from './StandardEditor';
import { standardContent, standardFields, type Standard } from './standard-form';
import { STANDARD_TONES } from './labels';

type Criterion = Standard['areas'][number]['criteria'][number];

/** One edition of a standard: its areas and criteria, and for an admin the draft's editing and publishing. */
export default function StandardPage() {
  const { id = '' } = useParams();
  const { t, tx } = useI18n();
  const { account } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const standard = useQuery({
    queryKey: ['standard', id],
    queryFn: () => unwrap(api.GET('/api/v1/standards/{id}', { params: { path: { id } } })),
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['standard', id] }),
      queryClient.invalidateQueries({ queryKey: ['standards'] }),
    ]);
  const publish = useMutation({
    mutationFn: (s: Standard) =>
      unwrap(
        api.POST('/api/v1/standards/{id}/publish', {
          params: { path: { id: s.id } },
          body: { expectedVersion: s.version },
        }),
      ),
    onSuccess: () => (message.success(t('standards.published')), void refresh()),
    onError: () => void refresh(),
  });
  const nextEdition = useMutation({
    mutationFn: (s: Standard) =>
      unwrap(api.POST('/api/v1/standards/{id}/next-edition', { params: { path: { id: s.id } } })),
    onSuccess: (next) => {
      message.success(t('standards.nextEditionDrafted'));
      void refresh();
      navigate(`/standards/${next.id}`);
    },
  });

  if (standard.error instanceof ApiError) return <ProblemAlert problem={standard.error.problem} />;
  const s = standard.data;
  if (!s) return <Card loading />;
  const failure = publish.error ?? nextEdition.error;

  return (
    <>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {`${s.code} · ${s.title}`}
        </Typography.Title>
        <StatusTag tone={STANDARD_TONES[s.status]}>{tx(`standard.status.${s.status}`)}</StatusTag>
      </Space>
      {failure instanceof ApiError && <ProblemAlert problem={failure.problem} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('standards.editionLabel')}>
            {t('standards.edition', { edition: s.edition })}
          </Descriptions.Item>
          <Descriptions.Item label={t('standards.issuer')}>{s.issuer}</Descriptions.Item>
          <Descriptions.Item label={t('standards.effectiveFrom')}>{s.effectiveFrom}</Descriptions.Item>
          <Descriptions.Item label={t('standards.points')}>{s.totalPoints}</Descriptions.Item>
          <Descriptions.Item label={t('standards.gradeBands')}>
            {s.gradeBands.map((b) => `${b.grade} ≥ ${b.minPercent}%`).join('，')}
          </Descriptions.Item>
          {s.publishedAt && (
            <Descriptions.Item label={t('standards.publishedAt')}>
              {formatDateTime(s.publishedAt)}
            </Descriptions.Item>
          )}
          {s.supersedesId && (
            <Descriptions.Item label={t('standards.supersedes')}>
              <Link to={`/standards/${s.supersedesId}`}>{t('standards.previousEdition')}</Link>
            </Descriptions.Item>
          )}
          {s.supersededById && (
            <Descriptions.Item label={t('standards.supersededBy')}>
              <Link to={`/standards/${s.supersededById}`}>{t('standards.laterEdition')}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Space wrap style={{ marginTop: 8 }}>
          {s.status === 'draft' && can(account, 'standard.update') && (
            <Button onClick={() => setEditing(true)}>{t('standards.edit')}</Button>
          )}
          {s.status === 'draft' && can(account, 'standard.publish') && (
            <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate(s)}>
              {t('standards.publish')}
            </Button>
          )}
          {s.status === 'published' && !s.supersededById && can(account, 'standard.nextEdition') && (
            <Button loading={nextEdition.isPending} onClick={() => nextEdition.mutate(s)}>
              {t('standards.nextEdition')}
            </Button>
          )}
          {s.status === 'published' && can(account, 'standard.retire') && (
            <Button danger onClick={() => setRetiring(true)}>
              {t('standards.retire')}
            </Button>
          )}
        </Space>
      </Card>
      <Collapse
        defaultActiveKey={s.areas.map((a) => a.id)}
        items={s.areas.map((area) => ({
          key: area.id,
          label: `${area.code} ${area.title} · ${t('standards.areaPoints', { points: area.maxPoints })}`,
          children: (
            <Table<Criterion>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={area.criteria}
              columns={[
                { title: t('standards.code'), dataIndex: 'code' },
                { title: t('standards.criterionText'), dataIndex: 'text' },
                { title: t('standards.points'), dataIndex: 'points', align: 'right' },
                {
                  title: t('standards.marks'),
                  render: (_, c) => (
                    <Space wrap size={4}>
                      {c.veto && <StatusTag tone="red">{t('audit.veto')}</StatusTag>}
                      {c.evidenceRequired && <StatusTag tone="grey">{t('audit.evidenceRequired')}</StatusTag>}
                    </Space>
                  ),
                },
                {
                  title: t('standards.appliesTo'),
                  render: (_, c) =>
                    c.appliesTo.length
                      ? c.appliesTo.map((k) => tx(`member.kind.${k}`)).join('、')
                      : t('standards.allKinds'),
                },
              ]}
            />
          ),
        }))}
      />
      <StandardEditor
        open={editing}
        title={`${t('standards.edit')} · ${s.code}`}
        withCode={false}
        initialValues={standardFields(s)}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          await unwrap(
            api.PUT('/api/v1/standards/{id}', {
              params: { path: { id: s.id } },
              body: { expectedVersion: s.version, ...standardContent(v) },
            }),
          );
          setEditing(false);
          message.success(t('form.saved'));
          await refresh();
        }}
      />
      <ReasonDialog
        open={retiring}
        title={`${t('standards.retire')} · ${s.code}`}
        okText={t('standards.retire')}
        required
        danger
        onCancel={() => setRetiring(false)}
        onSubmit={async (reason) => {
          await unwrap(
            api.POST('/api/v1/standards/{id}/retire', {
              params: { path: { id: s.id } },
              body: { reason: reason ?? '', expectedVersion: s.version },
            }),
          );
          setRetiring(false);
          message.success(t('standards.retired'));
          await refresh();
        }}
      />
    </>
  );
}
