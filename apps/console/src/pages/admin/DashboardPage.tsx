import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Dropdown, Row, Space, Statistic, Table, Typography } from 'antd';
import { api, ApiError, download, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { can } from '../../nav/navigation';
import { ProblemAlert } from '../../lib/ProblemAlert';
import { PopulationDialog, RebuildButton } from './DashboardAdmin';

type Figures = Schemas['DashboardDistrictFigures'];
const TABLES = ['all', 'overview', 'members', 'places', 'training', 'compliance', 'resources'] as const;

/** A bar for a figure against the largest district's, with the figure in words for screen readers. */
function Bar({ value, most, label, colour }: { value: number; most: number; label: string; colour: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      style={{ background: '#e8eef4', height: 12, width: '100%', minWidth: 80, borderRadius: 3 }}
    >
      <div
        style={{
          background: colour,
          height: 12,
          width: `${most ? (100 * value) / most : 0}%`,
          borderRadius: 3,
        }}
      />
    </div>
  );
}

/** The alliance's figures per district: places, training, audits and sharing, and the Excel export. */
export default function DashboardPage() {
  const { t, tx } = useI18n();
  const { account } = useSession();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const [population, setPopulation] = useState<{
    code: string;
    name: string | null;
    childrenUnderThree: number | null;
  } | null>(null);
  const dashboard = useQuery({
    queryKey: ['dashboard'],
    queryFn: () => unwrap(api.GET('/api/v1/dashboard', {})),
  });
  const d = dashboard.data;
  const districts = d?.districts ?? [];
  const most = (pick: (f: Figures) => number) => Math.max(1, ...districts.map(pick));
  const mostPlaces = most((f) => f.licensedPlaces);
  const mostHours = most((f) => f.trainingHours);

  async function exportTable(table: (typeof TABLES)[number]) {
    setExporting(true);
    try {
      await download(`/api/v1/dashboard/export/${table}`, `dashboard-${table}.xlsx`);
    } catch (error) {
      if (error instanceof ApiError)
        message.error(error.problem.detail || tx(`problem.${error.code ?? 'INTERNAL'}`));
      else throw error;
    } finally {
      setExporting(false);
    }
  }

  const name = (f: Figures) => f.districtName ?? t('dashboard.unknownDistrict');
  return (
    <>
      <Row justify="space-between" align="middle" gutter={16}>
        <Col>
          <Typography.Title level={2}>{t('dashboard.title')}</Typography.Title>
        </Col>
        <Col>
          <Space wrap>
            {can(account, 'dashboard.rebuild') && <RebuildButton />}
            {can(account, 'dashboard.export') && (
              <Dropdown.Button
                loading={exporting}
                onClick={() => void exportTable('all')}
                menu={{
                  items: TABLES.filter((x) => x !== 'all').map((x) => ({
                    key: x,
                    label: tx(`dashboard.table.${x}`),
                  })),
                  onClick: ({ key }) => void exportTable(key as (typeof TABLES)[number]),
                }}
              >
                {t('dashboard.export')}
              </Dropdown.Button>
            )}
          </Space>
        </Col>
      </Row>
      {dashboard.error instanceof ApiError && <ProblemAlert problem={dashboard.error.problem} />}
      {d && (
        <Typography.Paragraph type="secondary">
          {t('dashboard.asOf', { date: d.asOf, year: d.year })}
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['dashboard.members', d?.alliance.members],
            ['overview.licensedPlaces', d?.alliance.licensedPlaces],
            ['overview.affordablePlaces', d?.alliance.affordablePlaces],
            ['dashboard.staffTrained', d?.alliance.staffTrained],
            ['dashboard.trainingHours', d?.alliance.trainingHours],
            ['dashboard.auditsDone', d?.alliance.auditsDone],
            ['dashboard.actionsOpen', d?.alliance.actionsOpen],
            ['dashboard.actionsOverdue', d?.alliance.actionsOverdue],
          ] as const
        ).map(([key, value]) => (
          <Col xs={12} md={6} key={key}>
            <Card>
              <Statistic title={t(key)} value={value ?? '—'} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('overview.byDistrict')}>
        {/* Wider than a laptop screen: a region that scrolls, reachable by keyboard. */}
        <div tabIndex={0} role="region" aria-label={t('overview.byDistrict')} style={{ overflowX: 'auto' }}>
          <Table<Figures>
            rowKey={(f) => f.districtCode ?? 'unknown'}
            loading={dashboard.isLoading}
            dataSource={districts}
            pagination={false}
            size="small"
            columns={[
              {
                title: t('member.district'),
                render: (_, f) => name(f),
                onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
              },
              { title: t('dashboard.members'), dataIndex: 'members', align: 'right' },
              {
                title: t('dashboard.childrenUnderThree'),
                align: 'right',
                render: (_, f) => (
                  <Space size={4}>
                    {f.childrenUnderThree ?? '—'}
                    {f.districtCode && !f.alliance && can(account, 'dashboard.population') && (
                      <Button
                        size="small"
                        type="link"
                        aria-label={`${t('dashboard.setPopulation')} · ${name(f)}`}
                        onClick={() =>
                          setPopulation({
                            code: f.districtCode as string,
                            name: f.districtName,
                            childrenUnderThree: f.childrenUnderThree,
                          })
                        }
                      >
                        {t('dashboard.setPopulation')}
                      </Button>
                    )}
                  </Space>
                ),
              },
              { title: t('overview.licensedPlaces'), dataIndex: 'licensedPlaces', align: 'right' },
              {
                title: t('dashboard.placesPer1000'),
                align: 'right',
                render: (_, f) =>
                  f.licensedPlacesPer1000 === null ? '—' : f.licensedPlacesPer1000.toFixed(1),
              },
              {
                title: t('overview.placesChart'),
                width: 160,
                render: (_, f) => (
                  <Bar
                    value={f.licensedPlaces}
                    most={mostPlaces}
                    colour="#0e6ba8"
                    label={t('overview.placesChartLabel', {
                      district: name(f),
                      licensed: f.licensedPlaces,
                      affordable: f.affordablePlaces,
                    })}
                  />
                ),
              },
              { title: t('dashboard.staffTrained'), dataIndex: 'staffTrained', align: 'right' },
              {
                title: t('dashboard.trainingHours'),
                width: 160,
                render: (_, f) => (
                  <div>
                    <div>{f.trainingHours}</div>
                    <Bar
                      value={f.trainingHours}
                      most={mostHours}
                      colour="#2e7d32"
                      label={t('dashboard.hoursLabel', { district: name(f), hours: f.trainingHours })}
                    />
                  </div>
                ),
              },
              {
                title: t('dashboard.certificatesExpiring'),
                dataIndex: 'certificatesExpiring',
                align: 'right',
              },
              { title: t('dashboard.auditsDone'), dataIndex: 'auditsDone', align: 'right' },
              {
                title: t('dashboard.grades'),
                render: (_, f) => `A ${f.grades.A} · B ${f.grades.B} · C ${f.grades.C} · D ${f.grades.D}`,
              },
              {
                title: t('dashboard.actionsOpen'),
                align: 'right',
                render: (_, f) =>
                  `${f.actionsOpen}${f.actionsOverdue ? ` (${t('dashboard.overdue', { count: f.actionsOverdue })})` : ''}`,
              },
              {
                title: t('dashboard.resources'),
                align: 'right',
                render: (_, f) => `${f.resourcesOffered} / ${f.resourcesUsed}`,
              },
            ]}
          />
        </div>
      </Card>
      <PopulationDialog district={population} onClose={() => setPopulation(null)} />
    </>
  );
}
