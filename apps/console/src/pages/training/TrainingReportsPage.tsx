import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, InputNumber, Space, Statistic, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { OrganisationSelect } from '../../lib/OrganisationSelect';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { EmptyText, StatusTag } from '../../lib/StatusTag';
import { ALLIANCE_TIME_ZONE } from '../../lib/time';

type Ledger = Schemas['HoursLedger'];
type Expiring = Schemas['ExpiringItem'];

/** Training hours per organisation and person for a year, and what expires soon (certificates, qualifications, health certificates). */
export default function TrainingReportsPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const thisYear = dayjs().tz(ALLIANCE_TIME_ZONE).year();
  const [year, setYear] = useState<number>(thisYear);
  const [withinDays, setWithinDays] = useState<number>(60);
  const [picked, setPicked] = useState<string | undefined>();
  // A representative sees its own organisation (the service scopes it anyway).
  const organisation = account?.organisationId ?? picked;

  const hours = useQuery({
    queryKey: ['training', 'hours', year, organisation],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/hours', {
          params: { query: { year, ...(organisation ? { organisation } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const expiring = useQuery({
    queryKey: ['training', 'expiring', withinDays, organisation],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/expiring', {
          params: { query: { withinDays, ...(organisation ? { organisation } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const orgName = (id: string) =>
    hours.data?.organisations.find((o) => o.organisationId === id)?.organisationName ?? '—';

  return (
    <>
      <Typography.Title level={2}>{t('reports.title')}</Typography.Title>
      {!account?.organisationId && (
        <Space style={{ marginBottom: 16 }}>
          <div style={{ width: 280 }}>
            <OrganisationSelect ariaLabel={t('staff.organisation')} value={picked} onChange={setPicked} />
          </div>
        </Space>
      )}
      <Tabs
        items={[
          {
            key: 'hours',
            label: t('reports.hours'),
            children: (
              <Card>
                <Space wrap align="center" style={{ marginBottom: 16 }}>
                  <span>{t('reports.year')}</span>
                  <InputNumber
                    aria-label={t('reports.year')}
                    min={2000}
                    max={2100}
                    value={year}
                    onChange={(v) => v && setYear(v)}
                  />
                  {hours.data && <Statistic title={t('reports.totalHours')} value={hours.data.totalHours} />}
                </Space>
                {hours.error instanceof ApiError && <ProblemAlert problem={hours.error.problem} />}
                <Table<Ledger['organisations'][number]>
                  rowKey="organisationId"
                  size="small"
                  loading={hours.isFetching}
                  dataSource={hours.data?.organisations ?? []}
                  pagination={false}
                  scroll={{ x: true }}
                  locale={{ emptyText: <EmptyText>{t('reports.noHours')}</EmptyText> }}
                  columns={[
                    {
                      title: t('staff.organisation'),
                      dataIndex: 'organisationName',
                      render: (n: string | null) => n ?? '—',
                    },
                    { title: t('reports.people'), dataIndex: 'people', align: 'right' },
                    { title: t('certificates.hours'), dataIndex: 'hours', align: 'right' },
                  ]}
                  style={{ marginBottom: 16 }}
                />
                <Table<Ledger['people'][number]>
                  rowKey="staffId"
                  size="small"
                  dataSource={hours.data?.people ?? []}
                  pagination={{ pageSize: 50, hideOnSinglePage: true }}
                  scroll={{ x: true }}
                  locale={{ emptyText: <EmptyText>{t('reports.noHours')}</EmptyText> }}
                  columns={[
                    { title: t('staff.name'), dataIndex: 'name' },
                    { title: t('staff.organisation'), render: (_, p) => orgName(p.organisationId) },
                    { title: t('certificates.hours'), dataIndex: 'hours', align: 'right' },
                    { title: t('reports.certificates'), dataIndex: 'certificates', align: 'right' },
                  ]}
                />
              </Card>
            ),
          },
          {
            key: 'expiring',
            label: t('reports.expiring'),
            children: (
              <Card>
                <Space wrap align="center" style={{ marginBottom: 16 }}>
                  <span>{t('reports.withinDays')}</span>
                  <InputNumber
                    aria-label={t('reports.withinDays')}
                    min={0}
                    max={365}
                    value={withinDays}
                    onChange={(v) => v !== null && setWithinDays(v)}
                  />
                  {expiring.data && <span>{t('reports.asOf', { date: expiring.data.asOf })}</span>}
                </Space>
                {expiring.error instanceof ApiError && <ProblemAlert problem={expiring.error.problem} />}
                <Table<Expiring>
                  rowKey={(e) => `${e.kind}-${e.itemId}`}
                  size="small"
                  loading={expiring.isFetching}
                  dataSource={expiring.data?.items ?? []}
                  pagination={{ pageSize: 50, hideOnSinglePage: true }}
                  scroll={{ x: true }}
                  locale={{ emptyText: <EmptyText>{t('reports.nothingExpiring')}</EmptyText> }}
                  columns={[
                    { title: t('staff.name'), dataIndex: 'staffName' },
                    {
                      title: t('reports.kind'),
                      dataIndex: 'kind',
                      render: (k: Expiring['kind']) => tx(`expiring.kind.${k}`),
                    },
                    { title: t('reports.what'), dataIndex: 'what' },
                    { title: t('staff.expiresOn'), dataIndex: 'expiresOn' },
                    {
                      title: t('reports.daysLeft'),
                      dataIndex: 'daysLeft',
                      align: 'right',
                      render: (d: number) =>
                        d < 0 ? (
                          <StatusTag tone="red">{t('reports.expiredAgo', { days: -d })}</StatusTag>
                        ) : (
                          <StatusTag tone={d <= 30 ? 'orange' : 'blue'}>
                            {t('reports.daysLeftValue', { days: d })}
                          </StatusTag>
                        ),
                    },
                  ]}
                />
              </Card>
            ),
          },
        ]}
      />
    </>
  );
}
