import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { ReasonDialog } from '../../lib/ReasonDialog';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { formatDateTime } from '../../lib/time';

type ServicePipeline = Schemas['ServicePipeline'];
type DeadLetter = Schemas['DeadLetter'];
type DeadLetterStatus = DeadLetter['status'];

function age(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** Each service's outbox backlog, relay and consumers; its dead letters, to replay or discard with a reason. */
export default function PipelinePage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [service, setService] = useState<string | null>(null);
  const [status, setStatus] = useState<DeadLetterStatus | 'all'>('open');
  const [discarding, setDiscarding] = useState<DeadLetter | null>(null);

  const overview = useQuery({
    queryKey: ['pipeline'],
    queryFn: () => unwrap(api.GET('/api/v1/pipeline', {})),
    refetchInterval: 15_000,
  });
  const deadLetters = useQuery({
    queryKey: ['pipeline', service, 'dead-letters', status],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/pipeline/{service}/dead-letters', {
          params: { path: { service: service ?? '' } as never, query: { status, limit: 100 } as never },
        }),
      ),
    enabled: !!service,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['pipeline'] });

  const replay = useMutation({
    mutationFn: (d: DeadLetter) =>
      unwrap(
        api.POST('/api/v1/pipeline/{service}/dead-letters/{id}/replay', {
          params: { path: { service: service ?? '', id: d.id } as never },
          body: {},
        }),
      ),
    onSuccess: (r) => (message.success(tx(`pipeline.replayed.${r.outcome}`)), void refresh()),
    onError: () => void refresh(),
  });

  return (
    <>
      <Typography.Title level={2}>{t('pipeline.title')}</Typography.Title>
      {overview.error instanceof ApiError && <ProblemAlert problem={overview.error.problem} />}
      <Card style={{ marginBottom: 16 }}>
        <Table<ServicePipeline>
          rowKey="service"
          loading={overview.isLoading}
          dataSource={overview.data?.services ?? []}
          pagination={false}
          scroll={{ x: true }}
          size="small"
          columns={[
            { title: t('pipeline.service'), dataIndex: 'service' },
            {
              title: t('pipeline.state'),
              render: (_, s) =>
                s.problem ? (
                  <StatusTag tone="red">{s.problem}</StatusTag>
                ) : s.stalled ? (
                  <StatusTag tone="orange">{t('pipeline.stalled')}</StatusTag>
                ) : (
                  <StatusTag tone="green">{t('pipeline.ok')}</StatusTag>
                ),
            },
            {
              title: t('pipeline.backlog'),
              align: 'right',
              render: (_, s) => s.status?.outbox.unpublished ?? '—',
            },
            {
              title: t('pipeline.oldest'),
              align: 'right',
              render: (_, s) => age(s.status?.outbox.oldestAgeMs ?? null),
            },
            {
              title: t('pipeline.lastPublished'),
              render: (_, s) => formatDateTime(s.status?.relay?.lastPublishedAt),
            },
            {
              title: t('pipeline.pending'),
              align: 'right',
              render: (_, s) => s.status?.consumers.reduce((n, c) => n + (c.numPending ?? 0), 0) ?? '—',
            },
            {
              title: t('pipeline.deadLetters'),
              align: 'right',
              render: (_, s) => s.status?.deadLetters.open ?? '—',
            },
            {
              title: t('table.actions'),
              render: (_, s) => (
                <Button size="small" onClick={() => setService(s.service)}>
                  {t('pipeline.showDeadLetters')}
                </Button>
              ),
            },
          ]}
          expandable={{
            expandedRowRender: (s) => (
              <Table
                rowKey="durable"
                size="small"
                pagination={false}
                dataSource={s.status?.consumers ?? []}
                columns={[
                  { title: t('pipeline.consumer'), dataIndex: 'durable' },
                  { title: t('pipeline.stream'), dataIndex: 'stream' },
                  { title: t('pipeline.pending'), dataIndex: 'numPending', align: 'right' },
                  { title: t('pipeline.redelivered'), dataIndex: 'numRedelivered', align: 'right' },
                  { title: t('pipeline.error'), dataIndex: 'error', render: (e: string | null) => e ?? '—' },
                ]}
              />
            ),
          }}
        />
      </Card>
      {service && (
        <Card
          title={t('pipeline.deadLettersOf', { service })}
          extra={
            <Select
              aria-label={t('pipeline.deadLetterStatus')}
              value={status}
              onChange={setStatus}
              style={{ width: 140 }}
              options={(['open', 'replayed', 'discarded', 'all'] as const).map((s) => ({
                value: s,
                label: tx(`pipeline.deadLetter.${s}`),
              }))}
            />
          }
        >
          {deadLetters.error instanceof ApiError && <ProblemAlert problem={deadLetters.error.problem} />}
          {replay.error instanceof ApiError && <ProblemAlert problem={replay.error.problem} />}
          <Table<DeadLetter>
            rowKey="id"
            size="small"
            loading={deadLetters.isFetching}
            dataSource={deadLetters.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyText>{t('pipeline.noDeadLetters')}</EmptyText> }}
            expandable={{
              expandedRowRender: (d) => (
                <pre
                  style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 240, overflow: 'auto' }}
                >
                  {d.payload}
                </pre>
              ),
            }}
            columns={[
              {
                title: t('pipeline.failedAt'),
                dataIndex: 'failedAt',
                render: (d: string) => formatDateTime(d),
              },
              { title: t('pipeline.consumer'), dataIndex: 'consumer' },
              {
                title: t('pipeline.eventType'),
                dataIndex: 'eventType',
                render: (e: string | null) => e ?? '—',
              },
              { title: t('pipeline.error'), dataIndex: 'error' },
              { title: t('pipeline.deliveries'), dataIndex: 'deliveries', align: 'right' },
              {
                title: t('pipeline.deadLetterStatus'),
                dataIndex: 'status',
                render: (s: DeadLetterStatus, d) =>
                  `${tx(`pipeline.deadLetter.${s}`)}${d.discardReason ? ` · ${d.discardReason}` : ''}`,
              },
              {
                title: t('table.actions'),
                render: (_, d) =>
                  d.status === 'open' && (
                    <Space>
                      {can(account, 'pipeline.replay') && (
                        <Button
                          size="small"
                          type="primary"
                          loading={replay.isPending}
                          onClick={() => replay.mutate(d)}
                        >
                          {t('pipeline.replay')}
                        </Button>
                      )}
                      {can(account, 'pipeline.discard') && (
                        <Button size="small" danger onClick={() => setDiscarding(d)}>
                          {t('pipeline.discard')}
                        </Button>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
        </Card>
      )}
      <ReasonDialog
        open={discarding !== null}
        title={t('pipeline.discard')}
        okText={t('pipeline.discard')}
        required
        danger
        onCancel={() => setDiscarding(null)}
        onSubmit={async (reason) => {
          if (!discarding || !service) return;
          await unwrap(
            api.POST('/api/v1/pipeline/{service}/dead-letters/{id}/discard', {
              params: { path: { service, id: discarding.id } as never },
              body: { reason: reason ?? '' },
            }),
          );
          setDiscarding(null);
          message.success(t('form.saved'));
          await refresh();
        }}
      />
    </>
  );
}
